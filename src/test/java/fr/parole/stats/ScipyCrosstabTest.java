package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Crosstab statistics against SciPy 1.17 ({@code chi2_contingency(correction=False)},
 * {@code contingency.association(method="cramer")}), values printed by
 * {@code src/test/resources/fr/parole/stats/reference.py} into {@code reference-output.txt}.
 */
class ScipyCrosstabTest {
  static final double TOLERANCE = 1e-9;

  private final Crosstabs crosstabs = new Crosstabs();

  @Test
  void twoByThree() {
    CountTable table = CountTable.of("type", "niveau", List.of("frein", "levier"),
        List.of("institutionnel", "intermédiaire", "relation de soins"), new long[][] {{12, 5, 9}, {3, 14, 7}});
    CrosstabResult result = crosstabs.analyse(table);

    assertEquals(9.848916160593793, result.chiSquare(), TOLERANCE);
    assertEquals(2, result.degreesOfFreedom());
    assertEquals(0.007266663160924537, result.pValue(), TOLERANCE);
    assertEquals(0.4438224005296216, result.cramersV(), TOLERANCE);
    assertCells(result, new double[][] {{7.8, 9.88, 8.32}, {7.2, 9.12, 7.68}},
        new double[][] {{2.5943726083138547, -2.8459344070845245, 0.4126408073584528},
            {-2.5943726083138543, 2.8459344070845245, -0.4126408073584528}});
    // Every expected count is at least 5: the chi-square stands, no exact test, no warning.
    assertTrue(result.expectedCounts().cochranRuleHolds());
    assertTrue(result.exactTest().isEmpty());
    assertTrue(result.warning().isEmpty());
    assertEquals(result.pValue(), result.retainedPValue());
    assertEquals("levier", result.cell(1, 2).row());
    assertEquals("relation de soins", result.cell(1, 2).column());
    assertEquals(7, result.cell(1, 2).observed());
  }

  @Test
  void threeByFour() {
    CountTable table = CountTable.of("type", "établissement", List.of("frein", "levier", "représentation"),
        List.of("CH 2", "CHU 1", "CHU 3", "Clinique 4"),
        new long[][] {{10, 4, 6, 2}, {3, 11, 5, 8}, {7, 6, 12, 9}});
    CrosstabResult result = crosstabs.analyse(table);

    assertEquals(14.086272535580429, result.chiSquare(), TOLERANCE);
    assertEquals(6, result.degreesOfFreedom());
    assertEquals(0.0286871591873417, result.pValue(), TOLERANCE);
    assertEquals(0.2913023574696092, result.cramersV(), TOLERANCE);
    assertCells(result,
        new double[][] {{5.301204819277109, 5.566265060240964, 6.096385542168675, 5.036144578313253},
            {6.506024096385542, 6.831325301204819, 7.481927710843373, 6.180722891566265},
            {8.19277108433735, 8.602409638554217, 9.421686746987952, 7.783132530120482}},
        new double[][] {{2.7323864484440374, -0.895984813117779, -0.053556628819881574, -1.7972005448517872},
            {-1.9207501113299064, 2.246641398427266, -1.2992443227265837, 1.0145496617987302},
            {-0.6225173638463217, -1.336133357785757, 1.2858069764555822, 0.6464815484313903}});
    assertTrue(result.expectedCounts().cochranRuleHolds());
    assertEquals(83, result.total());
  }

  @Test
  void smallExpectedCountsGetASimulatedPValueCloseToTheExactOne() {
    CountTable table = CountTable.of("type", "niveau", List.of("a", "b", "c"), List.of("x", "y", "z"),
        new long[][] {{3, 0, 1}, {0, 2, 2}, {1, 1, 4}});
    CrosstabResult result = crosstabs.analyse(table);

    assertEquals(7.736111111111112, result.chiSquare(), TOLERANCE);
    assertEquals(0.10173733154644367, result.pValue(), TOLERANCE);
    assertEquals(0.5256326498037223, result.cramersV(), TOLERANCE);
    assertEquals(2.4320773014030617, result.cell(0, 0).adjustedResidual(), TOLERANCE);
    assertFalse(result.expectedCounts().cochranRuleHolds());
    assertEquals(9, result.expectedCounts().belowFive());
    CrosstabResult.ExactTest exact = result.exactTest().orElseThrow();
    assertEquals(CrosstabResult.ExactTest.Method.MONTE_CARLO, exact.method());
    assertEquals(MonteCarloChiSquare.DEFAULT_SIMULATIONS, exact.simulations());
    // Exact conditional p of the statistic, enumerated over every table with these margins in
    // reference.py: 0.09810189810189766. 2,000 draws give a standard error of about 0.0067.
    assertEquals(0.09810189810189766, exact.pValue(), 0.02);
    assertEquals(exact.pValue(), result.retainedPValue());
    // The seed is fixed: the same table gives the same p-value on every run.
    assertEquals(exact.pValue(), crosstabs.analyse(table).exactTest().orElseThrow().pValue());
    assertEquals(Optional.of(CrosstabResult.Warning.MONTE_CARLO), result.warning());
  }

  @Test
  void smallTwoByTwoUsesFishersExactTest() {
    CountTable table = CountTable.of("polarité", "établissement", List.of("positif", "à améliorer"),
        List.of("CH 2", "CHU 1"), new long[][] {{8, 2}, {1, 5}});
    CrosstabResult result = crosstabs.analyse(table);

    CrosstabResult.ExactTest exact = result.exactTest().orElseThrow();
    assertEquals(CrosstabResult.ExactTest.Method.FISHER_EXACT, exact.method());
    assertEquals(0.034965034965034975, exact.pValue(), TOLERANCE);
    assertEquals(Optional.of(CrosstabResult.Warning.FISHER_EXACT), result.warning());
  }

  @Test
  void tableTooLargeToSimulateGetsAWarningAndNoExactTest() {
    Crosstabs limited = new Crosstabs(new MonteCarloChiSquare(1, 100, 10));
    CountTable table = CountTable.of("type", "niveau", List.of("a", "b", "c"), List.of("x", "y", "z"),
        new long[][] {{3, 0, 1}, {0, 2, 2}, {1, 1, 4}});
    CrosstabResult result = limited.analyse(table);

    assertTrue(result.exactTest().isEmpty());
    assertEquals(result.pValue(), result.retainedPValue());
    // The report words it (ReportTextTest): « … (9 case(s) sur 9 sous 5, minimum 0,86) … regroupez des modalités. »
    assertEquals(Optional.of(CrosstabResult.Warning.NO_EXACT_TEST), result.warning());
    assertEquals(9, result.expectedCounts().belowFive());
    assertEquals(0.857142857142857, result.expectedCounts().minimum(), TOLERANCE);
  }

  private static void assertCells(CrosstabResult result, double[][] expected, double[][] residuals) {
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < expected[i].length; j++) {
        assertEquals(expected[i][j], result.cell(i, j).expected(), TOLERANCE, "expected " + i + "," + j);
        assertEquals(residuals[i][j], result.cell(i, j).adjustedResidual(), TOLERANCE, "residual " + i + "," + j);
      }
    }
  }
}
