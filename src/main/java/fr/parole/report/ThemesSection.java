package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import fr.parole.stats.CodeFrequencyTable;
import fr.parole.stats.CooccurrenceMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The themes: per codebook and dimension, code frequencies, the dimension by establishment
 * (stacked bars), crosstabs of the first dimension by establishment and level with their tests,
 * co-occurrence of codes, and typical quotes.
 */
final class ThemesSection {
  /** Codes beyond this many share « autres codes » in a stacked bar: the palette has 7 safe colours. */
  static final int STACKED_CODES = 7;
  static final List<String> LEVEL_ATTRIBUTES = List.of("niveau", "level");

  private final Charts charts;
  private final CrosstabView crosstabs;
  private final YearTrendView years;

  ThemesSection(Charts charts) {
    this.charts = charts;
    this.crosstabs = new CrosstabView(charts);
    this.years = new YearTrendView(charts);
  }

  void write(ReportPage page, ReportContext context) {
    page.section("themes", page.text().get("themes.title"));
    if (!context.coded()) {
      page.note(page.text().get("themes.notCoded"));
      return;
    }
    for (ThemeCodings theme : context.themes()) {
      if (theme.retained() > 0) {
        theme(page, context, theme);
      }
    }
  }

  private void theme(ReportPage page, ReportContext context, ThemeCodings theme) {
    String id = theme.codebookId();
    ReportText text = page.text();
    page.heading("theme-" + ReportText.slug(id), text.get("themes.codebook", theme.title()));
    long segments = theme.segments();
    long sources = theme.sources();
    page.paragraph(text.get("themes.summary", text.integer(segments), text.integer(sources),
        text.integer(theme.retained()), text.integer(theme.recorded())));
    CodeFrequencyTable.Group whole = new CodeFrequencyTable.Group(List.of(), segments, sources);
    List<String> dimensions = theme.dimensions();
    for (String dimension : dimensions) {
      page.heading(null, theme.dimensionLabel(dimension));
      Map<String, Map<List<String>, Count>> byCode = new TreeMap<>();
      theme.in(dimension).codes().forEach((code, count) -> byCode.put(code, Map.of(List.of(), count)));
      CodeFrequencyTable freq = new CodeFrequencies().fromCounts(List.of(), Map.of(List.of(), whole(theme)), byCode,
          Map.of(List.of(), whole));
      ReportTable.Builder t = new ReportTable.Builder(id + "-" + dimension + "-frequences",
          text.get("themes.frequencies.title", theme.dimensionLabel(dimension)), text.get("column.code"),
          text.get("column.label"), text.get("column.segments"), text.get("themes.frequencies.segmentPercent"),
          text.get("column.sources"), text.get("themes.frequencies.sourcePercent"));
      freq.rows().stream().sorted(Comparator.comparingLong(CodeFrequencyTable.Row::segments).reversed()
          .thenComparing(CodeFrequencyTable.Row::code)).forEach(r -> t.row(r.code(), theme.label(r.code()),
              r.segments(), ReportTable.percent(r.segmentPercent()), r.sources(),
              ReportTable.percent(r.sourcePercent())));
      page.table(t.build());
      stacked(page, theme, dimension);
      years.show(page, theme, dimension);
    }
    for (String crossed : context.options().crossed(dimensions)) {
      crosstabs(page, context.options(), theme, crossed, dimensions);
    }
    cooccurrence(page, theme);
    QuotesView.show(page, context, theme);
  }

  /** The whole theme as one group: its segments and sources coded. */
  private static Count whole(ThemeCodings theme) {
    return new Count(theme.segments(), theme.sources());
  }

  /** A dimension crossed with the attributes asked (by default establishment and level), then with « niveau ». */
  private void crosstabs(ReportPage page, ReportOptions options, ThemeCodings theme, String dimension,
      List<String> dimensions) {
    if (options.attributes().isEmpty()) {
      crosstab(page, theme, dimension, "establishment", page.text().label("establishment"));
      LEVEL_ATTRIBUTES.stream().filter(a -> theme.carries(dimension, a)).findFirst()
          .ifPresent(a -> crosstab(page, theme, dimension, a, page.text().label(a)));
    } else {
      options.attributes().forEach(a -> crosstab(page, theme, dimension, a, page.text().label(a)));
    }
    if (!dimension.equals("niveau") && dimensions.contains("niveau")) {
      byDimension(page, theme, dimension, "niveau");
    }
  }

  private void stacked(ReportPage page, ThemeCodings theme, String dimension) {
    if (!theme.carries(dimension, "establishment")) {
      return;
    }
    Map<String, Map<String, Count>> coded = theme.in(dimension).rolledUp().get("establishment");
    Map<String, Long> totals = new TreeMap<>();
    coded.values().forEach(codes -> codes.forEach((code, n) -> totals.merge(code, n.segments(), Long::sum)));
    List<String> kept = totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(STACKED_CODES).map(Map.Entry::getKey).toList();
    Map<String, Map<String, Long>> byGroup = new TreeMap<>();
    ReportText text = page.text();
    coded.forEach((group, codes) -> codes.forEach((code, n) -> byGroup.computeIfAbsent(text.value(group),
        g -> new TreeMap<>()).merge(kept.contains(code) ? theme.label(code) : text.get("chart.others"), n.segments(),
        Long::sum)));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> series = new ArrayList<>(kept.stream().map(theme::label).toList());
    if (totals.size() > kept.size()) {
      series.add(text.get("chart.others"));
    }
    poolSmallestGroups(byGroup, text).forEach((group, counts) -> {
      double n = counts.values().stream().mapToLong(Long::longValue).sum();
      series.forEach(s -> data.addValue(100.0 * counts.getOrDefault(s, 0L) / n, s, group));
    });
    page.chart(charts.bars(theme.codebookId() + "-" + dimension + "-par-etablissement",
        text.get("themes.stacked.title", theme.dimensionLabel(dimension)), text.label("establishment"), "%", data, true));
  }

  /**
   * The groups' counts, alphabetically; beyond {@link Charts#MAX_GROUPS} groups, only the
   * {@link Charts#MAX_GROUPS} with most coded segments (ties: alphabetical), still alphabetically,
   * then one bar pooling the others' counts.
   */
  static Map<String, Map<String, Long>> poolSmallestGroups(Map<String, Map<String, Long>> byGroup, ReportText text) {
    if (byGroup.size() <= Charts.MAX_GROUPS) {
      return byGroup;
    }
    List<String> largest = byGroup.entrySet().stream().sorted(Comparator.comparingLong(
        (Map.Entry<String, Map<String, Long>> e) -> e.getValue().values().stream().mapToLong(Long::longValue).sum())
        .reversed().thenComparing(Map.Entry::getKey)).limit(Charts.MAX_GROUPS).map(Map.Entry::getKey).toList();
    Map<String, Map<String, Long>> kept = new LinkedHashMap<>();
    Map<String, Long> pooled = new TreeMap<>();
    byGroup.forEach((group, counts) -> {
      if (largest.contains(group)) {
        kept.put(group, counts);
      } else {
        counts.forEach((code, n) -> pooled.merge(code, n, Long::sum));
      }
    });
    kept.put(text.otherGroups(byGroup.size() - largest.size()), pooled);
    return kept;
  }

  private void crosstab(ReportPage page, ThemeCodings theme, String dimension, String attribute, String label) {
    if (!theme.carries(dimension, attribute)) {
      return;
    }
    ReportText text = page.text();
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    theme.labelsByGroup(dimension, attribute).forEach((code, groups) -> groups.forEach((group, n) ->
        counts.computeIfAbsent(code, c -> new TreeMap<>()).merge(text.value(group), n, Long::sum)));
    // Every value the codebook's coded segments take, so that one with no coding in this dimension is named.
    List<String> values = theme.groups(attribute).stream().map(text::value).distinct().toList();
    crosstabs.show(page, theme.codebookId() + "-" + dimension + "-x-" + attribute,
        text.get("themes.crosstab.title", theme.dimensionLabel(dimension), label), theme.dimensionLabel(dimension),
        label, counts, values);
  }

  /** Two dimensions on the same segments, e.g. the type of statement by the level it concerns. */
  private void byDimension(ReportPage page, ThemeCodings theme, String rows, String columns) {
    crosstabs.show(page, theme.codebookId() + "-" + rows + "-x-" + columns, page.text().get("themes.byDimension.title",
        theme.dimensionLabel(rows), theme.dimensionLabel(columns)), theme.dimensionLabel(rows),
        theme.dimensionLabel(columns), theme.labelPairs(rows, columns));
  }

  private void cooccurrence(ReportPage page, ThemeCodings theme) {
    CooccurrenceMatrix m = theme.cooccurrence();
    if (m.codes().size() < 2) {
      return;
    }
    ReportText words = page.text();
    page.heading(null, words.get("themes.cooccurrence.heading"));
    List<String> header = new ArrayList<>(List.of(words.get("column.code")));
    header.addAll(m.codes());
    ReportTable.Builder counts = new ReportTable.Builder(theme.codebookId() + "-cooccurrences",
        words.get("themes.cooccurrence.counts"), header.toArray(String[]::new));
    ReportTable.Builder jaccard = new ReportTable.Builder(theme.codebookId() + "-jaccard",
        words.get("themes.cooccurrence.jaccard"), header.toArray(String[]::new));
    int n = m.codes().size();
    double[][] colour = new double[n][n];
    String[][] text = new String[n][n];
    for (int i = 0; i < n; i++) {
      List<Object> c = new ArrayList<>(List.of(m.codes().get(i)));
      List<Object> j = new ArrayList<>(List.of(m.codes().get(i)));
      for (int k = 0; k < n; k++) {
        c.add(m.count(i, k));
        j.add(ReportTable.decimal(m.jaccard(i, k), 3));
        colour[i][k] = i == k ? 0 : m.jaccard(i, k);
        text[i][k] = m.count(i, k) == 0 ? "" : words.integer(m.count(i, k));
      }
      counts.row(c.toArray());
      jaccard.row(j.toArray());
    }
    page.table(counts.build(), n <= 12 ? n : 0, null);
    page.table(jaccard.build(), 0, null);
    page.note(words.get("themes.cooccurrence.note"));
    page.chart(charts.heatMap(theme.codebookId() + "-cooccurrences", words.get("themes.cooccurrence.chart"),
        words.get("themes.cooccurrence.axis"), words.get("themes.cooccurrence.axis"), m.codes(), m.codes(), colour,
        text, Charts.sequential(), words.get("themes.cooccurrence.scale")));
  }

}
