package fr.parole.report;

import fr.parole.stats.CodeCooccurrence;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencyTable;
import fr.parole.stats.CodedSegment;
import fr.parole.stats.CooccurrenceMatrix;
import fr.parole.study.ReportQueries.CodedRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
      if (!theme.retained().isEmpty()) {
        theme(page, context, theme);
      }
    }
  }

  private void theme(ReportPage page, ReportContext context, ThemeCodings theme) {
    String id = theme.codebookId();
    ReportText text = page.text();
    page.heading("theme-" + ReportText.slug(id), text.get("themes.codebook", theme.title()));
    long segments = theme.retained().stream().map(CodedRow::segmentId).distinct().count();
    long sources = theme.retained().stream().map(CodedRow::source).distinct().count();
    page.paragraph(text.get("themes.summary", text.integer(segments), text.integer(sources),
        text.integer(theme.retained().size()), text.integer(theme.all().size())));
    CodeFrequencyTable.Group whole = new CodeFrequencyTable.Group(List.of(), segments, sources);
    List<String> dimensions = theme.dimensions();
    for (String dimension : dimensions) {
      page.heading(null, theme.dimensionLabel(dimension));
      CodeFrequencyTable freq = new CodeFrequencies().by(theme.coded(dimension, false), List.of(),
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
    List<String> codes = theme.retained().stream().map(CodedRow::code).distinct().sorted().toList();
    QuotesView.show(page, context, theme, codes);
  }

  /** A dimension crossed with the attributes asked (by default establishment and level), then with « niveau ». */
  private void crosstabs(ReportPage page, ReportOptions options, ThemeCodings theme, String dimension,
      List<String> dimensions) {
    if (options.attributes().isEmpty()) {
      crosstab(page, theme, dimension, "establishment", page.text().label("establishment"));
      LEVEL_ATTRIBUTES.stream().filter(a -> carries(theme.in(dimension), a)).findFirst()
          .ifPresent(a -> crosstab(page, theme, dimension, a, page.text().label(a)));
    } else {
      options.attributes().forEach(a -> crosstab(page, theme, dimension, a, page.text().label(a)));
    }
    if (!dimension.equals("niveau") && dimensions.contains("niveau")) {
      byDimension(page, theme, dimension, "niveau");
    }
  }

  private void stacked(ReportPage page, ThemeCodings theme, String dimension) {
    if (!carries(theme.in(dimension), "establishment")) {
      return;
    }
    List<CodedSegment> coded = theme.coded(dimension, true);
    Map<String, Long> totals = coded.stream().collect(Collectors.groupingBy(CodedSegment::code, TreeMap::new,
        Collectors.counting()));
    List<String> kept = totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).limit(STACKED_CODES).map(Map.Entry::getKey).toList();
    Map<String, Map<String, Long>> byGroup = new TreeMap<>();
    ReportText text = page.text();
    for (CodedSegment c : coded) {
      String code = kept.contains(c.code()) ? theme.label(c.code()) : text.get("chart.others");
      byGroup.computeIfAbsent(text.group(c.attributes().get("establishment")), g -> new TreeMap<>())
          .merge(code, 1L, Long::sum);
    }
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> series = new ArrayList<>(kept.stream().map(theme::label).toList());
    if (totals.size() > kept.size()) {
      series.add(text.get("chart.others"));
    }
    byGroup.forEach((group, counts) -> {
      double n = counts.values().stream().mapToLong(Long::longValue).sum();
      series.forEach(s -> data.addValue(100.0 * counts.getOrDefault(s, 0L) / n, s, group));
    });
    page.chart(charts.bars(theme.codebookId() + "-" + dimension + "-par-etablissement",
        text.get("themes.stacked.title", theme.dimensionLabel(dimension)), text.label("establishment"), "%", data, true));
  }

  private void crosstab(ReportPage page, ThemeCodings theme, String dimension, String attribute, String label) {
    if (!carries(theme.in(dimension), attribute)) {
      return;
    }
    List<Map.Entry<String, String>> pairs = theme.coded(dimension, true).stream()
        .map(c -> Map.entry(theme.label(c.code()), page.text().group(c.attributes().get(attribute)))).toList();
    // Every value the codebook's coded segments take, so that one with no coding in this dimension is named.
    List<String> values = theme.retained().stream().map(r -> page.text().group(r.attributes().get(attribute)))
        .distinct().toList();
    crosstabs.show(page, theme.codebookId() + "-" + dimension + "-x-" + attribute,
        page.text().get("themes.crosstab.title", theme.dimensionLabel(dimension), label), theme.dimensionLabel(dimension),
        label, pairs, values);
  }

  /** Two dimensions on the same segments, e.g. the type of statement by the level it concerns. */
  private void byDimension(ReportPage page, ThemeCodings theme, String rows, String columns) {
    Map<Long, String> column = new TreeMap<>();
    theme.coded(columns, true).forEach(c -> column.put(c.segment(), theme.label(c.code())));
    List<Map.Entry<String, String>> pairs = theme.coded(rows, true).stream().filter(c -> column.containsKey(c.segment()))
        .map(c -> Map.entry(theme.label(c.code()), column.get(c.segment()))).toList();
    crosstabs.show(page, theme.codebookId() + "-" + rows + "-x-" + columns, page.text().get("themes.byDimension.title",
        theme.dimensionLabel(rows), theme.dimensionLabel(columns)), theme.dimensionLabel(rows),
        theme.dimensionLabel(columns), pairs);
  }

  private void cooccurrence(ReportPage page, ThemeCodings theme) {
    CooccurrenceMatrix m = new CodeCooccurrence().compute(theme.codedAll());
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

  private static boolean carries(List<CodedRow> rows, String attribute) {
    return rows.stream().anyMatch(r -> r.attributes().containsKey(attribute));
  }

}
