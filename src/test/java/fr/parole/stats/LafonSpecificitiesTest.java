package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Lafon's specificities against SciPy's hypergeometric tails (small corpus) and against the tail
 * summed term by term with mpmath at 60 digits (large corpus), see reference.py.
 */
class LafonSpecificitiesTest {
  private static final double TOLERANCE = 1e-9;

  private final Specificities specificities = new Specificities();

  @Test
  void smallCorpusMatchesScipy() {
    Map<String, Map<String, Long>> table = Map.of(
        "A", Map.of("soignant", 12L, "attente", 2L, "famille", 5L, "douleur", 1L),
        "B", Map.of("soignant", 3L, "attente", 9L, "famille", 4L, "douleur", 6L));
    List<Specificity> scores = specificities.compute(table);

    assertEquals(8, scores.size());
    // Group A first, from the most over-represented word to the most under-represented one.
    assertEquals(List.of("soignant", "famille", "douleur", "attente"),
        scores.subList(0, 4).stream().map(Specificity::word).toList());
    assertScore(scores, "A", "attente", -1.597481625721041);
    assertScore(scores, "A", "douleur", -1.2101739699142122);
    assertScore(scores, "A", "famille", 0.3615428911905139);
    assertScore(scores, "A", "soignant", 2.666287166828054);
    assertScore(scores, "B", "attente", 1.597481625721041);
    assertScore(scores, "B", "douleur", 1.2101739699142122);
    assertScore(scores, "B", "famille", -0.3615428911905118);
    assertScore(scores, "B", "soignant", -2.666287166828054);
    Specificity soignant = scores.get(0);
    assertEquals(15, soignant.corpusFrequency());
    assertEquals(20, soignant.groupSize());
    assertEquals(42, soignant.corpusSize());
    assertEquals(15.0 * 20 / 42, soignant.expected(), TOLERANCE);
    assertTrue(soignant.overRepresented());
  }

  @Test
  void largeCorpusMatchesHighPrecisionTails() {
    // k, f, t, T as in reference.py; the mpmath values are the exact tails to 60 digits.
    assertEquals(13.102867713215996, score(520, 5_000, 150_000, 2_000_000), TOLERANCE);
    assertEquals(-4.742099640292034, score(300, 5_000, 150_000, 2_000_000), TOLERANCE);
    assertEquals(125.93286491455696, score(6_500, 20_000, 500_000, 2_000_000), TOLERANCE);
    // P(X <= 0) = 10^-5056: far below the smallest double, kept exact through logarithms.
    assertEquals(-5056.370848786436, score(0, 40_000, 500_000, 2_000_000), 1e-8);
  }

  @Test
  void wordAtItsExpectedFrequencyScoresZero() {
    // k = f·t/T exactly: counted as over-represented (as TXM does), P(X >= k) is about one half.
    Specificity s = Specificities.specificity("A", "mot", 5, 10, 50, 100);
    assertTrue(s.score() > 0 && s.score() < 0.5, "score " + s.score());
    // A word found only in one group that is the whole corpus: P = 1, score 0, never -0.
    assertEquals("0.0", Double.toString(Specificities.specificity("A", "mot", 3, 3, 10, 10).score()));
  }

  @Test
  void negativeCountAndEmptyCorpusAreRefused() {
    assertThrows(StatisticsException.class, () -> specificities.compute(Map.of("A", Map.of("mot", -1L))));
    StatisticsException e = assertThrows(StatisticsException.class, () -> specificities.compute(Map.of("A", Map.of())));
    assertTrue(e.getMessage().startsWith("Aucune occurrence"));
  }

  @Test
  void tableHasOneRowPerGroupAndWord() {
    Table table = Specificities.toTable(specificities.compute(Map.of("A", Map.of("x", 2L), "B", Map.of("x", 1L, "y", 3L))));
    assertEquals(4, table.rowCount());
    assertEquals(List.of("group", "word", "groupFrequency", "corpusFrequency", "expected", "score"), table.columnNames());
  }

  private static double score(long k, long f, long t, long total) {
    return Specificities.specificity("g", "w", k, f, t, total).score();
  }

  private static void assertScore(List<Specificity> scores, String group, String word, double expected) {
    Specificity s = scores.stream().filter(x -> x.group().equals(group) && x.word().equals(word)).findFirst().orElseThrow();
    assertEquals(expected, s.score(), TOLERANCE, group + "/" + word);
  }
}
