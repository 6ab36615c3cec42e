package fr.parole.importer.verbatim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.ImportedSource;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableReader;
import fr.parole.importer.TextDecoder;
import fr.parole.study.SegmentKind;
import fr.parole.study.StudyConfig.SourceSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class VerbatimReaderTest {
  static final Path DEMO_FILE = Path.of("corpora", "demo", "verbatims", "esatis-verbatims-demo.csv");
  private static final SourceSpec SPEC = new SourceSpec("verbatims/", "verbatims");

  private final VerbatimReader reader = new VerbatimReader(new TableReader(new TextDecoder()));

  private ImportedSource read(String name, byte[] bytes, SourceSpec spec) {
    return reader.read(new SourceFile(Path.of(name), "verbatims/" + name, bytes), spec);
  }

  private ImportedSource read(String name, String text) {
    return read(name, text.getBytes(StandardCharsets.UTF_8), SPEC);
  }

  private String failure(String name, byte[] bytes, SourceSpec spec) {
    return assertThrows(ImportException.class, () -> read(name, bytes, spec)).getMessage();
  }

  private String failure(String name, String text) {
    return failure(name, text.getBytes(StandardCharsets.UTF_8), SPEC);
  }

  /**
   * A verbatim source keeps no content text; its offsets are those of the comments laid one after
   * the other, a blank line apart, which its segments rebuild.
   */
  private static void assertOffsets(ImportedSource source) {
    assertNull(source.content());
    String laidOut = String.join("\n\n", source.segments().stream().map(ImportedSegment::text).toList());
    for (ImportedSegment segment : source.segments()) {
      assertEquals(segment.text(), laidOut.substring(segment.start(), segment.end()));
    }
  }

  @Test
  void readsTheDemoExportWithItsTwoColumnsOfPointsPositifsAndPointsAAmeliorer() throws IOException {
    ImportedSource source = read("demo.csv", Files.readAllBytes(DEMO_FILE), SPEC);

    assertEquals("verbatims/csv", source.format());
    assertEquals("UTF-8 (BOM)", source.encoding());
    assertEquals(446, source.segments().size());
    assertTrue(source.segments().stream().allMatch(s -> s.kind() == SegmentKind.COMMENT));
    ImportedSegment first = source.segments().get(0);
    // A quoted cell written over two lines stays one comment, and its row keeps its first line.
    assertTrue(first.text().startsWith("Secrétaires souriantes et disponibles à l'accueil.\nL'anesthésiste"),
        first.text());
    assertEquals(2, first.line());
    assertEquals(Map.of("establishment", "CH2", "service", "Gériatrie", "survey", "+48h MCO", "date", "2020-06-05",
        "year", "2020", "polarity", "positif"), first.attributes());
    ImportedSegment second = source.segments().get(1);
    assertEquals("positif", second.attributes().get("polarity"));
    assertEquals("a_ameliorer", source.segments().get(2).attributes().get("polarity"));
    assertEquals(source.segments().get(1).line(), source.segments().get(2).line());
    assertOffsets(source);
  }

  @Test
  void readsAOneColumnExportWithCommasInWindows1252AndAPolarityColumn() {
    String csv = "FINESS,Date de réponse,Unité,Type de commentaire,Commentaire\r\n"
        + "010000024,2019-03-12 10:31,Cardiologie,Négatif,\"Attente trop longue, personne ne nous prévient.\"\r\n"
        + "010000024,12/03/19,Cardiologie,Positif,\"Très bonne écoute ; merci\r\nà l'équipe.\"\r\n"
        + "010000024,13/03/2019,Cardiologie,,\r\n";
    ImportedSource source = read("export.csv", csv.getBytes(Charset.forName("windows-1252")), SPEC);

    assertEquals("windows-1252", source.encoding());
    assertEquals(2, source.segments().size());
    assertEquals(Map.of("establishment", "010000024", "service", "Cardiologie", "date", "2019-03-12", "year", "2019",
        "polarity", "a_ameliorer"), source.segments().get(0).attributes());
    // A CR before a newline goes at import (ControlCharacters): a lone CR could rewrite a terminal line.
    assertEquals("Très bonne écoute ; merci\nà l'équipe.", source.segments().get(1).text());
    assertEquals("positif", source.segments().get(1).attributes().get("polarity"));
    assertEquals(List.of("1 ligne(s) sans commentaire, ignorée(s)."), source.warnings());
    assertOffsets(source);
  }

  @Test
  void studyYamlNamesColumnsParoleDoesNotRecogniseAndOverridesTheOnesItDoes() {
    String csv = "Hôpital;Vos remarques;Commentaire\nCHU3;Chambre bruyante.;note interne\n";
    SourceSpec spec = new SourceSpec("verbatims/", "verbatims", "48h_mco", null, null,
        Map.of("Hôpital", "establishment", "Vos remarques", "text", "Commentaire", "ignore"));

    ImportedSource source = read("export.csv", csv.getBytes(StandardCharsets.UTF_8), spec);

    assertEquals(1, source.segments().size());
    assertEquals("Chambre bruyante.", source.segments().get(0).text());
    assertEquals(Map.of("establishment", "CHU3", "survey", "48h_mco"), source.segments().get(0).attributes());
  }

  @Test
  void readsAWorkbookWithRealDateCells() throws IOException {
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Verbatims");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Date");
      header.createCell(1).setCellValue("Points à améliorer");
      CellStyle dates = book.createCellStyle();
      dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(LocalDate.of(2021, 11, 30));
      row.getCell(0).setCellStyle(dates);
      row.createCell(1).setCellValue("Repas froids.");
      book.write(out);
      workbook = out.toByteArray();
    }

    ImportedSource source = read("export.xlsx", workbook, SPEC);

    assertEquals(Map.of("date", "2021-11-30", "year", "2021", "polarity", "a_ameliorer"),
        source.segments().get(0).attributes());
  }

  // Bad input: one test per case the issue lists.

  @Test
  void aTableWithoutACommentColumnListsTheColumnsFoundAndExpected() {
    String message = failure("export.csv", "Date;Service;Note\n12/03/2019;Cardiologie;8\n");
    assertTrue(message.startsWith("verbatims/export.csv : aucune colonne de commentaires reconnue. Colonnes trouvées : "
        + "Date, Service, Note. Colonnes attendues : « Commentaire »"), message);
    assertTrue(message.contains("columns:"), message);
  }

  @Test
  void aDateThatIsNotADateNamesItsRowAndColumn() {
    assertEquals("verbatims/export.csv, ligne 3 : colonne « Date » : « 31/02/2019 » n'est pas une date (attendu : "
        + "jj/mm/aaaa ou aaaa-mm-jj).", failure("export.csv", "Date;Commentaire\n01/02/2019;Bien.\n31/02/2019;Mal.\n"));
  }

  @Test
  void cellsReadOnceGiveTheSameValuesOnEveryRowAndABadCellAfterGoodOnesNamesItsOwnRow() {
    ImportedSource source = read("export.csv", "Date;FINESS;Commentaire\n01/02/2019;010000024;Bien.\n"
        + "01/02/2019;010000024;Mal.\n2019-02-01;2A0000024;Moyen.\n");
    assertEquals(List.of(Map.of("date", "2019-02-01", "year", "2019", "establishment", "010000024"),
        Map.of("date", "2019-02-01", "year", "2019", "establishment", "010000024"),
        Map.of("date", "2019-02-01", "year", "2019", "establishment", "2A0000024")),
        source.segments().stream().map(ImportedSegment::attributes).toList());
    String message = failure("export.csv", "Date;FINESS;Commentaire\n01/02/2019;010000024;Bien.\n"
        + "01/02/2019;010000024;Mal.\n01/02/2019;10000024;Mal.\n");
    assertTrue(message.startsWith("verbatims/export.csv, ligne 4 : colonne « FINESS » : « 10000024 »"), message);
    assertTrue(failure("export.csv", "Date;Commentaire\n01/02/2019;Bien.\n01/02/2019;Bien.\n31/02/2019;Mal.\n")
        .startsWith("verbatims/export.csv, ligne 4 : colonne « Date » : « 31/02/2019 »"));
  }

  @Test
  void aFinessThatIsNotNineCharactersIsRefused() {
    String message = failure("export.csv", "FINESS;Commentaire\n10000024;Bien.\n");
    assertTrue(message.startsWith("verbatims/export.csv, ligne 2 : colonne « FINESS » : « 10000024 » n'est pas un "
        + "numéro FINESS (8 caractère(s)"), message);
  }

  @Test
  void aWorkbookWithSeveralSheetsMustSayWhich() throws IOException {
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("CHU1").createRow(0).createCell(0).setCellValue("Commentaire");
      book.createSheet("CH2").createRow(0).createCell(0).setCellValue("Commentaire");
      book.getSheet("CH2").createRow(1).createCell(0).setCellValue("Accueil parfait.");
      book.write(out);
      workbook = out.toByteArray();
    }
    assertEquals("verbatims/export.xlsx : le classeur a 2 feuilles (« CHU1 », « CH2 ») ; indiquez laquelle lire avec "
        + "« sheet: » dans la source de study.yaml.", failure("export.xlsx", workbook, SPEC));

    SourceSpec ch2 = new SourceSpec("verbatims/", "verbatims", null, null, "CH2", null);
    assertEquals("Accueil parfait.", read("export.xlsx", workbook, ch2).segments().get(0).text());
  }

  @Test
  void aWorkbookThatIsNotAZipIsRefused() {
    assertTrue(failure("export.xlsx", "Commentaire\nBien.\n")
        .startsWith("verbatims/export.xlsx : ce n'est pas un classeur .xlsx valide"));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertEquals("verbatims/export.csv : le fichier est vide (0 octet).", failure("export.csv", new byte[0], SPEC));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsNamesItsLine() {
    String message = failure("export.csv", "Date;Commentaire\n01/02/2019;Bien;\"trop\"\n");
    assertTrue(message.startsWith("verbatims/export.csv, ligne 2 : 3 cellules au lieu de 2"), message);
  }

  @Test
  void anUnknownPolarityOrADeclaredColumnMissingFromTheFileIsRefused() {
    String message = failure("export.csv", "Polarité;Commentaire\nbof;Bien.\n");
    assertTrue(message.contains("ligne 2 : colonne « Polarité » : polarité « bof » inconnue"), message);

    SourceSpec spec = new SourceSpec("verbatims/", "verbatims", null, null, null, Map.of("Remarques", "text"));
    message = failure("export.csv", "Commentaire\nBien.\n".getBytes(StandardCharsets.UTF_8), spec);
    assertTrue(message.contains("« Remarques » déclarée(s) dans study.yaml mais absente(s)"), message);
  }
}
