package fr.parole.report;

import fr.parole.stats.AttributeBreakdown;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencyTable;
import fr.parole.stats.CorpusStatistics;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The corpus: counts, sources, and segments by attribute; establishment and level get sections
 * of their own (« Par établissement », « Par niveau ») with the codes of each codebook by group.
 */
final class CorpusSection {
  private final Charts charts;

  CorpusSection(Charts charts) {
    this.charts = charts;
  }

  void write(ReportPage page, ReportContext context) {
    CorpusStatistics stats = new CorpusStatistics(context.corpus());
    StoreSummary s = stats.summary();
    page.section("corpus", "Corpus");
    page.raw("<div class=\"cards\">" + card(s.sources(), "sources") + card(s.segments(), "segments (tours des participants)")
        + card(s.words(), "mots") + card(s.interviewerTurns(), "tours de l'enquêteur (exclus)") + "</div>\n");
    if (s.otherSegments() > 0) {
      page.note(ReportText.integer(s.otherSegments()) + " passage(s) hors tour de parole (titres, notes de contexte) "
          + "sont conservés mais exclus des comptes.");
    }
    if (s.segments() == 0) {
      page.note("L'étude ne contient encore aucun segment : importez des sources avec « parole import "
          + context.study().folder().getFileName() + " ».");
    }
    List<String> attributes = stats.attributes(context.study().config().attributes());
    for (String attribute : attributes) {
      if (attribute.equals("establishment") || ThemesSection.LEVEL_ATTRIBUTES.contains(attribute)) {
        continue;
      }
      page.heading("attributs-" + ReportText.slug(attribute), ReportText.title(attribute));
      breakdown(page, stats.breakdown(attribute, s));
    }
    sources(page, context.queries().sources());
  }

  /** The sections « Par établissement » and « Par niveau », after the themes. */
  void writeGroups(ReportPage page, ReportContext context) {
    CorpusStatistics stats = new CorpusStatistics(context.corpus());
    List<String> attributes = stats.attributes(context.study().config().attributes());
    bySection(page, context, stats, attributes, "establishment", "par-etablissement", "Par établissement");
    ThemesSection.LEVEL_ATTRIBUTES.stream().filter(attributes::contains).findFirst()
        .ifPresent(a -> bySection(page, context, stats, attributes, a, "par-niveau", "Par niveau"));
  }

  private void bySection(ReportPage page, ReportContext context, CorpusStatistics stats, List<String> attributes,
      String attribute, String id, String title) {
    if (!attributes.contains(attribute)) {
      return;
    }
    page.section(id, title);
    breakdown(page, stats.breakdown(attribute));
    if (context.coded()) {
      new SpecificitiesView().write(page, context.lemmas(), attribute, ReportText.label(attribute));
    }
    for (ThemeCodings theme : context.themes()) {
      for (String dimension : theme.dimensions()) {
        if (!theme.carries(dimension, attribute)) {
          continue;
        }
        CodeFrequencyTable freq = frequencies(theme, dimension, attribute);
        ReportTable.Builder t = new ReportTable.Builder(theme.codebookId() + "-" + dimension + "-par-" + attribute,
            theme.dimensionLabel(dimension) + " par " + ReportText.label(attribute).toLowerCase(java.util.Locale.FRENCH),
            ReportText.label(attribute), "code", "libellé", "segments", "% des segments codés du groupe", "sources",
            "% du code");
        freq.rows().stream().sorted(java.util.Comparator.comparing((CodeFrequencyTable.Row r) -> r.group().get(0))
            .thenComparing(CodeFrequencyTable.Row::code)).filter(r -> r.segments() > 0)
            .forEach(r -> t.row(r.group().get(0), r.code(), theme.label(r.code()), r.segments(),
                ReportTable.percent(r.segmentPercent()), r.sources(), ReportTable.percent(r.shareOfCode())));
        page.table(t.build());
      }
    }
  }

  /** Codes rolled up to their top level, by group of the attribute, from the theme's counts. */
  private static CodeFrequencyTable frequencies(ThemeCodings theme, String dimension, String attribute) {
    Map<List<String>, CodeFrequencies.Count> groups = new HashMap<>();
    theme.in(dimension).groups().get(attribute).forEach((group, count) -> groups.put(List.of(group), count));
    Map<String, Map<List<String>, CodeFrequencies.Count>> byCode = new TreeMap<>();
    theme.in(dimension).rolledUp().get(attribute).forEach((group, codes) -> codes.forEach((code, count) ->
        byCode.computeIfAbsent(code, c -> new HashMap<>()).put(List.of(group), count)));
    return new CodeFrequencies().fromCounts(List.of(attribute), groups, byCode, Map.of());
  }

  private void breakdown(ReportPage page, AttributeBreakdown b) {
    String label = ReportText.label(b.attribute());
    ReportTable.Builder t = new ReportTable.Builder("corpus-par-" + b.attribute(), "Segments et mots par "
        + label.toLowerCase(java.util.Locale.FRENCH), label, "sources", "segments", "% segments", "mots", "% mots",
        "mots par segment");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double left = 0; // the share of segments of the values the chart leaves out (rows: most segments first)
    for (int i = 0; i < b.rows().size(); i++) {
      AttributeBreakdown.Row row = b.rows().get(i);
      String value = ReportText.value(row.value());
      t.row(value, (long) row.sources(), (long) row.segments(), ReportTable.percent(row.segmentShare()), row.words(),
          ReportTable.percent(row.wordShare()), ReportTable.percent(row.wordsPerSegment()));
      if (i < Charts.MAX_GROUPS) {
        data.addValue(row.segmentShare(), "% des segments", value);
        data.addValue(row.wordShare(), "% des mots", value);
      } else {
        left += row.segmentShare();
      }
    }
    t.row("Total", null, b.totalSegments(), ReportTable.percent(100), b.totalWords(), ReportTable.percent(100), null);
    page.table(t.build());
    if (b.rows().size() > Charts.MAX_GROUPS) {
      // A bar pooling them would dwarf the others: they are left to the table.
      page.note("Le graphique montre les " + Charts.MAX_GROUPS + " valeurs les plus fréquentes ; les "
          + (b.rows().size() - Charts.MAX_GROUPS) + " autres (" + ReportText.decimal(left, 1)
          + " % des segments) sont dans le tableau.");
    }
    if (!b.rows().isEmpty()) {
      page.chart(charts.bars("corpus-par-" + b.attribute(), "Part des segments et des mots par "
          + label.toLowerCase(java.util.Locale.FRENCH), label, "%", data, false));
    }
  }

  private static void sources(ReportPage page, List<SourceRecord> sources) {
    page.heading("sources", "Sources");
    ReportTable.Builder t = new ReportTable.Builder("sources", "Sources importées", "fichier", "format", "encodage",
        "segments", "mots");
    for (SourceRecord source : sources) {
      t.row(source.path(), source.format(), source.encoding(), (long) source.segments(), (long) source.words());
    }
    page.table(t.build());
  }

  private static String card(long n, String label) {
    return "<div class=\"card\"><b>" + ReportText.integer(n) + "</b>" + ReportText.html(label) + "</div>";
  }

}
