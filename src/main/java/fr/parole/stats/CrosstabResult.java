package fr.parole.stats;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A crosstab with its test of independence: Pearson's chi-square (no continuity correction),
 * Cramér's V, per-cell expected counts and adjusted standardized residuals, and, when expected
 * counts are too small for the chi-square approximation (Cochran's rule), an exact test and a
 * {@link Warning} the report words. Cells are in row-major order of the table's labels.
 */
public record CrosstabResult(
    CountTable table,
    long total,
    double chiSquare,
    int degreesOfFreedom,
    double pValue,
    double cramersV,
    List<Cell> cells,
    ExpectedCounts expectedCounts,
    Optional<ExactTest> exactTest,
    Optional<Warning> warning) {

  public CrosstabResult {
    Objects.requireNonNull(table, "table");
    cells = List.copyOf(cells);
    Objects.requireNonNull(expectedCounts, "expectedCounts");
    Objects.requireNonNull(exactTest, "exactTest");
    Objects.requireNonNull(warning, "warning");
  }

  /** The cell at (row, column) in the table's label order. */
  public Cell cell(int row, int column) {
    return cells.get(row * table.columns() + column);
  }

  /**
   * The p-value to read: the exact (or simulated) one when the chi-square approximation is not
   * reliable and one could be computed, the chi-square one otherwise.
   */
  public double retainedPValue() {
    return exactTest.map(ExactTest::pValue).orElse(pValue);
  }

  /**
   * One cell: observed count, expected count under independence E = r·c/n, and adjusted
   * standardized residual (O − E) / √(E (1 − r/n) (1 − c/n)), about N(0, 1) under independence:
   * beyond ±1.96 the cell departs from independence at the 5 % level.
   */
  public record Cell(String row, String column, long observed, double expected, double adjustedResidual) {}

  /**
   * How many expected counts are small. Cochran's rule holds when none is below 1 and at most
   * 20 % are below 5.
   */
  public record ExpectedCounts(int cells, int belowFive, int belowOne, double minimum) {
    public boolean cochranRuleHolds() {
      return belowOne == 0 && belowFive * 5 <= cells;
    }
  }

  /**
   * Expected counts too small for the chi-square approximation, and what was done about it; the
   * report turns it into a sentence with the counts of {@link #expectedCounts()}.
   */
  public enum Warning {
    /** The p-value to read is Fisher's exact one. */
    FISHER_EXACT,
    /** The p-value to read is simulated (Monte-Carlo, {@link ExactTest#simulations()} tables, fixed seed). */
    MONTE_CARLO,
    /** The table is too large for an exact test: the chi-square p-value is only indicative. */
    NO_EXACT_TEST
  }

  /** The test used instead of the chi-square approximation. */
  public record ExactTest(Method method, double pValue, int simulations, long seed) {
    public enum Method {
      /** Fisher's exact test, two-sided, for a 2 × 2 table. */
      FISHER_EXACT,
      /** Monte-Carlo p-value of the chi-square statistic over random tables with the same margins. */
      MONTE_CARLO
    }
  }
}
