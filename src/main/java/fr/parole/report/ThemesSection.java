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

  ThemesSection(Charts charts) {
    this.charts = charts;
    this.crosstabs = new CrosstabView(charts);
  }

  void write(ReportPage page, ReportContext context) {
    page.section("themes", "Thèmes");
    if (!context.coded()) {
      page.note("Aucun segment n'est encore codé : lancez « parole code » (ou « parole run ») puis refaites le "
          + "rapport. Le corpus est décrit plus haut.");
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
    page.heading("theme-" + ReportText.slug(id), "Livre de codes « " + theme.title() + " »");
    long segments = theme.segments();
    long sources = theme.sources();
    page.paragraph(ReportText.integer(segments) + " segments de " + ReportText.integer(sources)
        + " sources portent au moins un code ; " + ReportText.integer(theme.retained())
        + " codages retenus sur " + ReportText.integer(theme.recorded()) + " enregistrés (voir la méthode).");
    CodeFrequencyTable.Group whole = new CodeFrequencyTable.Group(List.of(), segments, sources);
    List<String> dimensions = theme.dimensions();
    for (String dimension : dimensions) {
      page.heading(null, theme.dimensionLabel(dimension));
      Map<String, Map<List<String>, Count>> byCode = new TreeMap<>();
      theme.in(dimension).codes().forEach((code, count) -> byCode.put(code, Map.of(List.of(), count)));
      CodeFrequencyTable freq = new CodeFrequencies().fromCounts(List.of(), Map.of(List.of(), whole(theme)), byCode,
          Map.of(List.of(), whole));
      ReportTable.Builder t = new ReportTable.Builder(id + "-" + dimension + "-frequences",
          "Fréquence des codes : " + theme.dimensionLabel(dimension), "code", "libellé", "segments",
          "% des segments codés", "sources", "% des sources codées");
      freq.rows().stream().sorted(Comparator.comparingLong(CodeFrequencyTable.Row::segments).reversed()
          .thenComparing(CodeFrequencyTable.Row::code)).forEach(r -> t.row(r.code(), theme.label(r.code()),
              r.segments(), ReportTable.percent(r.segmentPercent()), r.sources(),
              ReportTable.percent(r.sourcePercent())));
      page.table(t.build());
      stacked(page, theme, dimension);
    }
    String first = dimensions.get(0);
    crosstab(page, theme, first, "establishment", "Établissement");
    LEVEL_ATTRIBUTES.stream().filter(a -> theme.carries(first, a)).findFirst()
        .ifPresent(a -> crosstab(page, theme, first, a, ReportText.label(a)));
    if (!first.equals("niveau") && dimensions.contains("niveau")) {
      byDimension(page, theme, first, "niveau");
    }
    cooccurrence(page, theme);
    QuotesView.show(page, context, theme);
  }

  /** The whole theme as one group: its segments and sources coded. */
  private static Count whole(ThemeCodings theme) {
    return new Count(theme.segments(), theme.sources());
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
    coded.forEach((group, codes) -> codes.forEach((code, n) -> byGroup.computeIfAbsent(group, g -> new TreeMap<>())
        .merge(kept.contains(code) ? theme.label(code) : "autres codes", n.segments(), Long::sum)));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> series = new ArrayList<>(kept.stream().map(theme::label).toList());
    if (totals.size() > kept.size()) {
      series.add("autres codes");
    }
    poolSmallestGroups(byGroup).forEach((group, counts) -> {
      double n = counts.values().stream().mapToLong(Long::longValue).sum();
      series.forEach(s -> data.addValue(100.0 * counts.getOrDefault(s, 0L) / n, s, group));
    });
    page.chart(charts.bars(theme.codebookId() + "-" + dimension + "-par-etablissement",
        theme.dimensionLabel(dimension) + " par établissement (% des segments codés dans la dimension)",
        "Établissement", "%", data, true));
  }

  /**
   * The groups' counts, alphabetically; beyond {@link Charts#MAX_GROUPS} groups, only the
   * {@link Charts#MAX_GROUPS} with most coded segments (ties: alphabetical), still alphabetically,
   * then one bar pooling the others' counts.
   */
  static Map<String, Map<String, Long>> poolSmallestGroups(Map<String, Map<String, Long>> byGroup) {
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
    kept.put(Charts.others(byGroup.size() - largest.size()), pooled);
    return kept;
  }

  private void crosstab(ReportPage page, ThemeCodings theme, String dimension, String attribute, String label) {
    if (!theme.carries(dimension, attribute)) {
      return;
    }
    crosstabs.show(page, theme.codebookId() + "-" + dimension + "-x-" + attribute,
        theme.dimensionLabel(dimension) + " × " + label, theme.dimensionLabel(dimension), label,
        theme.labelsByGroup(dimension, attribute));
  }

  /** Two dimensions on the same segments, e.g. the type of statement by the level it concerns. */
  private void byDimension(ReportPage page, ThemeCodings theme, String rows, String columns) {
    crosstabs.show(page, theme.codebookId() + "-" + rows + "-x-" + columns, theme.dimensionLabel(rows) + " × "
        + theme.dimensionLabel(columns) + " (segments codés dans les deux)", theme.dimensionLabel(rows),
        theme.dimensionLabel(columns), theme.labelPairs(rows, columns));
  }

  private void cooccurrence(ReportPage page, ThemeCodings theme) {
    CooccurrenceMatrix m = theme.cooccurrence();
    if (m.codes().size() < 2) {
      return;
    }
    page.heading(null, "Codes qui vont ensemble (co-occurrences)");
    List<String> header = new ArrayList<>(List.of("code"));
    header.addAll(m.codes());
    ReportTable.Builder counts = new ReportTable.Builder(theme.codebookId() + "-cooccurrences",
        "Segments portant les deux codes", header.toArray(String[]::new));
    ReportTable.Builder jaccard = new ReportTable.Builder(theme.codebookId() + "-jaccard",
        "Indice de Jaccard des codes", header.toArray(String[]::new));
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
        text[i][k] = m.count(i, k) == 0 ? "" : ReportText.integer(m.count(i, k));
      }
      counts.row(c.toArray());
      jaccard.row(j.toArray());
    }
    page.table(counts.build(), n <= 12 ? n : 0, null);
    page.table(jaccard.build(), 0, null);
    page.note("Diagonale : segments portant le code. Indice de Jaccard = segments avec les deux codes / segments avec "
        + "l'un ou l'autre (0 : jamais ensemble, 1 : toujours).");
    page.chart(charts.heatMap(theme.codebookId() + "-cooccurrences", "Co-occurrences des codes (couleur : Jaccard, "
        + "nombre : segments)", "Code", "Code", m.codes(), m.codes(), colour, text, Charts.sequential(), "Indice de Jaccard"));
  }

}
