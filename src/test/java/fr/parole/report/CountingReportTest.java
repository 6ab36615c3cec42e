package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.CodeThreshold;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import fr.parole.study.StoreTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the demo report counts and says about its themes, as a quality team reads it: every code a
 * comment carries, shares of the comments analysed, a test per theme, the points to improve by
 * service, quotes never repeated and with their context, a summary at the top, the thresholds in
 * the method, labels rather than ids. The demo is built once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountingReportTest {
  private Path dir;
  private final Pipeline pipeline = new Pipeline(Progress.SILENT);
  private Study study;
  private Path folder;
  private String html;

  @BeforeAll
  void buildTheDemo(@TempDir Path temporary) throws Exception {
    dir = temporary;
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    folder = pipeline.run(study, dir.resolve("rapport")).report().getParent();
    html = Files.readString(folder.resolve("index.html"));
  }

  /**
   * The partnership model, trained on constructed interview turns as well as the dev quotes, counts
   * obstacles: the partnership interviews' main grid is levers and obstacles (12 of the 36 quotes are
   * obstacles), and a report with none would mislead. The quotes shown under « Obstacle » are among
   * the quotes coded obstacle in the reference.
   */
  @Test
  void obstaclesAreCountedInThePartnershipInterviews() throws Exception {
    CSVRecord obstacle = csv("partenariat-type-frequences.csv").stream().filter(r -> r.get(0).equals("type/obstacle"))
        .findFirst().orElseThrow();
    assertEquals("Obstacle (avec ses sous-codes)", obstacle.get(1));
    assertTrue(Long.parseLong(obstacle.get(2)) >= 10, "obstacles counted: " + obstacle);
    assertFalse(text().contains("Pas encore reconnu par la machine"), "every partnership type is recognised");
    Map<String, String> goldType = new HashMap<>();
    for (String line : Files.readAllLines(Path.of("corpora/demo/reference/gold-partenariat.tsv"))) {
      String[] cells = line.split("\t");
      goldType.put(QuotesView.normalised(cells[1]), cells[2]);
    }
    List<String> shown = csv("citations-partenariat.csv").stream().filter(r -> r.get(0).equals("type/obstacle"))
        .map(r -> QuotesView.normalised(r.get(11))).toList();
    assertFalse(shown.isEmpty(), "typical quotes of obstacles");
    for (String quote : shown) {
      assertEquals("obstacle", goldType.getOrDefault(quote, "obstacle"), "a quote shown as an obstacle: " + quote);
    }
  }

  /**
   * A top-level code the machine suggested only below its threshold counts for nothing: the report
   * says so (in the summary and under the frequencies) rather than leaving it out. Here a study's
   * codebook sets « Pratique » a threshold no suggestion reaches.
   */
  @Test
  void aCodeSuggestedOnlyBelowItsThresholdIsNamedNotLeftOut() throws Exception {
    Study strict = Study.open(TestStudies.copyOfDemo(dir.resolve("strict")));
    String book = Files.readString(Path.of("models/codebooks/partenariat.yaml"))
        .replace("      - id: pratique\n        label: Pratique\n", "      - id: pratique\n        label: Pratique\n"
            + "        threshold: 0.999\n");
    assertTrue(book.contains("threshold: 0.999"));
    Files.writeString(strict.folder().resolve("partenariat-strict.yaml"), book);
    Path yaml = strict.folder().resolve("study.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("codebook: partenariat", "codebook: partenariat-strict.yaml"));
    strict = Study.open(strict.folder());
    Path out = pipeline.run(strict, dir.resolve("r-strict")).report().getParent();
    String page = text(Files.readString(out.resolve("index.html")));
    assertTrue(csvIn(out, "partenariat-type-frequences.csv").stream().noneMatch(r -> r.get(0).equals("type/pratique")),
        "not counted");
    Matcher note = Pattern.compile("Codes sans extraits comptés, que la machine a suggérés sous leur seuil \\(elle ne "
        + "sait pas encore les reconnaître dans cette étude\\) : Pratique \\(suggéré pour (\\d+) extraits\\)").matcher(page);
    assertTrue(note.find(), "the frequencies say which code the machine cannot tell yet");
    assertTrue(Integer.parseInt(note.group(1)) >= 5, note.group());
    assertTrue(page.contains("Pas encore reconnu par la machine, donc pas compté : Pratique"), "and so does the summary");
    assertFalse(page.contains("Thèmes des verbatims e-Satis » : Pas encore"), "e-Satis themes are all recognised");
  }

  /**
   * Every suggestion at or above its code's calibrated threshold counts: 1,287 of the 1,614 esatis
   * codings the demo stores (before issue 10, the best one per comment kept 425); « Relations
   * humaines », which the best-per-comment rule always dropped, shows; co-occurrences are off the
   * diagonal.
   */
  @Test
  void everyCodeACommentCarriesCounts() throws Exception {
    assertTrue(text().contains("Ce livre de codes a été appliqué à 446 commentaires : 442 portent au moins un code, "
        + "4 n'en portent aucun. 1 287 codes comptés sur 1 614 codages enregistrés"), "esatis summary");
    List<CSVRecord> frequencies = csv("esatis-esatis-frequences.csv");
    assertEquals(List.of("code_id", "Thème e-Satis", "commentaires", "% des commentaires"),
        frequencies.get(0).toList(), "comments are no « sources »: no source columns");
    long total = 0;
    double percents = 0;
    for (CSVRecord row : frequencies.subList(1, frequencies.size() - 1)) {
      total += Long.parseLong(row.get(2));
      percents += Double.parseDouble(row.get(3));
      assertEquals(100.0 * Long.parseLong(row.get(2)) / 446, Double.parseDouble(row.get(3)), 1e-6, row.toString());
    }
    assertEquals(1287, total, "each comment counted once per theme it carries");
    assertTrue(percents > 100, "shares of comments add up to more than 100 %: " + percents);
    assertEquals(List.of("", "Aucun code de cette dimension", "4"), frequencies.get(frequencies.size() - 1).toList()
        .subList(0, 3));
    assertTrue(frequencies.stream().anyMatch(r -> r.get(0).equals("esatis/relations_humaines")
        && Long.parseLong(r.get(2)) > 5), "a theme the best-per-comment rule left at 0");
    assertTrue(text().contains("le total des pourcentages peut dépasser 100 %"));

    List<CSVRecord> cooccurrences = csv("esatis-cooccurrences.csv");
    long offDiagonal = 0;
    for (int i = 1; i < cooccurrences.size(); i++) {
      for (int j = 2; j < cooccurrences.get(i).size(); j++) {
        offDiagonal += j - 1 == i ? 0 : Long.parseLong(cooccurrences.get(i).get(j));
      }
    }
    assertTrue(offDiagonal > 100, "codes on the same comments: " + offDiagonal);
    assertEquals("Accueil", cooccurrences.get(0).get(2), "labels, not ids, head the columns");
  }

  /** Comments carry several themes: a test per theme (with Holm), not a chi-square of theme × establishment. */
  @Test
  void aTestPerThemeWhereACommentCarriesSeveral() throws Exception {
    assertFalse(Files.exists(folder.resolve("tableaux/esatis-esatis-x-establishment-residus.csv")));
    List<CSVRecord> shares = csv("esatis-esatis-x-establishment.csv");
    assertEquals(List.of("code_id", "Thème e-Satis", "CH2", "CHU1", "CHU3", "Ensemble"), shares.get(0).toList());
    assertEquals(List.of("", "Commentaires (n)", "152", "150", "144", "446"), shares.get(1).toList());
    List<CSVRecord> tests = csv("esatis-esatis-x-establishment-tests.csv");
    assertEquals(15, tests.size(), "one test per theme: 14 themes");
    for (CSVRecord row : tests.subList(1, tests.size())) {
      assertTrue(Double.parseDouble(row.get(7)) >= Double.parseDouble(row.get(6)), "Holm never lowers p: " + row);
    }
    assertTrue(text().contains("14 tests lus ensemble : p-valeurs ajustées par la méthode de Holm"));
    // Polarity: « Relations humaines » only in positive comments, a difference the test supports.
    assertTrue(csv("esatis-esatis-x-polarity-tests.csv").stream().anyMatch(r -> r.get(0).equals("esatis/relations_humaines")
        && r.get(8).startsWith("plus souvent : Positif")));
  }

  @Test
  void pointsToImproveByServiceNameTheFewCommentsTheyRestOn() throws Exception {
    assertTrue(html.indexOf("<h2 id=\"verbatims\">") < html.indexOf("<h2 id=\"themes\">"));
    assertTrue(text().contains("446 commentaires, dont 223 « À améliorer », 223 « Positif »."));
    List<CSVRecord> services = csv("esatis-esatis-par-service.csv");
    CSVRecord maternite = services.stream().filter(r -> r.get(0).equals("Maternité")).findFirst().orElseThrow();
    assertEquals("13", maternite.get(1));
    assertTrue(maternite.get(2).startsWith("Attente et délais 46 % (6)"), maternite.toString());
    assertEquals("8", maternite.get(3));
    assertEquals("moins de 10 : pas de classement", maternite.get(4));
    List<CSVRecord> all = csv("esatis-esatis-par-service-polarite.csv");
    CSVRecord first = all.stream().filter(r -> r.get(0).equals("Maternité") && r.get(1).equals("À améliorer")
        && r.get(2).equals("1")).findFirst().orElseThrow();
    assertEquals(List.of("esatis/attente", "Attente et délais", "6", "13"), first.toList().subList(3, 7));
    assertTrue(Files.isRegularFile(folder.resolve("graphiques/esatis-esatis-services-a-ameliorer.png")));
  }

  /** A text once in a codebook's quotes, each with where it comes from in words, filterable for comments. */
  @Test
  void quotesAreNeverRepeatedAndSayWhereTheyComeFrom() throws Exception {
    for (String codebook : List.of("esatis", "partenariat")) {
      List<String> texts = new ArrayList<>();
      for (CSVRecord row : csv("citations-" + codebook + ".csv").subList(1, csv("citations-" + codebook + ".csv").size())) {
        String text = QuotesView.normalised(row.get(11));
        assertTrue(texts.stream().noneMatch(t -> t.equals(text) || t.length() >= 20 && text.contains(t)
            || text.length() >= 20 && t.contains(text)), "quoted twice, or within another quote: " + row.get(11));
        texts.add(text);
      }
    }
    List<CSVRecord> comments = csv("citations-esatis.csv");
    for (CSVRecord row : comments.subList(1, comments.size())) {
      assertFalse(row.get(5).isEmpty() || row.get(6).isEmpty() || row.get(9).isEmpty(), row.toString());
      assertTrue(row.get(7).matches("\\d{4}-\\d{2}-\\d{2}"), "an ISO date in the CSV: " + row);
    }
    String quotes = html.substring(html.indexOf("id=\"quotes-esatis\""), html.indexOf("id=\"theme-partenariat\""));
    assertFalse(quotes.contains("(non renseigné)"));
    assertTrue(quotes.contains("<footer>À améliorer — "), "polarity, service, establishment, date");
    assertTrue(Pattern.compile("<footer>[^<]+, CH(U1|U3|2), \\d{1,2} [a-zéû]+ 20(19|20) <span").matcher(quotes).find());
    assertTrue(html.contains("<select data-filter=\"service\">") && html.contains("<option>Cardiologie</option>"));
    assertTrue(html.contains("<option value=\"a_ameliorer\">À améliorer</option>"));
    // Interview turns: the speaker's role and establishment, nothing missing said.
    String turns = html.substring(html.indexOf("id=\"quotes-partenariat\""));
    assertTrue(turns.contains("<footer>Direction qualité (DQ), CHU1 <span"), "role (its label in study.yaml) and establishment");
    int block = html.indexOf("id=\"quotes-partenariat\"");
    assertFalse(html.substring(html.lastIndexOf("<h3>", block), block).contains("data-filter"), "no filter for turns");
  }

  /** Quotes of a codebook with several dimensions come dimension by dimension, each under its name. */
  @Test
  void quotesOfSeveralDimensionsAreGroupedByDimension() {
    String turns = html.substring(html.indexOf("id=\"quotes-partenariat\""));
    turns = turns.substring(0, turns.indexOf("</div>\n<p class=\"note\" data-empty"));
    List<String> headings = new ArrayList<>();
    Matcher m = Pattern.compile("<h4 class=\"dimension\">([^<]+)</h4>").matcher(turns);
    while (m.find()) {
      headings.add(m.group(1));
    }
    assertEquals(List.of("Type d&apos;énoncé", "Niveau de partenariat", "Acteurs"), headings.subList(0, 3));
    int types = turns.indexOf(">Type d&apos;énoncé</h4>");
    int levels = turns.indexOf(">Niveau de partenariat</h4>");
    assertTrue(turns.indexOf("<h5>Obstacle</h5>") > types && turns.indexOf("<h5>Obstacle</h5>") < levels, turns);
    assertTrue(turns.indexOf("<h5>Institutionnel (macro)</h5>") > levels, "a level after the types");
    int lever = turns.indexOf("<h5>Levier</h5>");
    int subCode = turns.indexOf("<h5>Levier › ");
    assertTrue(subCode > lever && turns.substring(lever, subCode).split("<h5>").length == 2, "a sub-code right after its parent");
  }

  @Test
  void theSummaryComesFirstInPlainWords() {
    int summary = html.indexOf("<h2 id=\"resume\">En bref</h2>");
    assertTrue(summary > 0 && summary < html.indexOf("<h2 id=\"corpus\">"));
    String top = text(html.substring(summary, html.indexOf("<h2 id=\"corpus\">")));
    assertTrue(top.contains("Analyse de 446 commentaires, de 3 établissements, de janvier 2019 à décembre 2020"), top);
    assertTrue(top.contains("Thèmes les plus cités : Prise en charge paramédicale (35 % des commentaires)"), top);
    assertTrue(top.contains("Dans les points à améliorer : ") && top.contains("Dans les points positifs : Relations humaines"));
    assertTrue(top.contains("Aucun écart net entre les établissements ni entre les services"), top);
    assertTrue(top.contains("Aucun des 1 287 codes comptés n'a encore été vérifié par une personne"), top);
    assertFalse(Pattern.compile("esatis/|a_ameliorer|type/|segment").matcher(top).find(), "no ids, no jargon: " + top);
  }

  /** Labels on the page, the rolled-up parent said so, no dimension crossed with the attribute it is coded from. */
  @Test
  void themesShowLabelsAndNoTableOfALevelByItself() throws Exception {
    String themes = text(html.substring(html.indexOf("<h2 id=\"themes\">"), html.indexOf("<h2 id=\"par-etablissement\">")));
    assertFalse(Pattern.compile("(esatis|type|niveau|acteur)/[a-z_]+").matcher(themes).find(), "ids on the page");
    assertTrue(themes.contains("Levier (avec ses sous-codes)") && themes.contains("Levier › Soutien managérial"));
    assertTrue(themes.contains("tours de parole") || themes.contains("extraits"), "turns are not « comments »");
    assertFalse(Files.exists(folder.resolve("tableaux/partenariat-niveau-par-level.csv")), "Niveau × Niveau");
    assertTrue(Files.exists(folder.resolve("tableaux/partenariat-type-par-level.csv")));
    Path cut = pipeline.report(study, dir.resolve("niveau"), new ReportOptions(List.of("level"), List.of("niveau"),
        ReportLanguage.FRENCH)).getParent();
    assertFalse(Files.exists(cut.resolve("tableaux/partenariat-niveau-x-level.csv")), "Niveau × Niveau");
    assertFalse(Files.exists(cut.resolve("tableaux/partenariat-niveau-x-level-tests.csv")));
  }

  /**
   * A study whose thresholds the store gives: a calibrated 0.99 for « Accueil » leaves its
   * suggestions (at most 0.98 in the demo) out, and the method says where each threshold comes from; a codebook that makes its
   * dimension exclusive keeps one theme per comment and gets the chi-square of theme × establishment.
   */
  @Test
  void calibratedThresholdsAndAnExclusiveDimensionChangeWhatCounts() throws Exception {
    Study exclusive = Study.open(TestStudies.copyOfDemo(dir.resolve("exclusif")));
    String book = Files.readString(Path.of("models/codebooks/esatis.yaml"))
        .replace("  - id: esatis\n    label: Thème e-Satis\n", "  - id: esatis\n    label: Thème e-Satis\n    exclusive: true\n");
    Files.writeString(exclusive.folder().resolve("esatis-exclusif.yaml"), book);
    Path yaml = exclusive.folder().resolve("study.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("codebook: esatis", "codebook: esatis-exclusif.yaml"));
    exclusive = Study.open(exclusive.folder());
    pipeline.run(exclusive, dir.resolve("r1"));
    try (StudyStore store = exclusive.openStore(); StoreTransaction tx = store.begin()) {
      tx.codings().replaceThresholds("esatis", List.of(new CodeThreshold("esatis/accueil", 0.99, "calibrated", 0.82),
          new CodeThreshold("esatis/repas", 0.5, "codebook", null)));
      tx.commit();
    }
    Path out = pipeline.report(exclusive, dir.resolve("r2")).getParent();
    String page = text(Files.readString(out.resolve("index.html")));
    List<CSVRecord> frequencies = csvIn(out, "esatis-esatis-frequences.csv");
    assertTrue(frequencies.stream().noneMatch(r -> r.get(0).equals("esatis/accueil")), "under 0.99: not counted");
    long counted = frequencies.subList(1, frequencies.size() - 1).stream().mapToLong(r -> Long.parseLong(r.get(2))).sum();
    long none = Long.parseLong(frequencies.get(frequencies.size() - 1).get(2));
    assertEquals(446, counted + none, "one theme per comment: the shares add up to 100 %");
    assertTrue(page.contains("Dimension exclusive : au plus un code compté par unité"));
    assertTrue(Files.exists(out.resolve("tableaux/esatis-esatis-x-establishment-residus.csv")), "the chi-square crosstab");
    assertTrue(page.contains("Thème e-Satis : un seul code par commentaire (dimension exclusive)"));
    List<CSVRecord> thresholds = csvIn(out, "methode-seuils.csv");
    CSVRecord accueil = thresholds.stream().filter(r -> r.get(1).equals("esatis/accueil")).findFirst().orElseThrow();
    assertEquals(List.of("Accueil", "0.99", "calibré sur les textes d'apprentissage", "0.82"), accueil.toList().subList(3, 7));
    CSVRecord repas = thresholds.stream().filter(r -> r.get(1).equals("esatis/repas")).findFirst().orElseThrow();
    assertEquals(List.of("0.5", "livre de codes", ""), repas.toList().subList(4, 7));
    CSVRecord douleur = thresholds.stream().filter(r -> r.get(1).equals("esatis/douleur")).findFirst().orElseThrow();
    assertEquals(List.of("0.5", "aucun enregistré (défaut)"), douleur.toList().subList(4, 6));
    assertTrue(page.contains("calibré par validation croisée sur les textes d'apprentissage du modèle"));
  }

  private String text() {
    return text(html);
  }

  /** The page as read: tags dropped, entities of apostrophes undone. */
  private static String text(String page) {
    Matcher m = Pattern.compile("<style>.*?</style>|<script>.*?</script>|<[^>]+>", Pattern.DOTALL).matcher(page);
    return m.replaceAll(" ").replace("&apos;", "'").replace("&quot;", "\"").replace("&amp;", "&")
        .replace('\u00a0', ' ').replaceAll("[ \\t]+", " ");
  }

  private List<CSVRecord> csv(String name) throws Exception {
    return csvIn(folder, name);
  }

  private static List<CSVRecord> csvIn(Path report, String name) throws Exception {
    String content = Files.readString(report.resolve("tableaux").resolve(name)).replace("\ufeff", "");
    return new ArrayList<>(CSVFormat.RFC4180.parse(new java.io.StringReader(content)).getRecords());
  }
}
