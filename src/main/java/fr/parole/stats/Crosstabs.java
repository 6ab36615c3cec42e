package fr.parole.stats;

import fr.parole.stats.CrosstabResult.Cell;
import fr.parole.stats.CrosstabResult.ExactTest;
import fr.parole.stats.CrosstabResult.ExpectedCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * The test of independence of a crosstab, e.g. {@code type} × {@code niveau}. Pearson's
 * chi-square without Yates' correction; when Cochran's rule fails, Fisher's exact test for a
 * 2 × 2 table, a Monte-Carlo p-value for a larger one, or a French warning when the table is too
 * large to simulate. See {@code docs/statistics.md}.
 */
public final class Crosstabs {
  private final MonteCarloChiSquare monteCarlo;

  public Crosstabs(MonteCarloChiSquare monteCarlo) {
    this.monteCarlo = Objects.requireNonNull(monteCarlo, "monteCarlo");
  }

  public Crosstabs() {
    this(MonteCarloChiSquare.withDefaults());
  }

  public CrosstabResult analyse(CountTable table) {
    refuseUnusable(table);
    long n = table.total();
    double[][] expected = expected(table);
    double chiSquare = new ChiSquareTest().chiSquare(table.counts());
    int df = (table.rows() - 1) * (table.columns() - 1);
    // The upper tail through Q(df/2, x/2) keeps its precision for tiny p-values (1 − CDF would not).
    double p = Gamma.regularizedGammaQ(df / 2.0, chiSquare / 2.0);
    double cramersV = Math.sqrt(chiSquare / (n * (Math.min(table.rows(), table.columns()) - 1.0)));
    List<Cell> cells = cells(table, expected);
    ExpectedCounts small = expectedCounts(expected);
    Optional<ExactTest> exact = Optional.empty();
    Optional<CrosstabResult.Warning> warning = Optional.empty();
    if (!small.cochranRuleHolds()) {
      exact = exactTest(table);
      warning = Optional.of(warning(exact));
    }
    return new CrosstabResult(table, n, chiSquare, df, p, cramersV, cells, small, exact, warning);
  }

  /** Expected counts under independence, E = row total × column total / n. */
  static double[][] expected(CountTable table) {
    double n = table.total();
    double[][] expected = new double[table.rows()][table.columns()];
    for (int i = 0; i < table.rows(); i++) {
      for (int j = 0; j < table.columns(); j++) {
        expected[i][j] = table.rowTotal(i) * (double) table.columnTotal(j) / n;
      }
    }
    return expected;
  }

  private static void refuseUnusable(CountTable table) {
    String dimensions = "« " + table.rowVariable() + " » × « " + table.columnVariable() + " »";
    if (table.rows() < 2 || table.columns() < 2) {
      throw new StatisticsException("Le tableau " + dimensions + " a " + table.rows() + " ligne(s) et "
          + table.columns() + " colonne(s) : le test d'indépendance en demande au moins deux de chaque.",
          "crosstab.tooSmall", table.rowVariable(), table.columnVariable(), table.rows(), table.columns());
    }
    for (int i = 0; i < table.rows(); i++) {
      if (table.rowTotal(i) == 0) {
        throw new StatisticsException("Le tableau " + dimensions + " a une ligne vide : « "
            + table.rowLabels().get(i) + " » (" + table.rowVariable()
            + ") n'a aucun effectif ; retirez-la ou regroupez-la avec une autre modalité.",
            "crosstab.emptyRow", table.rowVariable(), table.columnVariable(), table.rowLabels().get(i));
      }
    }
    for (int j = 0; j < table.columns(); j++) {
      if (table.columnTotal(j) == 0) {
        throw new StatisticsException("Le tableau " + dimensions + " a une colonne vide : « "
            + table.columnLabels().get(j) + " » (" + table.columnVariable()
            + ") n'a aucun effectif ; retirez-la ou regroupez-la avec une autre modalité.",
            "crosstab.emptyColumn", table.rowVariable(), table.columnVariable(), table.columnLabels().get(j));
      }
    }
  }

  private static List<Cell> cells(CountTable table, double[][] expected) {
    double n = table.total();
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < table.rows(); i++) {
      double rowShare = table.rowTotal(i) / n;
      for (int j = 0; j < table.columns(); j++) {
        double columnShare = table.columnTotal(j) / n;
        double e = expected[i][j];
        double residual = (table.count(i, j) - e) / Math.sqrt(e * (1 - rowShare) * (1 - columnShare));
        cells.add(new Cell(table.rowLabels().get(i), table.columnLabels().get(j), table.count(i, j), e, residual));
      }
    }
    return cells;
  }

  private static ExpectedCounts expectedCounts(double[][] expected) {
    int cells = 0;
    int belowFive = 0;
    int belowOne = 0;
    double minimum = Double.POSITIVE_INFINITY;
    for (double[] row : expected) {
      for (double e : row) {
        cells++;
        belowFive += e < 5 ? 1 : 0;
        belowOne += e < 1 ? 1 : 0;
        minimum = Math.min(minimum, e);
      }
    }
    return new ExpectedCounts(cells, belowFive, belowOne, minimum);
  }

  private Optional<ExactTest> exactTest(CountTable table) {
    if (table.rows() == 2 && table.columns() == 2) {
      double p = FisherExactTest.twoSided(table.count(0, 0), table.count(0, 1), table.count(1, 0), table.count(1, 1));
      return Optional.of(new ExactTest(ExactTest.Method.FISHER_EXACT, p, 0, 0));
    }
    if (monteCarlo.canSimulate(table)) {
      return Optional.of(new ExactTest(ExactTest.Method.MONTE_CARLO, monteCarlo.pValue(table),
          monteCarlo.simulations(), monteCarlo.seed()));
    }
    return Optional.empty();
  }

  private static CrosstabResult.Warning warning(Optional<ExactTest> exact) {
    if (exact.isEmpty()) {
      return CrosstabResult.Warning.NO_EXACT_TEST;
    }
    return switch (exact.get().method()) {
      case FISHER_EXACT -> CrosstabResult.Warning.FISHER_EXACT;
      case MONTE_CARLO -> CrosstabResult.Warning.MONTE_CARLO;
    };
  }
}
