package fr.parole.report;

import fr.parole.stats.CooccurrenceMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Codes that go together on the same segments: the segments carrying both codes, Jaccard's index,
 * and a heat map, over every counted code (a segment carries each of its codes).
 */
final class CooccurrenceView {
  private final Charts charts;

  CooccurrenceView(Charts charts) {
    this.charts = charts;
  }

  void show(ReportPage page, ThemeCodings theme) {
    CooccurrenceMatrix m = theme.cooccurrence();
    if (m.codes().size() < 2) {
      return;
    }
    ReportText words = page.text();
    page.heading(null, words.get("themes.cooccurrence.heading"));
    List<String> labels = m.codes().stream().map(theme::pathLabel).toList();
    List<String> header = new ArrayList<>(List.of("code_id", words.get("themes.cooccurrence.axis")));
    header.addAll(labels);
    ReportTable.Builder counts = new ReportTable.Builder(theme.codebookId() + "-cooccurrences",
        words.get("themes.cooccurrence.counts", ThemeWords.units(words, theme)), header.toArray(String[]::new));
    ReportTable.Builder jaccard = new ReportTable.Builder(theme.codebookId() + "-jaccard",
        words.get("themes.cooccurrence.jaccard"), header.toArray(String[]::new));
    int n = m.codes().size();
    double[][] colour = new double[n][n];
    String[][] text = new String[n][n];
    for (int i = 0; i < n; i++) {
      List<Object> c = new ArrayList<>(List.of(m.codes().get(i), labels.get(i)));
      List<Object> j = new ArrayList<>(List.of(m.codes().get(i), labels.get(i)));
      for (int k = 0; k < n; k++) {
        c.add(m.count(i, k));
        j.add(ReportTable.decimal(m.jaccard(i, k), 2));
        colour[i][k] = i == k ? 0 : m.jaccard(i, k);
        text[i][k] = m.count(i, k) == 0 ? "" : words.integer(m.count(i, k));
      }
      counts.row(c.toArray());
      jaccard.row(j.toArray());
    }
    page.table(counts.build(), n <= 12 ? n : 0, null);
    page.table(jaccard.build(), 0, null);
    page.note(words.get("themes.cooccurrence.note", ThemeWords.units(words, theme)));
    page.chart(charts.heatMap(theme.codebookId() + "-cooccurrences", words.get("themes.cooccurrence.chart",
        ThemeWords.units(words, theme)), words.get("themes.cooccurrence.axis"), words.get("themes.cooccurrence.axis"),
        labels, labels, colour, text, Charts.sequential(), words.get("themes.cooccurrence.scale")));
  }
}
