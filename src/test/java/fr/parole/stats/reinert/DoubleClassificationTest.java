package fr.parole.stats.reinert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DoubleClassificationTest {
  @Test
  void recoversThreeVocabulariesOnTheClassifiedSegments() {
    int[] truth = new int[600];
    BinaryMatrix matrix = ReinertClassificationTest.threeVocabularies(200, 7, truth);
    // The second classification's units: rows i and i + 3 (same group, as two consecutive pieces of
    // one text would be) merged.
    int[] unitOf = new int[matrix.rows()];
    for (int i = 0; i < unitOf.length; i++) {
      unitOf[i] = (i / 6) * 3 + i % 3;
    }
    DoubleClassification.Result result = DoubleClassification.classify(matrix, unitOf, 3,
        DoubleClassification.Criterion.CHI_SQUARE, Progress.SILENT);
    ReinertClassification.Result classes = result.result();
    assertEquals(3, classes.classes());
    assertTrue(classes.classified() >= 0.8 * matrix.rows(), "classified: " + classes.classified());
    int[] classified = IntStream.range(0, truth.length).filter(i -> classes.classOf()[i] > 0).toArray();
    double ari = ReinertClassificationTest.adjustedRandIndex(
        IntStream.of(classified).map(i -> truth[i]).toArray(), IntStream.of(classified).map(i -> classes.classOf()[i]).toArray());
    assertTrue(ari >= 0.9, "adjusted Rand index " + ari);
    // Same shape as the simple classification: a root holding the classified segments, a leaf per class.
    assertEquals(4, classes.nodes().size());
    assertEquals(classes.classified(), classes.nodes().get(0).size());
    assertFalse(result.truncated());
    assertEquals(600, result.second().classOf().length);
  }

  private static BitSet rows(int... rows) {
    BitSet set = new BitSet();
    IntStream.of(rows).forEach(set::set);
    return set;
  }

  private static List<BitSet> range(int... bounds) {
    return IntStream.range(0, bounds.length / 2).mapToObj(p -> {
      BitSet set = new BitSet();
      set.set(bounds[2 * p], bounds[2 * p + 1]);
      return set;
    }).toList();
  }

  @Test
  void thePartitionSearchFindsTheDisjointSetWithTheLargestChiSquareAndTheOneWithTheMostSegments() {
    // A: 0-19 (χ² 50), B: 20-39 (χ² 40), C: 10-29 overlaps A and B (χ² 100), D: 40-89 (χ² 10).
    List<DoubleClassification.Crossed> crossed = List.of(
        new DoubleClassification.Crossed(1, 1, range(10, 30).get(0), 20, 100),
        new DoubleClassification.Crossed(1, 2, range(0, 20).get(0), 20, 50),
        new DoubleClassification.Crossed(2, 1, range(20, 40).get(0), 20, 40),
        new DoubleClassification.Crossed(2, 2, range(40, 90).get(0), 50, 10));
    DoubleClassification.Search search = DoubleClassification.search(crossed, 4);
    // k = 2: C + A overlap; the best χ² is C + D (110), the most segments A + D or C + D (70; C + D has more χ²).
    assertArrayEquals(new int[] {0, 3}, search.bestChiSquare(2).classes());
    assertEquals(110, search.bestChiSquare(2).chiSquare(), 1e-9);
    assertArrayEquals(new int[] {0, 3}, search.bestSize(2).classes());
    // k = 3: only A + B + D are disjoint.
    assertArrayEquals(new int[] {1, 2, 3}, search.bestChiSquare(3).classes());
    assertEquals(90, search.bestSize(3).size());
    assertNull(search.bestChiSquare(4));
    assertFalse(search.truncated());
  }

  @Test
  void crossedClassesAreKeptWhenLargeAndAssociatedAndOnceForTheSameSegments() {
    // 100 segments; first: 0-49, 50-99 and 0-29 (a lower level); second: 0-29, 30-99 and 0-49.
    List<BitSet> first = range(0, 50, 50, 100, 0, 30);
    List<BitSet> second = range(0, 30, 30, 100, 0, 50);
    List<DoubleClassification.Crossed> kept = DoubleClassification.crossed(first, second, 100, 10, 3.84);
    // 0-29 comes from 0-49 × 0-29 and from 0-29 × 0-29 (kept once); 0-49 × 30-99 = 30-49 has fewer
    // segments than chance (35 expected): negative χ², left out.
    assertTrue(kept.stream().allMatch(c -> c.chiSquare() > 3.84 && c.size() > 10));
    assertEquals(kept.size(), kept.stream().map(DoubleClassification.Crossed::members).distinct().count());
    assertTrue(kept.stream().anyMatch(c -> c.members().equals(rows(IntStream.range(0, 50).toArray()))));
    assertEquals(1, kept.stream().filter(c -> c.members().equals(rows(IntStream.range(0, 30).toArray()))).count());
    assertTrue(kept.stream().noneMatch(c -> c.members().equals(rows(IntStream.range(30, 50).toArray()))));
  }

  @Test
  void signedChiSquareIsRsChisqTestWithYatesCorrection() {
    // R: chisq.test(matrix(c(30, 10, 10, 50), nrow = 2))$statistic = 30.25 (rounded: 30.2451...).
    double r = 100 * Math.pow(Math.abs(30 * 50 - 10 * 10) - 100 / 2.0, 2) / (40.0 * 60 * 40 * 60);
    assertEquals(r, DoubleClassification.signedChiSquare(30, 40, 40, 100), 1e-9);
    // Fewer in both than expected: negative.
    assertTrue(DoubleClassification.signedChiSquare(5, 40, 40, 100) < 0);
    assertEquals(0, DoubleClassification.signedChiSquare(10, 100, 40, 100));
  }
}
