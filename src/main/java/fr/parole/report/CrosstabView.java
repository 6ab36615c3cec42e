package fr.parole.report;

import fr.parole.stats.CountTable;
import fr.parole.stats.CrosstabResult;
import fr.parole.stats.Crosstabs;
import fr.parole.stats.StatisticsException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A crosstab on the page: counts coloured by adjusted residual, the test of independence
 * (chi-square, df, p, Cramér's V, the exact or simulated p-value and its warning when expected
 * counts are small), the residuals as CSV and a heat map. A table the test refuses (one row,
 * an empty column) is explained instead.
 */
final class CrosstabView {
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
    page.chart(heatMap(id, title, result));
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

  private ReportChart heatMap(String id, String title, CrosstabResult r) {
    CountTable table = r.table();
    double[][] colour = new double[table.rows()][table.columns()];
    String[][] text = new String[table.rows()][table.columns()];
    for (int i = 0; i < table.rows(); i++) {
      for (int j = 0; j < table.columns(); j++) {
        colour[i][j] = r.cell(i, j).adjustedResidual();
        text[i][j] = ReportText.integer(table.count(i, j)) + " (" + ReportText.decimal(colour[i][j], 1) + ")";
      }
    }
    return charts.heatMap(id, title + " : effectifs (résidus ajustés)", table.rowVariable(), table.columnVariable(),
        table.rowLabels(), table.columnLabels(), colour, text, Charts.diverging(4), "Résidu standardisé ajusté");
  }
}
