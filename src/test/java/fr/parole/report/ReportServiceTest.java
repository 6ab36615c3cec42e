package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {
  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  @Test
  void demoReportHasEverySectionTablesAsCsvAndXlsxChartsAsPngAndSvgAndIsReproducible() throws Exception {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    Path index = pipeline.run(study, dir.resolve("reports")).report();
    assertEquals(dir.resolve("reports/demo/index.html"), index);
    String html = Files.readString(index);
    assertTrue(html.contains("<html lang=\"fr\">"));
    for (String section : List.of("corpus", "themes", "par-etablissement", "par-niveau", "esatis", "questionnaires",
        "methode")) {
      assertTrue(html.contains("<a href=\"#" + section + "\">") && html.contains("<h2 id=\"" + section + "\">"), section);
    }
    // 18 of the 36 dev quotes come from CHU 1 (corpora/demo/reference/quotes.tsv), 150 of the 446
    // demo verbatims and 4 of the 10 open comments of the check-list responses: 172 of 492 segments.
    assertTrue(html.contains("<tr><td>CHU1</td><td class=\"n\">10</td><td class=\"n\">172</td><td class=\"n\">35,0</td>"),
        "CHU1 row: 10 sources, 172 segments, 35,0 %");
    // Comments and turns carry several codes: a test per code, Holm-adjusted (a crosstab's chi-square needs one).
    assertTrue(html.contains("un test par code") && html.contains("p ajustée (Holm)") && html.contains("V de Cramér"));
    assertTrue(html.contains("Type d&apos;énoncé × Établissement") || html.contains("Type d'énoncé × Établissement"));
    assertTrue(html.contains("segment n° "), "quotes name their segment");
    assertTrue(html.contains("Distribution nationale des scores"));
    assertTrue(html.contains("Score de la check-list par établissement"));
    assertFalse(html.contains("2020-06-05"));
    // The demo ties its fictitious establishments to three real results (study.yaml) and says so.
    assertTrue(html.contains("CHU1 → 310783048 (HOPITAL PURPAN CHU TLSE)"), "ties of study.yaml");
    assertTrue(html.contains("Démonstration : CHU1, CH2 et CHU3 sont fictifs."), "study.yaml's note");
    List<String> ours = Files.readAllLines(index.getParent().resolve("tableaux/esatis-48h-mco-2019-etablissements.csv"));
    assertTrue(ours.stream().anyMatch(l -> l.startsWith("CH2,Satisfaction globale,global,78.87,99,A,")),
        ours.toString());
    assertTrue(Files.isRegularFile(index.getParent().resolve("graphiques/esatis-ca-mco-2019-etablissements.svg")));
    assertTrue(html.contains("cette étude n&apos;en a qu&apos;une (e-Satis +48h MCO : 2019 ; "
        + "e-Satis MCO chirurgie ambulatoire : 2019)"), "one year of e-Satis results: no evolution");
    // The verbatims span 2019 and 2020: the share of each theme by year.
    List<String> byYear = Files.readAllLines(index.getParent().resolve("tableaux/esatis-esatis-par-annee.csv"));
    assertTrue(byYear.get(0).endsWith(",2019,2020") && byYear.stream().anyMatch(l -> l.startsWith("esatis/accueil,Accueil,")),
        byYear.toString());
    assertTrue(Files.isRegularFile(index.getParent().resolve("graphiques/esatis-esatis-par-annee.png")));
    Path folder = index.getParent();
    assertTrue(Files.isRegularFile(folder.resolve("tableaux/partenariat-type-x-establishment-tests.csv")));
    assertTrue(Files.isRegularFile(folder.resolve("graphiques/partenariat-type-x-establishment.svg")));
    assertTrue(Files.isRegularFile(folder.resolve("graphiques/partenariat-type-x-establishment.png")));
    long csvFiles;
    try (Stream<Path> files = Files.list(folder.resolve("tableaux"))) {
      csvFiles = files.filter(f -> f.toString().endsWith(".csv")).count();
    }
    try (Workbook workbook = WorkbookFactory.create(folder.resolve("tableaux.xlsx").toFile(), null, true)) {
      assertEquals(csvFiles, workbook.getNumberOfSheets(), "one sheet per CSV table");
      Set<String> names = new HashSet<>();
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        String name = workbook.getSheetName(i);
        assertTrue(name.length() <= 31 && names.add(name.toLowerCase(java.util.Locale.ROOT)), name);
      }
    }
    String checklist = Files.readString(folder.resolve("tableaux/checklist-has-partenariat-score.csv"));
    assertTrue(checklist.contains("CHU1,"), checklist);
    // Word specificities by establishment, from the lemmas counted when the demo was coded.
    List<String> specific = Files.readAllLines(folder.resolve("tableaux/specificites-par-establishment.csv"));
    assertTrue(specific.size() > 10, String.valueOf(specific));
    assertTrue(specific.stream().anyMatch(l -> l.startsWith("CHU1,sur-employé,"))
        && specific.stream().anyMatch(l -> l.startsWith("CH2,sous-employé,")), String.valueOf(specific));
    assertTrue(specific.stream().noneMatch(l -> l.contains(",le,") || l.contains(",de,")), "stop words left out");

    // The same study gives the same tables byte for byte.
    Path again = pipeline.report(study, dir.resolve("encore")).getParent();
    try (Stream<Path> files = Files.list(folder.resolve("tableaux"))) {
      for (Path csv : files.toList()) {
        assertArrayEquals(Files.readAllBytes(csv), Files.readAllBytes(again.resolve("tableaux").resolve(csv.getFileName())),
            csv.getFileName().toString());
      }
    }
  }

  /**
   * {@code --lang en}: the demo report in English has English headings, numbers with a decimal
   * point, none of the French tool wording (in the page, the tables or the charts), and the same
   * tables as the French one.
   */
  @Test
  void theEnglishDemoReportHasNoFrenchToolWordingAndTheSameTables() throws Exception {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    Path french = pipeline.run(study, dir.resolve("fr")).report().getParent();
    Path english = pipeline.report(study, dir.resolve("en"), ReportOptions.DEFAULT.in(ReportLanguage.ENGLISH)).getParent();
    String html = Files.readString(english.resolve("index.html"));
    assertTrue(html.contains("<html lang=\"en\">"));
    for (String heading : List.of("<h1>Study “demo”</h1>", ">Themes</a>", ">By establishment</a>", ">By level</a>",
        ">Method</a>", "Code frequencies: ", "one test per code", "adjusted p (Holm)", "Cramér&apos;s V", "Typical quotes",
        "National distribution of the scores", "Check-list score by establishment", "Specific words by establishment",
        "Statistical tests and their assumptions", "segment no. ")) {
      assertTrue(html.contains(heading), heading);
    }
    assertTrue(html.contains("<tr><td>CHU1</td><td class=\"n\">10</td><td class=\"n\">172</td><td class=\"n\">35.0</td>"),
        "CHU1 row: 10 sources, 172 segments, 35.0 %");
    // « Thèmes » alone would not do: the e-Satis codebook is called « Thèmes des verbatims e-Satis » (data).
    for (String heading : List.of(">Thèmes<", ">Par établissement<", ">Méthode<", "Livre de codes", "Fréquence des codes",
        "Khi-deux", "Citations typiques", "Distribution nationale", "Tests statistiques", "(non renseigné)")) {
      assertFalse(html.contains(heading), heading);
    }
    String everything = html.replace("&apos;", "'") + readAll(english.resolve("tableaux"), ".csv")
        + readAll(english.resolve("graphiques"), ".svg");
    String data = studyData();
    for (String fragment : frenchOnlyFragments()) {
      // What the study itself says in French (a codebook's labels, the quotes) stays as it is.
      assertFalse(everything.contains(fragment) && !data.contains(fragment),
          "French tool wording in the English report: " + fragment);
    }
    assertTrue(Files.readString(english.resolve("tableaux/specificites-par-establishment.csv")).contains(",over-used,"));

    List<String> frenchTables = names(french.resolve("tableaux"));
    assertEquals(frenchTables, names(english.resolve("tableaux")));
    for (String table : frenchTables) {
      assertEquals(Files.readAllLines(french.resolve("tableaux").resolve(table)).size(),
          Files.readAllLines(english.resolve("tableaux").resolve(table)).size(), table);
    }
    assertEquals(names(french.resolve("graphiques")), names(english.resolve("graphiques")));
  }

  /** Pieces of the French wording (between arguments) that the English bundle does not share, 8 characters or more. */
  private static Set<String> frenchOnlyFragments() throws Exception {
    java.util.Properties fr = ReportTextTest.bundle("messages.properties");
    java.util.Properties en = ReportTextTest.bundle("messages_en.properties");
    String allEnglish = String.join("\n", en.stringPropertyNames().stream().map(en::getProperty).toList());
    Set<String> fragments = new java.util.TreeSet<>();
    for (String key : fr.stringPropertyNames()) {
      for (String piece : fr.getProperty(key).replace("''", "'").split("\\{\\d+}")) {
        String fragment = piece.strip();
        if (fragment.length() >= 8 && !allEnglish.replace("''", "'").contains(fragment)) {
          fragments.add(fragment);
        }
      }
    }
    assertTrue(fragments.size() > 100, String.valueOf(fragments.size()));
    return fragments;
  }

  /** The demo's sources and the shipped codebooks: the French the report quotes as data. */
  private static String studyData() throws Exception {
    StringBuilder data = new StringBuilder();
    for (Path root : List.of(TestStudies.DEMO, Path.of("models"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(md|csv|tsv|txt|yaml)")).toList()) {
          data.append(Files.readString(file)).append('\n');
        }
      }
    }
    return data.toString();
  }

  private static String readAll(Path folder, String extension) throws Exception {
    StringBuilder all = new StringBuilder();
    for (String name : names(folder)) {
      if (name.endsWith(extension)) {
        all.append(Files.readString(folder.resolve(name))).append('\n');
      }
    }
    return all.toString();
  }

  private static List<String> names(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aStudyWithNothingCodedSaysSoAndStillShowsTheCorpus() throws Exception {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    String html = Files.readString(pipeline.report(study, dir.resolve("out")));
    assertTrue(html.contains("Aucun segment n&apos;est encore codé") || html.contains("Aucun segment n'est encore codé"));
    assertTrue(html.contains("<tr><td>CHU1</td><td class=\"n\">10</td><td class=\"n\">172</td>"));
  }

  @Test
  void csvCellsThatLookLikeFormulasAreNeutralisedAndSheetNamesFitExcel() throws Exception {
    ReportTable table = new ReportTable("t", "t", List.of("=nom", "n"),
        List.of(List.of("=HYPERLINK(\"x\")", 1L), List.of("-2", new ReportTable.Decimal(1.0 / 3, 1))));
    Path csv = dir.resolve("t.csv");
    ReportFiles.writeCsv(csv, table);
    assertEquals("\ufeff'=nom,n\r\n\"'=HYPERLINK(\"\"x\"\")\",1\r\n'-2,0.3333333333\r\n", Files.readString(csv));
    Set<String> taken = new HashSet<>();
    String first = ReportFiles.sheetName("partenariat-type-x-establishment-residus", taken);
    String second = ReportFiles.sheetName("partenariat-type-x-establishment-residus-bis", taken);
    assertEquals(31, first.length());
    assertTrue(second.length() <= 31 && !second.equalsIgnoreCase(first), second);
  }

  @Test
  void userTextIsEscaped() throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), """
        name: "<script>alert(1)</script>"
        sources:
          - path: entretiens/
        """, "entretiens/<b>x.md", "IDE 1 : Bonjour <img src=x onerror=alert(1)>\n",
        "entretiens/cas.csv", "");
    Files.delete(folder.resolve("entretiens/cas.csv"));
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    String html = Files.readString(pipeline.report(study, dir.resolve("out")));
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<b>x.md"));
    assertTrue(html.contains("&lt;b&gt;x.md"));
  }

  @Test
  void anEmptyStudyStillGetsAReportThatSaysSo() throws Exception {
    Study study = Study.init(dir.resolve("vide"));
    String html = Files.readString(pipeline.report(study, dir.resolve("out")));
    assertTrue(html.contains("aucun segment"));
    assertTrue(Files.isRegularFile(dir.resolve("out/vide/tableaux.xlsx")));
  }

  @Test
  void anUnwritableOutputIsAUserError() throws Exception {
    Study study = Study.init(dir.resolve("e"));
    Path file = dir.resolve("fichier");
    Files.writeString(file, "pas un dossier");
    ParoleException e = assertThrows(ParoleException.class, () -> pipeline.report(study, file));
    assertTrue(e.getMessage().contains("--out"), e.getMessage());
  }

  /** The report's progress goes by each step's usual share of the time, so that the time left said is near the truth. */
  @Test
  void theReportsProgressGoesByEachStepsShareOfTheTime() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    pipeline.codeBySource(study);
    List<Long> said = new java.util.ArrayList<>();
    Progress recording = new Progress() {
      @Override
      public void update(String task, long done, long total) {
        if (task.equals("Rapport")) {
          assertEquals(100, total);
          said.add(done);
        }
      }

      @Override
      public void info(String message) { }

      @Override
      public void warn(String message) { }
    };
    try (fr.parole.study.StudyStore store = study.openStore()) {
      new ReportService(fr.parole.nlp.FrenchModels::load, recording).write(study, store, dir.resolve("reports"));
    }
    // Reading the codings is most of a large report (60-69 % over a million comments): not one step in eight.
    assertEquals(List.of(0L, 62L, 70L, 80L, 83L, 86L, 87L, 88L, 100L), said);
    assertEquals(ReportService.STEPS.size() + 1, said.size(), "one update at the start and one per step");
  }
}
