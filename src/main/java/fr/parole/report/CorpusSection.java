package fr.parole.report;

import fr.parole.stats.AttributeBreakdown;
import fr.parole.stats.CodeFrequencies;
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
    ReportText text = page.text();
    page.section("corpus", text.get("corpus.title"));
    page.raw("<div class=\"cards\">" + card(text, s.sources(), text.get("corpus.card.sources"))
        + card(text, s.segments(), text.get("corpus.card.segments"))
        + card(text, s.words(), text.get("corpus.card.words"))
        + card(text, s.interviewerTurns(), text.get("corpus.card.interviewer")) + "</div>\n");
    if (s.otherSegments() > 0) {
      page.note(text.get("corpus.otherSegments", text.integer(s.otherSegments())));
    }
    if (s.segments() == 0) {
      page.note(text.get("corpus.empty", context.study().folder().getFileName()));
    }
    List<String> attributes = stats.attributes(context.study().config().attributes());
    for (String attribute : attributes) {
      if (context.options().hasSection(attribute)) {
        continue;
      }
      page.heading("attributs-" + ReportText.slug(attribute), text.title(attribute));
      breakdown(page, stats.breakdown(attribute, s));
    }
    sources(page, context.queries().sources());
  }

  /** The sections « Par établissement » and « Par niveau », after the themes. */
  void writeGroups(ReportPage page, ReportContext context) {
    CorpusStatistics stats = new CorpusStatistics(context.corpus());
    List<String> attributes = stats.attributes(context.study().config().attributes());
    if (!context.options().attributes().isEmpty()) {
      // Attributes asked with --par: each gets its section, whatever its number of values.
      for (String a : context.options().attributes()) {
        boolean level = ThemesSection.LEVEL_ATTRIBUTES.contains(a);
        bySection(page, context, stats, context.options().attributes(), a, a.equals("establishment")
            ? "par-etablissement" : level ? "par-niveau" : "par-" + ReportText.slug(a),
            a.equals("establishment") ? page.text().get("section.byEstablishment")
                : level ? page.text().get("section.byLevel") : page.text().title(a));
      }
      return;
    }
    bySection(page, context, stats, attributes, "establishment", "par-etablissement",
        page.text().get("section.byEstablishment"));
    ThemesSection.LEVEL_ATTRIBUTES.stream().filter(attributes::contains).findFirst()
        .ifPresent(a -> bySection(page, context, stats, attributes, a, "par-niveau", page.text().get("section.byLevel")));
  }

  private void bySection(ReportPage page, ReportContext context, CorpusStatistics stats, List<String> attributes,
      String attribute, String id, String title) {
    if (!attributes.contains(attribute)) {
      return;
    }
    page.section(id, title);
    breakdown(page, stats.breakdown(attribute));
    ReportText text = page.text();
    if (context.coded()) {
      new SpecificitiesView().write(page, context.lemmas(), attribute, text.label(attribute));
    }
    for (ThemeCodings theme : context.themes()) {
      ThemeGroupsView.show(page, theme, attribute);
    }
  }

  private void breakdown(ReportPage page, AttributeBreakdown b) {
    ReportText text = page.text();
    String label = text.label(b.attribute());
    ReportTable.Builder t = new ReportTable.Builder("corpus-par-" + b.attribute(), text.get("corpus.breakdown.title",
        text.lower(label)), label, text.get("column.sources"), text.get("column.segments"),
        text.get("corpus.breakdown.segmentPercent"), text.get("column.words"), text.get("corpus.breakdown.wordPercent"),
        text.get("corpus.breakdown.wordsPerSegment"));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double left = 0; // the share of segments of the values the chart leaves out (rows: most segments first)
    for (int i = 0; i < b.rows().size(); i++) {
      AttributeBreakdown.Row row = b.rows().get(i);
      String value = text.value(row.value());
      t.row(value, (long) row.sources(), (long) row.segments(), ReportTable.percent(row.segmentShare()), row.words(),
          ReportTable.percent(row.wordShare()), ReportTable.percent(row.wordsPerSegment()));
      if (i < Charts.MAX_GROUPS) {
        data.addValue(row.segmentShare(), text.get("corpus.breakdown.segmentSeries"), value);
        data.addValue(row.wordShare(), text.get("corpus.breakdown.wordSeries"), value);
      } else {
        left += row.segmentShare();
      }
    }
    t.row(text.get("column.total"), null, b.totalSegments(), ReportTable.percent(100), b.totalWords(),
        ReportTable.percent(100), null);
    page.table(t.build());
    if (b.rows().size() > Charts.MAX_GROUPS) {
      // A bar pooling them would dwarf the others: they are left to the table.
      page.note(text.get("chart.largestGroups", Charts.MAX_GROUPS, b.rows().size() - Charts.MAX_GROUPS,
          text.decimal(left, 1)));
    }
    if (!b.rows().isEmpty()) {
      page.chart(charts.bars("corpus-par-" + b.attribute(), text.get("corpus.breakdown.chart", text.lower(label)),
          label, "%", data, false));
    }
  }

  private static void sources(ReportPage page, List<SourceRecord> sources) {
    ReportText text = page.text();
    page.heading("sources", text.get("corpus.sources.heading"));
    ReportTable.Builder t = new ReportTable.Builder("sources", text.get("corpus.sources.title"), text.get("column.file"),
        text.get("column.format"), text.get("column.encoding"), text.get("column.segments"), text.get("column.words"));
    for (SourceRecord source : sources) {
      t.row(source.path(), source.format(), source.encoding(), (long) source.segments(), (long) source.words());
    }
    page.table(t.build());
  }

  private static String card(ReportText text, long n, String label) {
    return "<div class=\"card\"><b>" + text.integer(n) + "</b>" + ReportText.html(label) + "</div>";
  }

}
