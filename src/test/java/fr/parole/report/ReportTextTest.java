package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CountTable;
import fr.parole.stats.CrosstabResult;
import fr.parole.stats.Crosstabs;
import fr.parole.stats.LemmaSpecificities;
import fr.parole.stats.MonteCarloChiSquare;
import fr.parole.stats.StatisticsException;
import fr.parole.study.LemmaCounts.LemmaCoverage;
import fr.parole.study.LemmaCounts.LemmaTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportTextTest {
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private final ReportText french = new ReportText(ReportLanguage.FRENCH);
  private final ReportText english = new ReportText(ReportLanguage.ENGLISH);

  static Properties bundle(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReportTextTest.class.getResourceAsStream("/fr/parole/report/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Properties fr = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    assertTrue(fr.size() > 150, "the report's wording is in the bundle: " + fr.size());
    assertEquals(new TreeMap<>(fr).keySet(), new TreeMap<>(en).keySet());
  }

  /** A key left in French in the English bundle would slip through: only words both languages share are equal. */
  @Test
  void englishTranslatesEverythingButSharedWords() throws IOException {
    Properties fr = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    java.util.Set<String> same = new java.util.TreeSet<>(fr.stringPropertyNames());
    same.removeIf(key -> !fr.getProperty(key).equals(en.getProperty(key)));
    assertEquals(new java.util.TreeSet<>(List.of("column.code", "column.segments", "column.sources", "column.total",
        "column.format", "corpus.title", "corpus.card.sources", "corpus.breakdown.segmentPercent",
        "corpus.unit.segments.one", "corpus.unit.segments.many",
        "memos.at", "memos.kind.code", "memos.kind.segment", "memos.kind.source",
        "corpus.sources.heading", "attribute.label.service", "attribute.label.questionnaire", "attribute.label.date", "themes.crosstab.title", "themes.cooccurrence.axis",
        "quotes.column.segment", "quotes.column.source", "specificities.score", "esatis.title", "esatis.survey.48h_mco",
        "esatis.column.dimension", "esatis.column.score", "esatis.column.scores", "esatis.column.minimum",
        "esatis.column.quartile1", "esatis.column.quartile3", "esatis.column.maximum", "esatis.distribution.axis",
        "esatis.distribution.scoreAxis", "questionnaires.title", "questionnaires.column.item", "method.sources.type",
        "method.agreement.dimension", "method.thresholds.code", "method.thresholds.dimension", "presence.analysed",
        "presence.method.fisher", "presence.tests.method", "presence.tests.p", "quotes.column.date",
        "quotes.column.service", "quotes.context", "services.chart.row", "summary.fromSources")), same);
  }

  /** Every pattern formats with ten sample arguments, in both languages, and no quote is left unpaired. */
  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void everyPatternFormatsAndDoublesItsApostrophes(ReportLanguage language) throws IOException {
    ReportText text = new ReportText(language);
    Properties raw = bundle(language == ReportLanguage.FRENCH ? "messages.properties" : "messages_en.properties");
    Object[] samples = {"A", 2L, "3", 4, "5", "6", "7", "8", "9", "10"};
    for (String key : raw.stringPropertyNames()) {
      String pattern = raw.getProperty(key);
      // A lone ' would start a MessageFormat quote and swallow the {0} after it.
      assertFalse(LONE_APOSTROPHE.matcher(pattern).find(), key + " = " + pattern);
      String formatted = text.get(key, samples);
      assertFalse(formatted.contains("''") || formatted.contains("{"), key + " → " + formatted);
      assertEquals(pattern.contains("''"), formatted.contains("'"), key + " → " + formatted);
    }
  }

  @Test
  void apostrophesAndArgumentsComeOutAsWritten() {
    assertEquals("tours de l'enquêteur (exclus)", french.get("corpus.card.interviewer"));
    assertEquals("L'étude ne contient encore aucun segment : importez des sources avec « parole import mon-etude ».",
        french.get("corpus.empty", "mon-etude"));
    assertEquals("interviewer's turns (left out)", english.get("corpus.card.interviewer"));
    // Numbers are not regrouped by the pattern: the report formats them itself.
    assertEquals("p-valeur simulée (Monte-Carlo, 2000 tableaux)", french.get("crosstab.test.monteCarlo", 2000));
  }

  @Test
  void numbersFollowTheLanguage() {
    assertEquals("12\u00a0345", french.integer(12_345));
    assertEquals("35,0", french.decimal(35, 1));
    assertEquals("12,345", english.integer(12_345));
    assertEquals("35.0", english.decimal(35, 1));
    assertEquals("0.333", english.cell(ReportTable.decimal(1.0 / 3, 3)));
  }

  @Test
  void attributesAndMissingValues() {
    assertEquals("Établissement", french.label("establishment"));
    assertEquals("Par niveau de partenariat", french.title("level"));
    assertEquals("Par service", french.title("service"));
    assertEquals("Par projet_x", french.title("projet_x"));
    assertEquals("By partnership level", english.title("level"));
    assertEquals("By service", english.title("service"));
    assertEquals("(non renseigné)", french.value(null));
    assertEquals(CodeFrequencies.MISSING, french.group(" "));
    assertEquals("(not recorded)", english.value(CodeFrequencies.MISSING));
    assertEquals("(not recorded)", english.group(null));
    assertEquals("CHU1", english.value("CHU1"));
  }

  @Test
  void frenchIsFoundWhateverTheMachinesLanguage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals("Thèmes", new ReportText(ReportLanguage.FRENCH).get("themes.title"));
      assertEquals("Themes", new ReportText(ReportLanguage.ENGLISH).get("themes.title"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void smallExpectedCountWarningsInBothLanguages() {
    CountTable large = CountTable.of("type", "niveau", List.of("a", "b", "c"), List.of("x", "y", "z"),
        new long[][] {{3, 0, 1}, {0, 2, 2}, {1, 1, 4}});
    CrosstabResult tooLarge = new Crosstabs(new MonteCarloChiSquare(1, 100, 10)).analyse(large);
    assertEquals("Effectifs attendus trop faibles pour le khi-deux (9 case(s) sur 9 sous 5, minimum 0,86) : le tableau "
        + "est trop grand (n = 14) pour un test exact ; la p-valeur du khi-deux n'est qu'indicative, regroupez des "
        + "modalités.", CrosstabView.warning(french, tooLarge.warning().orElseThrow(), tooLarge));
    assertEquals("Expected counts too small for the chi-square (9 cell(s) of 9 below 5, minimum 0.86): the table is "
        + "too large (n = 14) for an exact test; the chi-square p-value is only indicative, merge some categories.",
        CrosstabView.warning(english, tooLarge.warning().orElseThrow(), tooLarge));

    CrosstabResult simulated = new Crosstabs().analyse(large);
    assertEquals("Effectifs attendus trop faibles pour le khi-deux (9 case(s) sur 9 sous 5, minimum 0,86) : la p-valeur "
        + "retenue est simulée (Monte-Carlo, 2000 tableaux de mêmes marges, graine 20240501).",
        CrosstabView.warning(french, simulated.warning().orElseThrow(), simulated));

    CountTable twoByTwo = CountTable.of("polarité", "établissement", List.of("positif", "à améliorer"),
        List.of("CH 2", "CHU 1"), new long[][] {{8, 2}, {1, 5}});
    CrosstabResult fisher = new Crosstabs().analyse(twoByTwo);
    assertEquals("Effectifs attendus trop faibles pour le khi-deux (3 case(s) sur 4 sous 5, minimum 2,63) : la p-valeur "
        + "retenue est celle du test exact de Fisher.", CrosstabView.warning(french, fisher.warning().orElseThrow(), fisher));
    assertTrue(CrosstabView.warning(english, fisher.warning().orElseThrow(), fisher).endsWith("Fisher's exact test's."));
  }

  /** The French wording of a refusal is the sentence the statistics write themselves; English is its own. */
  @Test
  void statisticsRefusalsAreWordedInTheReportsLanguage() {
    List<StatisticsException> refusals = new ArrayList<>();
    Crosstabs crosstabs = new Crosstabs();
    refusals.add(assertThrows(StatisticsException.class,
        () -> CountTable.tally("type", "niveau", List.of())));
    refusals.add(assertThrows(StatisticsException.class, () -> crosstabs.analyse(CountTable.tally("type",
        "Établissement", List.of(Map.entry("frein", "CHU1"), Map.entry("levier", "CHU1"))))));
    refusals.add(assertThrows(StatisticsException.class, () -> crosstabs.analyse(CountTable.of("type", "niveau",
        List.of("a", "b"), List.of("x", "y"), new long[][] {{0, 0}, {1, 2}}))));
    refusals.add(assertThrows(StatisticsException.class, () -> crosstabs.analyse(CountTable.of("type", "niveau",
        List.of("a", "b"), List.of("x", "y"), new long[][] {{1, 0}, {2, 0}}))));
    LemmaSpecificities specificities = new LemmaSpecificities();
    for (LemmaCoverage coverage : List.of(new LemmaCoverage(0, 3, 0, 5, 0, 0), new LemmaCoverage(2, 2, 1, 5, 10, 40),
        new LemmaCoverage(2, 3, 5, 5, 10, 40), new LemmaCoverage(3, 3, 5, 5, 10, 40))) {
      refusals.add(assertThrows(StatisticsException.class,
          () -> specificities.top(new LemmaTable("establishment", new TreeMap<>(), coverage), 5, 1)));
    }
    SortedMap<String, SortedMap<String, Long>> oneGroup = new TreeMap<>(Map.of("CHU1", new TreeMap<>(Map.of("soin", 4L))));
    refusals.add(assertThrows(StatisticsException.class, () -> specificities.top(
        new LemmaTable("establishment", oneGroup, new LemmaCoverage(3, 3, 5, 5, 10, 40)), 5, 1)));

    for (StatisticsException e : refusals) {
      assertTrue(e.key().isPresent() && french.has("stats." + e.key().get()), e.getMessage());
      assertEquals(e.getMessage(), french.problem(e));
      String inEnglish = english.problem(e);
      assertNotEquals(e.getMessage(), inEnglish);
      assertFalse(inEnglish.contains(" : ") || inEnglish.contains("«"), inEnglish);
    }
    assertEquals("The table “type” × “niveau” has an empty row: “a” (type) has no count; leave it out or merge it "
        + "with another category.", english.problem(refusals.get(2)));
    // A refusal the report has no wording for keeps its own message.
    assertEquals("sans clé", english.problem(new StatisticsException("sans clé")));
  }

  @Test
  void lemmaCountWarningsSayInFrenchWhatTheStatusCommandSays() {
    for (LemmaCoverage coverage : List.of(new LemmaCoverage(0, 3, 0, 5, 0, 0), new LemmaCoverage(2, 2, 1, 5, 10, 40),
        new LemmaCoverage(2, 3, 5, 5, 10, 40), new LemmaCoverage(3, 3, 5, 5, 10, 40))) {
      assertEquals(coverage.warning(), french.coverage(coverage));
      assertEquals(coverage.warning().isPresent(), english.coverage(coverage).isPresent());
    }
    assertEquals("The lemma counts cover 2 source(s) of 3: sources without a codebook are neither coded nor counted.",
        english.coverage(new LemmaCoverage(2, 3, 5, 5, 10, 40)).orElseThrow());
  }

  @Test
  void languagesAreChosenByTheirCode() {
    assertEquals(ReportLanguage.ENGLISH, ReportLanguage.of(" EN ").orElseThrow());
    assertEquals(ReportLanguage.FRENCH, ReportLanguage.of("fr").orElseThrow());
    assertTrue(ReportLanguage.of("de").isEmpty());
    assertTrue(ReportLanguage.of(null).isEmpty());
    assertEquals("fr, en", ReportLanguage.codes());
  }
}
