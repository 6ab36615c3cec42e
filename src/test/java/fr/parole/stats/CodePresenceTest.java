package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The test per code of a non-exclusive dimension against values computed apart from the
 * definitions (src/test/resources/fr/parole/stats/reference_per_code.py: exact fractions and mpmath,
 * since SciPy could not be installed; its output is reference-per-code-output.txt): Pearson's X² of
 * each code's 2 × k table (with it / without it, by group), its p-value, adjusted residuals, the
 * exact conditional p-value that the Monte-Carlo estimates, Fisher's exact test for two small
 * groups, and Holm's adjustment over the codes tested.
 */
class CodePresenceTest {
  private static final double TOLERANCE = 1e-9;
  private final CodePresence presence = new CodePresence();

  /** Three establishments of 40, 50 and 30 segments; x, y and w are codes (y on only 3 segments). */
  @Test
  void eachCodeIsTestedOnItsOwnAndAdjustedForTheOthers() {
    CodePresence.Table table = presence.analyse("establishment", Map.of("A", 40L, "B", 50L, "C", 30L, "D", 0L),
        Map.of("x", Map.of("A", 12L, "B", 25L, "C", 6L), "y", Map.of("A", 2L, "B", 1L),
            "w", Map.of("A", 20L, "B", 21L, "C", 14L)));
    assertEquals(List.of("A", "B", "C"), table.groups(), "a group without segments is left out");
    assertEquals(List.of(40L, 50L, 30L), table.sizes());
    assertEquals(120, table.total());
    assertEquals(3, table.tested());
    CodePresence.Row w = table.rows().get(0);
    CodePresence.Row x = table.rows().get(1);
    CodePresence.Row y = table.rows().get(2);
    assertEquals(List.of("w", "x", "y"), List.of(w.code(), x.code(), y.code()));

    CrosstabResult rx = x.test().orElseThrow();
    assertEquals(8.227121715493809, rx.chiSquare(), TOLERANCE);
    assertEquals(2, rx.degreesOfFreedom());
    assertEquals(0.016349452674794925, rx.pValue(), TOLERANCE);
    assertTrue(rx.exactTest().isEmpty(), "expected counts large enough: the chi-square stands");
    double[] residuals = {-0.9423105963758889, 2.7352431317637262, -2.088353460306388};
    for (int j = 0; j < 3; j++) {
      assertEquals(residuals[j], rx.cell(0, j).adjustedResidual(), TOLERANCE);
    }
    assertEquals(43, x.coded());
    assertEquals(50.0, x.percent(table, 1), TOLERANCE);
    assertEquals(0.7467476476351262, w.test().orElseThrow().pValue(), TOLERANCE);
    assertEquals(0.5840559440559441, w.test().orElseThrow().chiSquare(), TOLERANCE);

    // y: 3 segments in 120, expected counts far under 5: the p-value is simulated, and it estimates
    // the exact conditional one (0.4810) to within its standard error (about 0.011 for 2,000 tables).
    CrosstabResult ry = y.test().orElseThrow();
    assertEquals(1.8461538461538463, ry.chiSquare(), TOLERANCE);
    assertEquals(CrosstabResult.ExactTest.Method.MONTE_CARLO, ry.exactTest().orElseThrow().method());
    assertEquals(0.4810212220481413, ry.retainedPValue(), 0.035);
    assertEquals(List.of(2L, 1L, 0L), y.codedByGroup());

    // Holm over the three p-values read (x's chi-square, y's simulated, w's chi-square).
    List<Double> holm = MultipleTests.holm(List.of(rx.pValue(), ry.retainedPValue(), w.test().get().pValue()));
    assertEquals(holm.get(0), x.adjustedPValue(), 1e-15);
    assertEquals(holm.get(1), y.adjustedPValue(), 1e-15);
    assertEquals(holm.get(2), w.adjustedPValue(), 1e-15);
    // With y's exact conditional p in place of its simulated one (reference): x is adjusted by 3.
    assertEquals(0.04904835802438477, x.adjustedPValue(), TOLERANCE);
    assertTrue(x.differs(0.05) && !w.differs(0.05) && !y.differs(0.05));
  }

  @Test
  void twoSmallGroupsGetFishersExactTest() {
    CodePresence.Table table = presence.analyse("polarity", Map.of("positif", 8L, "a_ameliorer", 9L),
        Map.of("z", Map.of("positif", 6L, "a_ameliorer", 1L)));
    assertEquals(List.of("a_ameliorer", "positif"), table.groups());
    CrosstabResult r = table.rows().get(0).test().orElseThrow();
    assertEquals(CrosstabResult.ExactTest.Method.FISHER_EXACT, r.exactTest().orElseThrow().method());
    assertEquals(0.015220074043603456, r.retainedPValue(), TOLERANCE);
    assertEquals(r.retainedPValue(), table.rows().get(0).adjustedPValue(), 1e-15, "one code: nothing to adjust");
  }

  @Test
  void aCodeOnEverySegmentOrNoneIsNotTestedAndSaysWhy() {
    CodePresence.Table table = presence.analyse("establishment", Map.of("A", 5L, "B", 5L),
        Map.of("all", Map.of("A", 5L, "B", 5L), "some", Map.of("A", 4L, "B", 1L)));
    CodePresence.Row all = table.rows().get(0);
    assertTrue(all.test().isEmpty());
    assertEquals("crosstab.emptyRow", all.refused().orElseThrow().key().orElseThrow());
    assertTrue(Double.isNaN(all.adjustedPValue()));
    assertFalse(all.differs(0.05));
    assertEquals(1, table.tested(), "Holm adjusts over the codes tested only");
    CodePresence.Table one = presence.analyse("establishment", Map.of("A", 5L), Map.of("c", Map.of("A", 2L)));
    assertEquals("crosstab.tooSmall", one.rows().get(0).refused().orElseThrow().key().orElseThrow());
  }

  @Test
  void refusesCountsThatCannotBe() {
    StatisticsException more = assertThrows(StatisticsException.class, () -> presence.analyse("establishment",
        Map.of("A", 5L, "B", 5L), Map.of("c", Map.of("A", 6L))));
    assertTrue(more.getMessage().contains("« A »"), more.getMessage());
    assertThrows(StatisticsException.class, () -> presence.analyse("establishment", Map.of("A", -1L), Map.of()));
  }
}
