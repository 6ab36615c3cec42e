package fr.parole.report;

import fr.parole.stats.CountTable;
import fr.parole.stats.CrosstabResult;
import fr.parole.stats.Crosstabs;
import fr.parole.stats.NonEmptyTable;
import fr.parole.stats.StatisticsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A crosstab on the page: counts coloured by adjusted residual, the test of independence
 * (chi-square, df, p, Cramér's V, the exact or simulated p-value and its warning when expected
 * counts are small), the residuals as CSV and a heat map. A table the test refuses (one row,
 * an empty column) is explained instead.
 */
final class CrosstabView {
  /**
   * At most this many columns on a heat map (at A4 width a cell is then about 45 px), and beyond
   * {@link #LABELLED_COLUMNS} the cells give the count alone (the colour gives the residual).
   */
  static final int HEAT_MAP_COLUMNS = 12;
  static final int LABELLED_COLUMNS = 6;

  private final Crosstabs crosstabs = new Crosstabs();
  private final Charts charts;

  CrosstabView(Charts charts) {
    this.charts = charts;
  }

  /** {@code counts}: row label → column label → segments. */
  void show(ReportPage page, String id, String title, String rowVariable, String columnVariable,
      Map<String, ? extends Map<String, Long>> counts) {
    show(page, id, title, rowVariable, columnVariable, counts, List.of());
  }

  /**
   * The crosstab over every value in {@code columnValues} as well as those counted: a value with
   * no count (e.g. an establishment none of whose segments is coded in the dimension) is taken out
   * before the test, and a note next to the table names it.
   */
  void show(ReportPage page, String id, String title, String rowVariable, String columnVariable,
      Map<String, ? extends Map<String, Long>> counts, Collection<String> columnValues) {
    page.heading(null, title);
    ReportText text = page.text();
    CrosstabResult result;
    try {
      NonEmptyTable table = NonEmptyTable.fromCounts(rowVariable, columnVariable, List.of(), columnValues, counts);
      if (!table.droppedColumns().isEmpty()) {
        page.note(text.get("crosstab.droppedColumns", columnVariable,
            String.join(", ", table.droppedColumns().stream().map(v -> text.get("quoted", v)).toList())));
      }
      result = crosstabs.analyse(table.table());
    } catch (StatisticsException e) {
      page.note(text.get("crosstab.noTest", text.problem(e)));
      return;
    }
    CountTable table = result.table();
    List<String> header = new ArrayList<>();
    header.add(rowVariable);
    header.addAll(table.columnLabels());
    header.add(text.get("column.total"));
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < table.rows(); i++) {
      List<Object> row = new ArrayList<>();
      row.add(table.rowLabels().get(i));
      for (int j = 0; j < table.columns(); j++) {
        row.add(table.count(i, j));
      }
      row.add(table.rowTotal(i));
      rows.add(row);
    }
    page.table(new ReportTable(id, text.get("crosstab.counts", title), header, rows), ReportPage.PAGE_ROWS, (i, j) ->
        j >= 1 && j <= table.columns() ? Charts.residualStyle(result.cell(i, j - 1).adjustedResidual()) : null);
    page.note(text.get("crosstab.colours"));
    page.table(testTable(text, id, title, result));
    result.warning().ifPresent(w -> page.warning(warning(text, w, result)));
    page.table(residualTable(text, id, title, result), 0, null);
    List<Integer> columns = largestColumns(table);
    if (columns.size() < table.columns()) {
      page.note(text.get("crosstab.largestColumns", columns.size(), table.columns()));
    }
    page.chart(heatMap(text, id, title, result, columns));
  }

  /**
   * The columns the heat map shows, in the table's order: all of them, or the
   * {@link #HEAT_MAP_COLUMNS} with the largest totals (ties: the first) when there are more.
   */
  static List<Integer> largestColumns(CountTable table) {
    List<Integer> all = new ArrayList<>();
    for (int j = 0; j < table.columns(); j++) {
      all.add(j);
    }
    if (all.size() <= HEAT_MAP_COLUMNS) {
      return all;
    }
    return all.stream().sorted(Comparator.comparingLong(table::columnTotal).reversed()
        .thenComparingInt(Integer::intValue)).limit(HEAT_MAP_COLUMNS).sorted().toList();
  }

  private static ReportTable testTable(ReportText text, String id, String title, CrosstabResult r) {
    ReportTable.Builder t = new ReportTable.Builder(id + "-test", text.get("crosstab.test.title", title),
        text.get("crosstab.test.statistic"), text.get("crosstab.test.value"));
    t.row(text.get("crosstab.test.n"), r.total())
        .row(text.get("crosstab.test.chiSquare"), ReportTable.decimal(r.chiSquare(), 3))
        .row(text.get("crosstab.test.df"), (long) r.degreesOfFreedom())
        .row(text.get("crosstab.test.p"), ReportTable.decimal(r.pValue(), 4))
        .row(text.get("crosstab.test.cramersV"), ReportTable.decimal(r.cramersV(), 3));
    r.exactTest().ifPresent(e -> t.row(e.method() == CrosstabResult.ExactTest.Method.FISHER_EXACT
        ? text.get("crosstab.test.fisher") : text.get("crosstab.test.monteCarlo", e.simulations()),
        ReportTable.decimal(e.pValue(), 4)));
    t.row(text.get("crosstab.test.smallCells"), text.get("crosstab.test.smallCellsOf", r.expectedCounts().belowFive(),
        r.expectedCounts().cells()));
    return t.build();
  }

  /** Expected counts too small for the chi-square, and which p-value to read instead. */
  static String warning(ReportText text, CrosstabResult.Warning warning, CrosstabResult r) {
    CrosstabResult.ExpectedCounts small = r.expectedCounts();
    String minimum = String.format(text.language().locale(), "%.2f", small.minimum());
    return switch (warning) {
      case FISHER_EXACT -> text.get("crosstab.warning.fisher", small.belowFive(), small.cells(), minimum);
      case MONTE_CARLO -> text.get("crosstab.warning.monteCarlo", small.belowFive(), small.cells(), minimum,
          r.exactTest().orElseThrow().simulations(), r.exactTest().orElseThrow().seed());
      case NO_EXACT_TEST -> text.get("crosstab.warning.noExactTest", small.belowFive(), small.cells(), minimum,
          r.total());
    };
  }

  private static ReportTable residualTable(ReportText text, String id, String title, CrosstabResult r) {
    ReportTable.Builder t = new ReportTable.Builder(id + "-residus", text.get("crosstab.residuals.title", title),
        r.table().rowVariable(), r.table().columnVariable(), text.get("crosstab.residuals.observed"),
        text.get("crosstab.residuals.expected"), text.get("crosstab.residuals.residual"));
    for (CrosstabResult.Cell c : r.cells()) {
      t.row(c.row(), c.column(), c.observed(), ReportTable.decimal(c.expected(), 3),
          ReportTable.decimal(c.adjustedResidual(), 3));
    }
    return t.build();
  }

  private ReportChart heatMap(ReportText words, String id, String title, CrosstabResult r, List<Integer> columns) {
    CountTable table = r.table();
    double[][] colour = new double[table.rows()][columns.size()];
    String[][] text = new String[table.rows()][columns.size()];
    for (int i = 0; i < table.rows(); i++) {
      for (int k = 0; k < columns.size(); k++) {
        int j = columns.get(k);
        colour[i][k] = r.cell(i, j).adjustedResidual();
        text[i][k] = words.integer(table.count(i, j)) + (columns.size() > LABELLED_COLUMNS ? ""
            : " (" + words.decimal(colour[i][k], 1) + ")");
      }
    }
    return charts.heatMap(id, words.get("crosstab.chart", title), table.rowVariable(), table.columnVariable(),
        table.rowLabels(), columns.stream().map(table.columnLabels()::get).toList(), colour, text, Charts.diverging(4),
        words.get("crosstab.chart.scale"));
  }
}
