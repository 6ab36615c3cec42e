package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.parole.coding.agreement.CodeScores;
import fr.parole.coding.agreement.DimensionEvaluation;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.coding.agreement.MultiLabelEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvaluationTest {
  @TempDir
  Path dir;

  private final Codebook book = GoldLabelsTest.BOOK;

  private GoldLabels gold(String tsv) throws Exception {
    Path gold = dir.resolve("gold.tsv");
    Files.writeString(gold, tsv);
    return GoldLabels.read(book, TextTable.read(gold), Map.of());
  }

  /** A coder that gives fixed suggestions per text. */
  private static Coder fixed(Map<String, List<Suggestion>> byText) {
    return text -> byText.getOrDefault(text.text(), List.of());
  }

  private static Suggestion s(String code, double confidence) {
    return new Suggestion(code, confidence, "model", "");
  }

  @Test
  void whatIsComparedIsWhatWouldBeCountedAtEachCodesThreshold() throws Exception {
    GoldLabels gold = gold("""
        id\ttext\ttype
        a\tun\tlevier|obstacle
        b\tdeux\tlevier
        c\ttrois\taucun
        """);
    Coder coder = fixed(Map.of(
        "un", List.of(s("type/levier", 0.9), s("type/manque_de_temps", 0.35)),
        "deux", List.of(s("type/levier", 0.45), s("type/obstacle", 0.6)),
        "trois", List.of(s("type/obstacle", 0.2))));
    // levier counts from 0.5, obstacle (and its sub-code's suggestion) from 0.3.
    EvaluationReport report = new GoldEvaluation(Tagged.tagger()).evaluate(gold, coder,
        Map.of("type/levier", 0.5, "type/obstacle", 0.3, "type/manque_de_temps", 0.3));
    MultiLabelEvaluation type = report.multiLabel("type").orElseThrow();
    // a: {levier, obstacle (from manque_de_temps)} right; b: {obstacle} for {levier}; c: {} right.
    assertEquals(List.of(new CodeScores("levier", 1, 0, 1), new CodeScores("obstacle", 1, 1, 0)), type.codes());
    assertEquals(2.0 * 2 / (2 * 2 + 1 + 1), type.microF1(), 1e-9);
    assertEquals(2, type.exactMatches());
    assertEquals(1, type.goldEmpty());
    assertEquals(1, type.predictedEmpty());
    assertEquals(1, type.bothEmpty());
    assertEquals(2, type.labels(), "levier and obstacle: manque_de_temps counts as obstacle here");
  }

  @Test
  void anExclusiveDimensionCountsItsMostConfidentCodeAboveThreshold() throws Exception {
    GoldLabels gold = gold("""
        id\ttext\tniveau
        a\tun\tinstitutionnel
        b\tdeux\tintermediaire
        c\ttrois\tinstitutionnel
        """);
    Coder coder = fixed(Map.of(
        "un", List.of(s("niveau/intermediaire", 0.55), s("niveau/institutionnel", 0.7)),
        "deux", List.of(s("niveau/intermediaire", 0.3)),
        "trois", List.of(s("niveau/institutionnel", 0.6))));
    DimensionEvaluation niveau = new GoldEvaluation(Tagged.tagger()).evaluate(gold, coder, Map.of())
        .dimension("niveau").orElseThrow();
    // b's only suggestion is under the default 0.5: nothing counted, wrong.
    assertEquals(3, niveau.units());
    assertEquals(2, niveau.correct());
  }

  @Test
  void theRulesOfASubCodeCountAsTheirParentWhenTheGoldUsesParents() throws Exception {
    GoldLabels gold = gold("""
        id\ttext\ttype
        a\tOn n'a pas le temps de les recevoir.\tobstacle
        b\tLa formation commune a tout changé.\tlevier
        c\tLe repas était bon.\tlevier
        """);
    MultiLabelEvaluation type = new GoldEvaluation(Tagged.tagger())
        .evaluate(gold, new RuleCoder(book), Map.of()).multiLabel("type").orElseThrow();
    assertEquals(List.of(new CodeScores("levier", 1, 0, 1), new CodeScores("obstacle", 1, 0, 0)), type.codes());
  }
}
