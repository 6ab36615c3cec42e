package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.stats.AttributeBreakdown;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a quality director and a patient partner read in the demo report outside the themes: the
 * corpus in its own words, labels instead of ids, missing values apart, no empty part, the
 * check-list in colours read at once, and a workbook of numbers.
 */
class ReportReadingTest {
  @TempDir
  static Path dir;

  private static final Pipeline PIPELINE = new Pipeline(Progress.SILENT);
  private static Study study;
  private static Path folder;
  private static String html;

  @BeforeAll
  static void demoReport() throws Exception {
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    folder = PIPELINE.run(study, dir.resolve("fr")).report().getParent();
    html = Files.readString(folder.resolve("index.html"));
  }

  /** Printed for a meeting: A4, each part on its own page, nothing cut in two, no navigation or filter lists. */
  @Test
  void theReportPrintsForAMeeting() {
    String print = html.substring(html.indexOf("@media print{"));
    print = print.substring(0, print.indexOf("}}") + 2);
    for (String rule : List.of("@page{size:A4", "nav,.filter{display:none}", "h2{break-before:page}",
        "h2:first-of-type{break-before:auto}", "tr,figure,blockquote", "break-inside:avoid", "break-after:avoid")) {
      assertTrue(print.contains(rule), rule + " in " + print);
    }
    assertTrue(html.contains("<p class=\"filter\""), "the quotes' filter lists carry the class print hides");
  }

  /** The demo is 446 comments, 36 interview turns and 10 open answers: the corpus says so. */
  @Test
  void theCorpusSaysWhatItsSegmentsAre() {
    assertTrue(html.contains("<b>492</b>segments analysés"), "the card");
    assertTrue(html.contains("Les 492 segments analysés sont 446 commentaires, 36 tours de parole de participants et 10 "
        + "réponses ouvertes à un questionnaire."), "the composition");
    assertFalse(html.contains("tours des participants"), "a corpus of comments is not one of interview turns");
  }

  @Test
  void aComparisonOfCommentsOnlySpeaksOfComments() {
    ReportText text = new ReportText(ReportLanguage.FRENCH);
    assertEquals("commentaires", text.get("corpus.kind.comments.many"));
    assertEquals("a, b et c", text.list(List.of("a", "b", "c")));
    assertEquals("a and b", new ReportText(ReportLanguage.ENGLISH).list(List.of("a", "b")));
  }

  /** 446 of 492 segments (the comments) have no role: a row apart in the table, not a bar of the chart. */
  @Test
  void missingValuesStandApartWithTheirCount() throws Exception {
    List<String> roles = Files.readAllLines(folder.resolve("tableaux/corpus-par-role.csv"));
    assertTrue(roles.get(0).startsWith("\ufeffRôle,role_id,sources,"), roles.get(0));
    assertTrue(roles.get(roles.size() - 2).startsWith("(non renseigné),,1,446,"), "missing last but the total");
    assertTrue(roles.get(roles.size() - 1).startsWith("Total,,,492,"), roles.toString());
    assertTrue(html.contains("<tr class=\"missing\"><td>(non renseigné)</td>"));
    String chart = Files.readString(folder.resolve("graphiques/corpus-par-role.svg"));
    assertFalse(chart.contains("non renseigné"), "no bar for the missing value");
    assertTrue(chart.contains("Coordonnateur général des soins"), "the chart reads labels");
    assertTrue(html.contains("Non montrés dans le graphique : 446 segments (90,7 %) sans rôle"));
  }

  /** study.yaml's labels (the demo's roles), the report's own (OTHER, levels, surveys), ids only for programs. */
  @Test
  void peopleReadLabelsAndProgramsReadIds() throws Exception {
    assertTrue(html.contains("<td>Coordonnateur général des soins (CGS)</td>") && html.contains("<td>Autre</td>"));
    assertFalse(html.contains("<td>OTHER</td>") || html.contains("<td>CGS</td>"), "role ids on the page");
    assertTrue(Files.readString(folder.resolve("tableaux/corpus-par-role.csv"))
        .contains("\r\nAutre,OTHER,1,1,"), "the id beside the label in the CSV");
    assertTrue(Files.readString(folder.resolve("tableaux/corpus-par-level.csv")).contains("\r\nRelation de soins,"
        + "relation_de_soins,"), "levels by their labels");
    for (String id : List.of(">Par project<", ">Par survey<", ">Par questionnaire<", "<td>+48h MCO</td>", "<td>transcript/md</td>", "<td>esatis/48h_mco</td>")) {
      assertFalse(html.contains(id), id);
    }
    assertTrue(html.contains(">Par enquête<") && html.contains("<td>e-Satis MCO chirurgie ambulatoire</td>"));
    assertTrue(html.contains("<td>Relation de soins</td>") && html.contains("<td>À améliorer</td>"));
    assertTrue(html.contains("<td>Entretien (.md)</td>") && html.contains("<td>Résultats e-Satis +48h MCO</td>"));
    List<String> level = Files.readAllLines(folder.resolve("tableaux/specificites-par-level.csv"));
    assertTrue(level.get(0).startsWith("\ufeffNiveau de partenariat,level_id,sens,"), level.get(0));
    assertTrue(level.stream().anyMatch(l -> l.startsWith("Relation de soins,relation_de_soins,sur-employé,")));
  }

  /** The project is on 10 of 492 segments: one compact table for such attributes, no part « Par projet » of its own. */
  @Test
  void attributesFewSegmentsCarryShareOneTable() throws Exception {
    assertFalse(Files.exists(folder.resolve("tableaux/corpus-par-project.csv")));
    assertFalse(html.contains(">Par projet<"));
    List<String> sparse = Files.readAllLines(folder.resolve("tableaux/corpus-autres-attributs.csv"));
    assertTrue(sparse.contains("Projet,project,Shadowing patient (méthode AMPATTI),Shadowing patient (méthode AMPATTI),1,3,"
        + "0.6097560976,76"), sparse.toString());
    assertTrue(sparse.contains("Questionnaire,questionnaire,Check-list rapide du partenariat (HAS),"
        + "checklist-has-partenariat,1,10,2.0325203252,244"), "a questionnaire by its title");
    assertTrue(sparse.contains("Item du questionnaire,questionnaire_item,Commentaire,commentaire,1,10,2.0325203252,244"),
        "an item by its wording: " + sparse);
    assertTrue(sparse.stream().noneMatch(l -> l.contains("non renseigné")), "the others are most of the corpus");
  }

  @Test
  void yearsComeInTheirOrder() {
    AttributeBreakdown years = new AttributeBreakdown("year", List.of(row("2020", 30), row(null, 20), row("2019", 10),
        row("2021", 5)), 65, 650);
    assertEquals(java.util.Arrays.asList("2019", "2020", "2021"),
        AttributeView.values(years).stream().map(AttributeBreakdown.Row::value).toList());
    AttributeBreakdown services = new AttributeBreakdown("service", List.of(row("Oncologie", 30), row("Cardiologie", 10)),
        40, 400);
    assertEquals(List.of("Oncologie", "Cardiologie"),
        AttributeView.values(services).stream().map(AttributeBreakdown.Row::value).toList(), "most segments first");
  }

  /** « Non » is never green: Oui, En cours, Non in that order, green, orange, vermilion. */
  @Test
  void theCheckListReadsAtOnce() throws Exception {
    assertTrue(Files.readString(folder.resolve("tableaux/checklist-has-partenariat-score.csv"))
        .startsWith("\ufeffétablissement,Oui,En cours,Non,"));
    String chart = Files.readString(folder.resolve("graphiques/checklist-has-partenariat-score.svg"));
    Matcher legend = Pattern.compile("fill:rgb\\((\\d+,\\d+,\\d+)\\);stroke:none'[^>]*><path[^>]*/></g><g><text[^>]*>"
        + "(Oui|En cours|Non)</text>").matcher(chart);
    Map<String, String> colours = new TreeMap<>();
    List<String> order = new java.util.ArrayList<>();
    while (legend.find()) {
      colours.put(legend.group(2), legend.group(1));
      order.add(legend.group(2));
    }
    assertEquals(List.of("Oui", "En cours", "Non"), order);
    assertEquals(Map.of("Oui", "0,158,115", "En cours", "230,159,0", "Non", "213,94,0"), colours);
    // An answer nobody gave is not a row: 57 answers given, not 90 rows of which 33 are 0.
    List<String> answers = Files.readAllLines(folder.resolve("tableaux/checklist-has-partenariat-reponses.csv"));
    assertEquals(58, answers.size());
    assertTrue(answers.get(0).startsWith("\ufeffitem_id,item,établissement,réponse,effectif,"));
    assertTrue(answers.stream().skip(1).noneMatch(l -> l.matches(".*,0,0$")), answers.toString());
  }

  @Test
  void theWorkbookHoldsNumbersAsNumbers() throws Exception {
    try (Workbook workbook = WorkbookFactory.create(folder.resolve(ReportFiles.WORKBOOK).toFile(), null, true)) {
      Sheet sheet = workbook.getSheet("corpus-par-role");
      Row header = sheet.getRow(0);
      assertEquals("% segments", header.getCell(4).getStringCellValue());
      Row first = sheet.getRow(1);
      assertEquals(CellType.NUMERIC, first.getCell(4).getCellType());
      assertEquals(100.0 * 11 / 492, first.getCell(4).getNumericCellValue(), 1e-12, "full precision");
      assertEquals("#,##0.0", first.getCell(4).getCellStyle().getDataFormatString());
      assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
      assertEquals("Direction qualité (DQ)", first.getCell(0).getStringCellValue());
    }
  }

  /** A study of interviews only has no e-Satis nor questionnaire part, and no table without rows. */
  @Test
  void emptyPartsAndTablesAreNotShown() throws Exception {
    Path interviews = TestStudies.write(dir.resolve("entretiens"), """
        name: entretiens
        sources:
          - path: entretiens/
        """, "entretiens/a.md", "IDE 1 : Bonjour, je suis infirmière.\n");
    Study only = Study.open(interviews);
    PIPELINE.importStudy(only);
    Path report = PIPELINE.report(only, dir.resolve("out-entretiens"));
    String page = Files.readString(report);
    assertFalse(page.contains("id=\"esatis\"") || page.contains("id=\"questionnaires\""), "empty sections");
    assertFalse(page.contains("</b>tours de l&apos;enquêteur"), "no card of 0 interviewer turns");
    assertTrue(page.contains("<b>1</b>tour de parole de participant"), "a corpus of interviews speaks of turns");
    try (Stream<Path> files = Files.list(report.getParent().resolve(ReportFiles.TABLES))) {
      for (Path csv : files.toList()) {
        assertTrue(Files.readAllLines(csv).size() > 1, csv + " has no row");
      }
    }
  }

  /** A label in study.yaml for an attribute no segment carries (a typo) is refused, naming the file and the line. */
  @Test
  void aLabelForAnAttributeTheStudyDoesNotHaveIsRefused() throws Exception {
    Path yaml = study.folder().resolve(Study.CONFIG_FILE);
    String before = Files.readString(yaml);
    try {
      Files.writeString(yaml, before + "  servcie: Service de soins\n");
      Study typo = Study.open(study.folder());
      ParoleException e = assertThrows(ParoleException.class, () -> PIPELINE.report(typo, dir.resolve("typo")));
      int line = before.split("\n", -1).length;
      assertTrue(e.getMessage().contains("study.yaml, ligne " + line) && e.getMessage().contains("« servcie »")
          && e.getMessage().contains("service"), e.getMessage());
    } finally {
      Files.writeString(yaml, before);
    }
  }

  @Test
  void theEnglishReportHasItsOwnLabels() throws Exception {
    Path english = PIPELINE.report(study, dir.resolve("en"), ReportOptions.DEFAULT.in(ReportLanguage.ENGLISH));
    String page = Files.readString(english);
    assertTrue(page.contains(">By survey<") && page.contains("<td>Other</td>") && page.contains("<td>Care relationship</td>")
        && page.contains("The 492 segments analysed are 446 comments, 36 participants&apos; turns and 10 open answers"),
        "English labels");
    assertTrue(page.contains("<td>Coordonnateur général des soins (CGS)</td>"), "the study's own words stay");
  }

  private static AttributeBreakdown.Row row(String value, int segments) {
    return new AttributeBreakdown.Row(value, 1, segments, segments, segments * 10L, segments);
  }
}
