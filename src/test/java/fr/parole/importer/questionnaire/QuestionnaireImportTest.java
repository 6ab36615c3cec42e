package fr.parole.importer.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.ManualCoding;
import fr.parole.importer.ImportException;
import fr.parole.importer.ImportReport;
import fr.parole.importer.ImportService;
import fr.parole.study.QuestionnaireCount;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questionnaire response files through the whole import: store, segments, and every bad input the issue lists. */
class QuestionnaireImportTest {
  @TempDir
  Path dir;

  static final String DEFINITION = """
      id: pratiques
      title: Pratiques de partenariat
      items:
        - id: ecoute
          label: Les patients sont écoutés
          type: likert
          labels: [Pas du tout d'accord, Plutôt pas d'accord, Plutôt d'accord, Tout à fait d'accord]
        - id: diagnostic
          label: Y a-t-il un diagnostic partagé ?
          type: oui_non_en_cours
        - id: annees
          label: Années d'expérience
          type: number
        - id: freins
          type: multiple_choice
          choices: [Temps, Formation, Reconnaissance]
        - id: remarque
          label: Remarque libre
          type: text
      """;

  static final String HEADER = "establishment;role;Les patients sont écoutés;diagnostic;annees;freins;Remarque libre\n";

  static final String GOOD = HEADER
      + "CHU1;IDE;Plutôt d'accord;en cours;12;Temps;On manque de temps pour associer les patients.\n"
      + "CHU1;RU;pas du tout d'accord;Non;3,5;\"temps ; Reconnaissance\";\n"
      + "CH2;CDS;Tout à fait d'accord;OUI;;;\"Le binôme patient-soignant\nfonctionne bien.\"\n";

  private static final String YAML = """
      attributes: [establishment, role]
      sources:
        - path: reponses/
          type: questionnaire
          questionnaire: pratiques.yaml
      """;

  private Path study(String... files) {
    List<String> all = new ArrayList<>(List.of("pratiques.yaml", DEFINITION));
    all.addAll(List.of(files));
    return TestStudies.write(dir.resolve("s"), YAML, all.toArray(String[]::new));
  }

  static ImportReport importStudy(Path folder) {
    Study study = Study.open(folder);
    try (StudyStore store = study.openStore()) {
      return new ImportService(Progress.SILENT).importStudy(study, store);
    }
  }

  private static List<SegmentRecord> segments(Path folder) {
    try (StudyStore store = Study.open(folder).openStore()) {
      List<SegmentRecord> segments = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, segments::add);
      return segments;
    }
  }

  private static List<QuestionnaireCount> counts(Path folder) {
    try (StudyStore store = Study.open(folder).openStore()) {
      return store.queries().questionnaireCounts();
    }
  }

  /** Rows of a query on the study's store, each row's columns joined by '|'. */
  private static List<String> query(Path folder, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(".parole/study.db"));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          cells.add(rs.getString(i));
        }
        rows.add(String.join("|", cells));
      }
    }
    return rows;
  }

  /** "line|item|value|number" of every closed answer, by line, item and value. */
  private static List<String> closedAnswers(Path folder) throws SQLException {
    return query(folder, "SELECT r.line, a.item, a.value, a.number FROM answers a JOIN respondents r"
        + " ON r.id = a.respondent_id WHERE a.segment_id IS NULL ORDER BY r.line, a.item, a.value")
        .stream().map(row -> row.endsWith("|null") ? row.substring(0, row.length() - 5) : row).toList();
  }

  /** Imports a study whose one bad file must fail alone, and returns the reason. */
  private String failure(Path folder, String badFile) throws SQLException {
    ImportReport report = importStudy(folder);
    assertEquals(1, report.failed().size(), () -> "échecs : " + report.failed());
    assertEquals(badFile, report.failed().get(0).name());
    assertEquals(List.of(), query(folder, "SELECT id FROM sources WHERE path = '" + badFile + "'"),
        "nothing from the bad file is stored");
    return report.failed().get(0).reason();
  }

  @Test
  void closedAnswersAreValuesAndOpenAnswersAreSegmentsWithTheRespondentsAttributes() throws SQLException {
    Path folder = study("reponses/equipe.csv", GOOD);

    ImportReport report = importStudy(folder);

    assertEquals(List.of(), report.failed());
    assertEquals(3, report.imported().get(0).respondents());
    assertEquals(List.of(new QuestionnaireCount("pratiques", "Pratiques de partenariat", 1, 3, 12, 2)),
        counts(folder));
    // Answers as the definition spells them ("en cours" → En cours); a Likert label keeps its rank; a
    // multiple choice gives one row per choice; an empty cell gives no row.
    assertEquals(List.of("2|annees|12|12.0", "2|diagnostic|En cours", "2|ecoute|Plutôt d'accord|3.0",
            "2|freins|Temps", "3|annees|3,5|3.5", "3|diagnostic|Non", "3|ecoute|Pas du tout d'accord|1.0",
            "3|freins|Reconnaissance", "3|freins|Temps", "4|diagnostic|Oui", "4|ecoute|Tout à fait d'accord|4.0"),
        closedAnswers(folder));
    assertEquals(List.of("2|CHU1|IDE", "3|CHU1|RU", "4|CH2|CDS"), query(folder, "SELECT r.line,"
        + " (SELECT value FROM attribute_values WHERE set_id = r.attribute_set_id AND name = 'establishment'),"
        + " (SELECT value FROM attribute_values WHERE set_id = r.attribute_set_id AND name = 'role')"
        + " FROM respondents r ORDER BY r.line"));

    List<SegmentRecord> answers = segments(folder);
    assertEquals(2, answers.size());
    SegmentRecord multiLine = answers.get(1);
    assertEquals(SegmentKind.ANSWER, multiLine.kind());
    assertEquals("Le binôme patient-soignant\nfonctionne bien.", multiLine.text());
    assertEquals(4, multiLine.line(), "the row where the answer starts in the file");
    assertEquals("CH2", multiLine.attributes().get("establishment"));
    assertEquals("remarque", multiLine.attributes().get("questionnaire_item"));
    assertEquals("pratiques", multiLine.attributes().get("questionnaire"));
    try (StudyStore store = Study.open(folder).openStore()) {
      String content = store.queries().sourceContent(multiLine.sourceId());
      assertEquals(multiLine.text(), content.substring(multiLine.start(), multiLine.end()));
      assertEquals(2, store.queries().summary().segments(), "open answers count as participants' words");
    }
  }

  @Test
  void reimportingTheSameFileIsANoOpAndAChangedFileReplacesItsPreviousVersion() throws Exception {
    Path folder = study("reponses/equipe.csv", GOOD);
    importStudy(folder);
    assertEquals(1, importStudy(folder).unchanged().size());

    Files.writeString(folder.resolve("reponses/equipe.csv"), HEADER + "CHU3;IDE;Plutôt d'accord;Oui;1;;Rien.\n");
    ImportReport again = importStudy(folder);

    assertTrue(again.imported().get(0).replaced());
    assertEquals(1, counts(folder).get(0).respondents());
    assertEquals(List.of("1"), query(folder, "SELECT COUNT(*) FROM respondents"));
    assertEquals(List.of("Rien."), segments(folder).stream().map(SegmentRecord::text).toList());
  }

  @Test
  void aChangedDefinitionReimportsItsResponseFiles() throws Exception {
    Path folder = study("reponses/equipe.csv", GOOD);
    importStudy(folder);
    Files.writeString(folder.resolve("pratiques.yaml"), DEFINITION.replace("Pratiques de partenariat", "Pratiques"));

    ImportReport again = importStudy(folder);

    assertEquals(1, again.imported().size());
    assertEquals("Pratiques", counts(folder).get(0).title());
  }

  @Test
  void aChangedFileWhoseOpenAnswersAPersonCodedIsNotReimportedOverThem() throws Exception {
    Path folder = study("reponses/equipe.csv", GOOD);
    importStudy(folder);
    long segment = segments(folder).get(0).id();
    try (StudyStore store = Study.open(folder).openStore()) {
      new ManualCoding(new CodebookLibrary().load("partenariat")).code(store, segment, "type/obstacle", "alice",
          null, null);
    }
    Files.writeString(folder.resolve("reponses/equipe.csv"), GOOD + "CHU3;IDE;;;;;Ajout.\n");

    ImportReport again = importStudy(folder);

    assertEquals(1, again.failed().size());
    assertTrue(again.failed().get(0).reason().contains("décision(s) de codage humaines"), again.failed().get(0).reason());
    assertEquals(3, counts(folder).get(0).respondents(), "the imported version stays");
  }

  @Test
  void aCasesRowForTheResponseFileGivesItsRespondentsAttributesAndFollowsItsChanges() throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), YAML + "cases: cas.csv\n", "pratiques.yaml", DEFINITION,
        "cas.csv", "source;project\nequipe.csv;ETP dialyse\n",
        "reponses/equipe.csv", GOOD);
    importStudy(folder);
    long segment = segments(folder).get(0).id();
    assertEquals("ETP dialyse", segments(folder).get(0).attributes().get("project"));

    Files.writeString(folder.resolve("cas.csv"), "source;project\nequipe.csv;Autodialyse\n");
    ImportReport again = importStudy(folder);

    assertEquals(List.of("reponses/equipe.csv"), again.reattributed());
    assertEquals(segment, segments(folder).get(0).id(), "same segment, so codings on it stay");
    assertEquals("Autodialyse", segments(folder).get(0).attributes().get("project"));
    assertEquals(List.of("Autodialyse|3"), query(folder, "SELECT v.value, COUNT(*) FROM respondents r"
        + " JOIN attribute_values v ON v.set_id = r.attribute_set_id AND v.name = 'project' GROUP BY v.value"));
    assertEquals(List.of(), query(folder, "SELECT set_id FROM attribute_values WHERE value = 'ETP dialyse'"),
        "the old attribute set is gone");
  }

  @Test
  void aMissingDefinitionFailsItsResponseFilesAndAnEntryWithoutOneStopsTheImport() throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), YAML.replace("pratiques.yaml", "pratique.yaml"),
        "reponses/equipe.csv", GOOD);
    String reason = failure(folder, "reponses/equipe.csv");
    assertTrue(reason.contains("définition de questionnaire introuvable : « pratique.yaml »"), reason);

    Files.writeString(folder.resolve("study.yaml"), YAML.replace("    questionnaire: pratiques.yaml\n", ""));
    ImportException e = assertThrows(ImportException.class, () -> importStudy(folder));
    assertTrue(e.getMessage().contains("ne nomme pas sa définition"), e.getMessage());
  }

  @Test
  void twoDefinitionsUnderOneIdAreRefused() throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), YAML + """
          - path: autres/
            type: questionnaire
            questionnaire: copie.yaml
        """, "pratiques.yaml", DEFINITION, "copie.yaml", DEFINITION.replace("title: Pratiques", "title: Copie"),
        "reponses/equipe.csv", GOOD, "autres/equipe2.csv", GOOD);

    // Files are imported in path order: autres/ first.
    String reason = failure(folder, "reponses/equipe.csv");

    assertEquals("pratiques.yaml : l'id « pratiques » est déjà celui de la définition copie.yaml ; donnez à chaque "
        + "questionnaire un id différent.", reason);
  }

  @Test
  void aColumnForAnItemTheDefinitionDoesNotHaveIsAnErrorNamingIt() throws SQLException {
    Path folder = study("reponses/equipe.csv", GOOD,
        "reponses/autre.csv", "establishment;diagnostic;q11\nCHU1;Oui;Oui\n");

    String reason = failure(folder, "reponses/autre.csv");

    assertTrue(reason.startsWith("reponses/autre.csv, ligne 1, colonne « q11 » : ni un item du questionnaire "
        + "« pratiques »"), reason);
    assertTrue(reason.contains("ecoute, diagnostic, annees, freins, remarque"), reason);
    assertTrue(reason.contains("attributes"), reason);
    assertEquals(3, counts(folder).get(0).respondents(), "the good file is imported");
  }

  @Test
  void aLikertAnswerOutsideItsLabelsNamesFileRowColumnAndTheLabels() throws SQLException {
    Path folder = study("reponses/equipe.csv", HEADER + "CHU1;IDE;Plutôt d'accord;Oui;;;\nCHU1;RU;Moyen;Oui;;;\n");

    String reason = failure(folder, "reponses/equipe.csv");

    assertEquals("reponses/equipe.csv, ligne 3, colonne « Les patients sont écoutés » : « Moyen » n'est pas une "
        + "réponse de l'échelle de l'item « ecoute » (réponses possibles, dans l'ordre : Pas du tout d'accord ; "
        + "Plutôt pas d'accord ; Plutôt d'accord ; Tout à fait d'accord).", reason);
    assertEquals(List.of(), counts(folder));
  }

  @Test
  void anOuiNonEnCoursAnswerOutsideOuiNonEnCoursIsAnError() throws SQLException {
    Path folder = study("reponses/equipe.csv", HEADER + "CHU1;IDE;;En Cours;;;\nCHU1;RU;;Bientôt;;;\n");

    String reason = failure(folder, "reponses/equipe.csv");

    assertTrue(reason.startsWith("reponses/equipe.csv, ligne 3, colonne « diagnostic » : « Bientôt »"), reason);
    assertTrue(reason.contains("Oui, Non ou En cours"), reason);
  }

  @Test
  void aNumberThatIsNotANumberIsAnError() throws SQLException {
    Path folder = study("reponses/equipe.csv", HEADER + "CHU1;IDE;;;douze;;\n");

    String reason = failure(folder, "reponses/equipe.csv");

    assertEquals("reponses/equipe.csv, ligne 2, colonne « annees » : « douze » n'est pas un nombre (exemples : 12, "
        + "3,5, -2).", reason);
  }

  @Test
  void aCsvRowWithTheWrongNumberOfCellsIsAnError() throws SQLException {
    Path folder = study("reponses/equipe.csv", HEADER + "CHU1;IDE;;Oui;;;\nCHU1;RU;Oui\n");

    String reason = failure(folder, "reponses/equipe.csv");

    assertTrue(reason.startsWith("reponses/equipe.csv, ligne 3 : 3 cellules au lieu de 7"), reason);
  }

  @Test
  void aFileOfZeroBytesIsAnError() throws Exception {
    Path folder = study("reponses/equipe.csv", GOOD, "reponses/vide.csv", "");
    Files.write(folder.resolve("reponses/vide.xlsx"), new byte[0]);

    ImportReport report = importStudy(folder);

    assertEquals(List.of("reponses/vide.csv : le fichier est vide (0 octet).",
        "reponses/vide.xlsx : le fichier est vide (0 octet)."),
        report.failed().stream().map(ImportReport.Failed::reason).toList());
    assertEquals(3, counts(folder).get(0).respondents());
  }

  @Test
  void anXlsxThatIsNotAZipIsAnError() throws SQLException, IOException {
    Path folder = study();
    Files.createDirectories(folder.resolve("reponses"));
    Files.writeString(folder.resolve("reponses/export.xlsx"), HEADER + "CHU1;IDE;;Oui;;;\n");

    String reason = failure(folder, "reponses/export.xlsx");

    assertTrue(reason.startsWith("reponses/export.xlsx : ce n'est pas un classeur .xlsx valide"), reason);
  }

  @Test
  void anXlsxWithSeveralSheetsNamesThemAndOneIsChosenBySheet() throws Exception {
    Path folder = study();
    Files.createDirectories(folder.resolve("reponses"));
    writeWorkbook(folder.resolve("reponses/export.xlsx"));

    String reason = failure(folder, "reponses/export.xlsx");
    assertEquals("reponses/export.xlsx : le classeur a 2 feuilles (« Consignes », « Réponses ») ; indiquez "
        + "laquelle lire avec « sheet: » dans la source de study.yaml.", reason);

    // Sheet names are compared without case, as Excel does.
    Files.writeString(folder.resolve("study.yaml"), YAML + "    sheet: réponses\n", StandardCharsets.UTF_8);
    ImportReport report = importStudy(folder);
    assertEquals(List.of(), report.failed());
    assertEquals(List.of("3|annees|12|12.0", "3|diagnostic|Oui", "3|ecoute|Plutôt d'accord|3.0"),
        closedAnswers(folder));

    // A sheet that does not exist: the version imported before stays.
    Files.writeString(folder.resolve("study.yaml"), YAML + "    sheet: Feuil3\n", StandardCharsets.UTF_8);
    ImportReport wrongSheet = importStudy(folder);
    assertEquals("reponses/export.xlsx : pas de feuille « Feuil3 » dans ce classeur (feuilles : « Consignes », "
        + "« Réponses »).", wrongSheet.failed().get(0).reason());
    assertEquals(1, counts(folder).get(0).respondents());
  }

  /** A workbook as quality teams send it: instructions on a first sheet, answers on the second. */
  private static void writeWorkbook(Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet notes = workbook.createSheet("Consignes");
      notes.createRow(0).createCell(0).setCellValue("Une ligne par répondant.");
      Sheet answers = workbook.createSheet("Réponses");
      String[] header = {"establishment", "Les patients sont écoutés", "diagnostic", "annees"};
      Row first = answers.createRow(0);
      for (int i = 0; i < header.length; i++) {
        first.createCell(i).setCellValue(header[i]);
      }
      Row row = answers.createRow(2);
      row.createCell(0).setCellValue("CHU1");
      row.createCell(1).setCellValue("Plutôt d'accord");
      row.createCell(2).setCellValue("Oui");
      row.createCell(3).setCellValue(12);
      workbook.write(out);
    }
  }

  @Test
  void theDemoStudyImportsTheHasChecklistAnswers() throws SQLException {
    Path demo = TestStudies.copyOfDemo(dir.resolve("demo"));

    ImportReport report = importStudy(demo);

    assertEquals(List.of(), report.failed());
    QuestionnaireCount checklist = counts(demo).get(0);
    assertEquals("checklist-has-partenariat", checklist.name());
    assertEquals(16, checklist.respondents());
    assertEquals(10, checklist.openAnswers());
    assertEquals(List.of("CH2|5", "CHU1|6", "CHU3|5"), query(demo, "SELECT v.value, COUNT(*) FROM respondents r"
        + " JOIN attribute_values v ON v.set_id = r.attribute_set_id AND v.name = 'establishment'"
        + " GROUP BY v.value ORDER BY v.value"));
    assertFalse(query(demo, "SELECT value FROM answers WHERE item = 'diagnostic_partage' AND segment_id IS NULL")
        .stream().anyMatch(v -> !List.of("Oui", "Non", "En cours").contains(v)), "variants are stored as spelt");
    assertTrue(segments(demo).stream().filter(s -> s.kind() == SegmentKind.ANSWER)
        .allMatch(s -> s.attributes().containsKey("project") && s.attributes().containsKey("role")));
  }
}
