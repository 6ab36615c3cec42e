package fr.parole.importer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.SourceFile;
import fr.parole.study.SegmentKind;
import fr.parole.study.StudyConfig.SectionSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxReaderTest {
  @TempDir
  Path dir;

  private final DocxReader reader = new DocxReader();

  private static void paragraph(XWPFDocument document, String style, String text) {
    XWPFParagraph paragraph = document.createParagraph();
    if (style != null) {
      paragraph.setStyle(style);
    }
    paragraph.createRun().setText(text);
  }

  private static byte[] bytes(XWPFDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.write(out);
    document.close();
    return out.toByteArray();
  }

  private TranscriptText read(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    return reader.read(new SourceFile(file, "entretiens/" + name, Files.readAllBytes(file)));
  }

  private ImportException refused(String name, byte[] bytes) throws IOException {
    Path file = Files.write(dir.resolve(name), bytes);
    return assertThrows(ImportException.class,
        () -> reader.read(new SourceFile(file, "entretiens/" + name, Files.readAllBytes(file))));
  }

  @Test
  void readsOneLinePerParagraphAndHeadingStyles() throws IOException {
    XWPFDocument document = new XWPFDocument();
    paragraph(document, null, "Entretien semi-directif, anonymisé.");
    paragraph(document, "Heading2", "Niveau institutionnel");
    paragraph(document, null, "Q : Quand vous avez commencé, comment voyiez-vous votre place ?");
    paragraph(document, null, "P 3 : J’avais peur de ne pas être légitime.");
    paragraph(document, "Titre2", "Niveau relation de soins");
    paragraph(document, null, "P 3 : Les médecins sont abordables.");

    TranscriptText text = read("P3.docx", bytes(document));

    assertEquals("""
        Entretien semi-directif, anonymisé.
        Niveau institutionnel
        Q : Quand vous avez commencé, comment voyiez-vous votre place ?
        P 3 : J’avais peur de ne pas être légitime.
        Niveau relation de soins
        P 3 : Les médecins sont abordables.
        """, text.text());
    assertEquals("docx", text.encoding());
    assertEquals(List.of(
        new TranscriptText.Heading(text.text().indexOf("Niveau institutionnel"), "Niveau institutionnel"),
        new TranscriptText.Heading(text.text().indexOf("Niveau relation"), "Niveau relation de soins")),
        text.headings());
  }

  @Test
  void aStyleNamedHeadingCountsWhateverItsId() throws IOException {
    XWPFDocument document = new XWPFDocument();
    // Word files made in some languages give heading styles opaque ids; the style's name tells.
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId("a2");
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal("heading 2");
    document.createStyles().addStyle(new XWPFStyle(style));
    paragraph(document, "a2", "Niveau intermédiaire");
    paragraph(document, null, "MED 1 : La culture d’équipe est importante pour l’ETP.");

    TranscriptText text = read("MED1.docx", bytes(document));

    assertEquals(List.of(new TranscriptText.Heading(0, "Niveau intermédiaire")), text.headings());
  }

  @Test
  void aTwoColumnTableIsReadAsSpeakerColonWords() throws IOException {
    XWPFDocument document = new XWPFDocument();
    paragraph(document, "Heading2", "Niveau institutionnel");
    XWPFTable table = document.createTable(2, 2);
    table.getRow(0).getCell(0).setText("Enquêteur");
    table.getRow(0).getCell(1).setText("Quelle implication souhaiteriez-vous avoir ?");
    table.getRow(1).getCell(0).setText("RU 1");
    table.getRow(1).getCell(1).setText("J’aimerais être plus impliqué");

    TranscriptText text = read("RU1.docx", bytes(document));

    assertTrue(text.text().contains("Enquêteur : Quelle implication souhaiteriez-vous avoir ?\n"), text.text());
    assertTrue(text.text().contains("RU 1 : J’aimerais être plus impliqué\n"), text.text());

    // And the splitter makes turns of the rows, under the heading above the table.
    TurnSplitter splitter = new TurnSplitter(new SpeakerLabels(List.of()),
        SectionRule.from(new SectionSpec("level", null, Map.of("Niveau institutionnel", "institutionnel"))));
    List<ImportedSegment> segments = splitter.split(text).segments();
    assertEquals(List.of(SegmentKind.INTERVIEWER, SegmentKind.TURN),
        segments.stream().map(ImportedSegment::kind).toList());
    assertEquals("J’aimerais être plus impliqué", segments.get(1).text());
    assertEquals("institutionnel", segments.get(1).attributes().get("level"));
    TurnSplitterTest.assertOffsets(text.text(), segments);
  }

  @Test
  void bytesThatAreNotAZipAreRefusedNamingTheFile() throws IOException {
    ImportException e = refused("P3.docx", "P 3 : ceci est un texte renommé en .docx".getBytes(StandardCharsets.UTF_8));

    assertTrue(e.getMessage().startsWith("entretiens/P3.docx : "), e.getMessage());
    assertTrue(e.getMessage().contains(".docx"), e.getMessage());
  }

  @Test
  void aZipThatIsNotADocxIsRefused() throws IOException {
    ImportException e = refused("archive.docx", zip("notes.txt", "Q : Bonjour"));

    assertTrue(e.getMessage().startsWith("entretiens/archive.docx : "), e.getMessage());
  }

  @Test
  void anOdtRenamedDocxIsRefused() throws IOException {
    byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text");

    ImportException e = refused("libreoffice.docx", odt);

    assertTrue(e.getMessage().startsWith("entretiens/libreoffice.docx : "), e.getMessage());
  }

  @Test
  void aWorkbookRenamedDocxIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("cas").createRow(0).createCell(0).setCellValue("speaker");
      workbook.write(out);
    }

    ImportException e = refused("cas.docx", out.toByteArray());

    assertTrue(e.getMessage().startsWith("entretiens/cas.docx : "), e.getMessage());
  }

  @Test
  void aTruncatedDocxIsRefused() throws IOException {
    XWPFDocument document = new XWPFDocument();
    paragraph(document, null, "CGS 3 : Je ne fais aucun projet sans inviter un usager ou un RU");
    byte[] whole = bytes(document);

    ImportException e = refused("coupe.docx", Arrays.copyOf(whole, whole.length / 2));

    assertTrue(e.getMessage().startsWith("entretiens/coupe.docx : "), e.getMessage());
  }

  @Test
  void aDocxWithoutTextIsRefused() throws IOException {
    XWPFDocument document = new XWPFDocument();
    paragraph(document, null, "   ");

    ImportException e = refused("vide.docx", bytes(document));

    assertTrue(e.getMessage().contains("aucun texte"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }

  static byte[] zip(String name, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
