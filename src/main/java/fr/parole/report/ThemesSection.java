package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The themes: per codebook and dimension, code frequencies (segments carrying each code, as a
 * share of the segments analysed with the codebook), the crossed dimensions by establishment and
 * level (one test per code in a non-exclusive dimension, a crosstab in an exclusive one), the
 * dimensions crossed with each other, co-occurrence of codes, and typical quotes.
 */
final class ThemesSection {
  /** Codes beyond this many share « autres codes » in a stacked bar: the palette has 7 safe colours. */
  static final int STACKED_CODES = 7;

  private final Charts charts;
  private final CrosstabView crosstabs;
  private final PresenceView presence;
  private final YearTrendView years;
  private final ThemeFindings findings;

  ThemesSection(Charts charts, ThemeFindings findings) {
    this.charts = charts;
    this.crosstabs = new CrosstabView(charts);
    this.presence = new PresenceView(charts);
    this.years = new YearTrendView(charts);
    this.findings = findings;
  }

  void write(ReportPage page, ReportContext context) {
    page.section("themes", page.text().get("themes.title"));
    if (!context.coded()) {
      page.note(page.text().get("themes.notCoded"));
      return;
    }
    for (ThemeCodings theme : context.themes()) {
      if (theme.counted() > 0) {
        theme(page, context, theme);
      }
    }
  }

  private void theme(ReportPage page, ReportContext context, ThemeCodings theme) {
    ReportText text = page.text();
    page.heading("theme-" + ReportText.slug(theme.codebookId()), text.get("themes.codebook", theme.title()));
    long analysed = theme.analysed().segments();
    page.paragraph(text.get("themes.summary", ThemeWords.count(text, theme, analysed), text.integer(theme.segments()),
        text.integer(analysed - theme.segments()), text.integer(theme.counted()), text.integer(theme.recorded())));
    List<String> dimensions = theme.dimensions();
    for (String dimension : dimensions) {
      page.heading(null, theme.dimensionLabel(dimension));
      new FrequencyView().show(page, theme, dimension);
      if (theme.exclusive(dimension)) {
        stacked(page, theme, dimension);
      }
      years.show(page, theme, dimension);
    }
    for (String crossed : context.options().crossed(dimensions)) {
      for (String attribute : crossedAttributes(context.options(), theme, crossed)) {
        crossing(page, theme, crossed, attribute, text.label(attribute));
      }
      if (!crossed.equals("niveau") && dimensions.contains("niveau")) {
        byDimension(page, theme, crossed, "niveau");
      }
    }
    cooccurrence(page, theme);
    QuotesView.show(page, context, theme);
  }

  /**
   * The attributes a dimension is crossed with: those asked, else the establishment, the level and,
   * for comments, the service; never one the dimension is coded from (« Niveau × Niveau »).
   */
  static List<String> crossedAttributes(ReportOptions options, ThemeCodings theme, String dimension) {
    List<String> attributes = new ArrayList<>();
    if (options.attributes().isEmpty()) {
      attributes.add("establishment");
      ReportOptions.LEVEL_ATTRIBUTES.stream().filter(a -> theme.carries(dimension, a)).findFirst().ifPresent(attributes::add);
      attributes.add(ThemeCodings.SERVICE);
    } else {
      attributes.addAll(options.attributes());
    }
    return attributes.stream().filter(a -> theme.carries(dimension, a) && !theme.codedFrom(dimension, a)).toList();
  }

  /** A dimension by an attribute: one test per code, or a crosstab when the dimension is exclusive. */
  private void crossing(ReportPage page, ThemeCodings theme, String dimension, String attribute, String label) {
    String title = page.text().get("themes.crosstab.title", theme.dimensionLabel(dimension), label);
    if (theme.exclusive(dimension)) {
      crosstab(page, theme, dimension, attribute, title, label);
    } else {
      presence.show(page, theme, dimension, attribute, findings.presence(theme, dimension, attribute), title, false);
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
        g -> new TreeMap<>()).merge(kept.contains(code) ? ThemeWords.rolledLabel(text, theme, code)
            : text.get("chart.others"), n.segments(), Long::sum)));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> series = new ArrayList<>(kept.stream().map(c -> ThemeWords.rolledLabel(text, theme, c)).toList());
    if (totals.size() > kept.size()) {
      series.add(text.get("chart.others"));
    }
    poolSmallestGroups(byGroup, text).forEach((group, counts) -> {
      double n = counts.values().stream().mapToLong(Long::longValue).sum();
      series.forEach(s -> data.addValue(100.0 * counts.getOrDefault(s, 0L) / n, s, group));
    });
    page.chart(charts.bars(theme.codebookId() + "-" + dimension + "-par-etablissement",
        text.get("themes.stacked.title", theme.dimensionLabel(dimension), ThemeWords.units(text, theme)),
        text.label("establishment"), "%", data, true));
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

  /** An exclusive dimension by an attribute: one code per segment, so a chi-square of the crosstab holds. */
  private void crosstab(ReportPage page, ThemeCodings theme, String dimension, String attribute, String title,
      String label) {
    ReportText text = page.text();
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    long missing = 0;
    for (var entry : theme.labelsByGroup(dimension, attribute).entrySet()) {
      for (var group : entry.getValue().entrySet()) {
        if (group.getKey().equals(CodeFrequencies.MISSING)) {
          missing += group.getValue();
        } else {
          counts.computeIfAbsent(entry.getKey(), c -> new TreeMap<>()).merge(text.value(attribute, group.getKey()),
              group.getValue(), Long::sum);
        }
      }
    }
    // Every value the codebook's coded segments take, so that one with no coding in this dimension is named.
    List<String> values = theme.groups(attribute).stream().filter(g -> !g.equals(CodeFrequencies.MISSING))
        .map(g -> text.value(attribute, g)).distinct().toList();
    crosstabs.show(page, theme.codebookId() + "-" + dimension + "-x-" + attribute, title,
        theme.dimensionLabel(dimension), label, counts, values);
    if (missing > 0) {
      page.note(text.get("presence.missing", ThemeWords.count(text, theme, missing), text.lower(label)));
    }
  }

  /**
   * Two dimensions on the same segments, e.g. the type of statement by the level it concerns: a
   * crosstab with its test when both are exclusive; else the counts alone, since a segment may then
   * count in several cells.
   */
  private void byDimension(ReportPage page, ThemeCodings theme, String rows, String columns) {
    ReportText text = page.text();
    String title = text.get("themes.byDimension.title", theme.dimensionLabel(rows), theme.dimensionLabel(columns),
        ThemeWords.units(text, theme));
    Map<String, Map<String, Long>> pairs = theme.labelPairs(rows, columns);
    if (pairs.isEmpty()) {
      return;
    }
    if (theme.exclusive(rows) && theme.exclusive(columns)) {
      crosstabs.show(page, theme.codebookId() + "-" + rows + "-x-" + columns, title, theme.dimensionLabel(rows),
          theme.dimensionLabel(columns), pairs);
      return;
    }
    page.heading(null, title);
    List<String> columnLabels = pairs.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
    List<String> header = new ArrayList<>(List.of(theme.dimensionLabel(rows)));
    header.addAll(columnLabels);
    ReportTable.Builder t = new ReportTable.Builder(theme.codebookId() + "-" + rows + "-x-" + columns,
        text.get("crosstab.counts", title), header.toArray(String[]::new));
    pairs.forEach((row, counts) -> {
      List<Object> cells = new ArrayList<>(List.of(row));
      columnLabels.forEach(c -> cells.add(counts.getOrDefault(c, 0L)));
      t.row(cells.toArray());
    });
    page.table(t.build());
    page.note(text.get("themes.byDimension.noTest", ThemeWords.units(text, theme)));
  }

  private void cooccurrence(ReportPage page, ThemeCodings theme) {
    new CooccurrenceView(charts).show(page, theme);
  }
}
