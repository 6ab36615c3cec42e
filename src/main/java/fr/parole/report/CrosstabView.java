package fr.parole.report;

import fr.parole.stats.CountTable;
import fr.parole.stats.CrosstabResult;
import fr.parole.stats.Crosstabs;
import fr.parole.stats.StatisticsException;
import java.util.ArrayList;
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
    page.heading(null, title);
    CrosstabResult result;
    try {
      result = crosstabs.analyse(CountTable.fromCounts(rowVariable, columnVariable, counts));
    } catch (StatisticsException e) {
      page.note("Pas de test d'indépendance : " + e.getMessage());
      return;
    }
    CountTable table = result.table();
    List<String> header = new ArrayList<>();
    header.add(rowVariable);
    header.addAll(table.columnLabels());
    header.add("Total");
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
    page.table(new ReportTable(id, title + " (effectifs)", header, rows), ReportPage.PAGE_ROWS, (i, j) ->
        j >= 1 && j <= table.columns() ? Charts.residualStyle(result.cell(i, j - 1).adjustedResidual()) : null);
    page.note("Couleur des cases : résidu standardisé ajusté (rouge : plus que sous l'indépendance, bleu : moins ; "
        + "au-delà de ±1,96 l'écart est significatif au seuil de 5 %, case par case).");
    page.table(testTable(id, title, result));
    result.warning().ifPresent(page::warning);
    page.table(residualTable(id, title, result), 0, null);
    List<Integer> columns = largestColumns(table);
    if (columns.size() < table.columns()) {
      page.note("Le graphique montre les " + columns.size() + " colonnes les plus fournies sur "
          + table.columns() + " (résidus du test sur le tableau entier) ; les tableaux les donnent toutes.");
    }
    page.chart(heatMap(id, title, result, columns));
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

  private static ReportTable testTable(String id, String title, CrosstabResult r) {
    ReportTable.Builder t = new ReportTable.Builder(id + "-test", title + " (test d'indépendance)",
        "Statistique", "Valeur");
    t.row("Effectif (n)", r.total())
        .row("Khi-deux de Pearson (sans correction)", ReportTable.decimal(r.chiSquare(), 3))
        .row("Degrés de liberté", (long) r.degreesOfFreedom())
        .row("p-valeur du khi-deux", ReportTable.decimal(r.pValue(), 4))
        .row("V de Cramér", ReportTable.decimal(r.cramersV(), 3));
    r.exactTest().ifPresent(e -> t.row(e.method() == CrosstabResult.ExactTest.Method.FISHER_EXACT
        ? "p-valeur du test exact de Fisher" : "p-valeur simulée (Monte-Carlo, " + e.simulations() + " tableaux)",
        ReportTable.decimal(e.pValue(), 4)));
    t.row("Cases d'effectif attendu < 5", r.expectedCounts().belowFive() + " sur " + r.expectedCounts().cells());
    return t.build();
  }

  private static ReportTable residualTable(String id, String title, CrosstabResult r) {
    ReportTable.Builder t = new ReportTable.Builder(id + "-residus", title + " (effectifs attendus et résidus)",
        r.table().rowVariable(), r.table().columnVariable(), "observé", "attendu", "résidu ajusté");
    for (CrosstabResult.Cell c : r.cells()) {
      t.row(c.row(), c.column(), c.observed(), ReportTable.decimal(c.expected(), 3),
          ReportTable.decimal(c.adjustedResidual(), 3));
    }
    return t.build();
  }

  private ReportChart heatMap(String id, String title, CrosstabResult r, List<Integer> columns) {
    CountTable table = r.table();
    double[][] colour = new double[table.rows()][columns.size()];
    String[][] text = new String[table.rows()][columns.size()];
    for (int i = 0; i < table.rows(); i++) {
      for (int k = 0; k < columns.size(); k++) {
        int j = columns.get(k);
        colour[i][k] = r.cell(i, j).adjustedResidual();
        text[i][k] = ReportText.integer(table.count(i, j)) + (columns.size() > LABELLED_COLUMNS ? ""
            : " (" + ReportText.decimal(colour[i][k], 1) + ")");
      }
    }
    return charts.heatMap(id, title + " : effectifs (résidus ajustés)", table.rowVariable(), table.columnVariable(),
        table.rowLabels(), columns.stream().map(table.columnLabels()::get).toList(), colour, text, Charts.diverging(4),
        "Résidu standardisé ajusté");
  }
}
