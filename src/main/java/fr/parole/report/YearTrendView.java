package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencyTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The themes year by year (e.g. e-Satis comments of 2019 and 2020): the share of each year's
 * analysed segments (coded or not) that carry each top-level code, as a table and as lines, the
 * same sets as the frequencies. Segments without a year (interviews) are left out; with a single
 * year there is nothing to follow.
 */
final class YearTrendView {
  static final String YEAR = "year";
  /** Lines drawn: beyond the palette's seven safe colours lines are hard to tell apart; the table has all. */
  static final int LINES = 7;

  private final Charts charts;

  YearTrendView(Charts charts) {
    this.charts = charts;
  }

  void show(ReportPage page, ThemeCodings theme, String dimension) {
    if (!theme.carries(dimension, YEAR)) {
      return;
    }
    CodeFrequencyTable all = theme.frequencies(dimension, YEAR);
    // Segments without a year (interviews) are left out: the shares are of each year's dated segments.
    CodeFrequencyTable freq = new CodeFrequencyTable(all.attributes(), all.groups().stream()
        .filter(g -> !g.values().get(0).equals(CodeFrequencies.MISSING)).toList(), all.rows().stream()
        .filter(r -> !r.group().get(0).equals(CodeFrequencies.MISSING)).toList());
    List<String> years = freq.groups().stream().map(g -> g.values().get(0)).toList();
    if (years.size() < 2) {
      return; // one year: nothing to follow
    }
    String id = theme.codebookId() + "-" + dimension + "-par-annee";
    ReportText text = page.text();
    String title = text.get("years.title", theme.dimensionLabel(dimension));
    String share = text.get("years.share", ThemeWords.units(text, theme));
    List<String> header = new ArrayList<>(List.of("code_id", theme.dimensionLabel(dimension)));
    header.addAll(years);
    ReportTable.Builder t = new ReportTable.Builder(id, text.get("years.table.title", title, ThemeWords.units(text, theme)),
        header.toArray(String[]::new));
    List<Object> sizes = new ArrayList<>(List.of("", ThemeWords.capitalised(text.get("presence.analysed",
        ThemeWords.units(text, theme)))));
    freq.groups().forEach(g -> sizes.add(g.segments()));
    t.row(sizes.toArray());
    Map<String, Long> totals = new TreeMap<>();
    freq.rows().forEach(r -> totals.merge(r.code(), r.segments(), Long::sum));
    Map<String, Map<String, Double>> shares = new TreeMap<>();
    freq.rows().forEach(r -> shares.computeIfAbsent(r.code(), c -> new TreeMap<>()).put(r.group().get(0),
        r.segmentPercent()));
    totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> {
          List<Object> row = new ArrayList<>(List.of(e.getKey(), ThemeWords.rolledLabel(text, theme, e.getKey())));
          years.forEach(y -> row.add(ThemeWords.share(shares.get(e.getKey()).getOrDefault(y, 0.0))));
          t.row(row.toArray());
        });
    page.table(t.build());
    List<String> drawn = totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(LINES).map(Map.Entry::getKey).toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (String code : drawn) {
      freq.rows().stream().filter(r -> r.code().equals(code)).sorted(Comparator.comparing(r -> r.group().get(0)))
          .forEach(r -> data.addValue(r.segmentPercent(), ThemeWords.rolledLabel(text, theme, code), r.group().get(0)));
    }
    page.chart(charts.lines(id, text.get("years.chart.title", title, drawn.size(), ThemeWords.units(text, theme)),
        text.get("years.axis.year"), share, data, true));
    page.note(text.get("years.note", ThemeWords.units(text, theme)));
  }
}
