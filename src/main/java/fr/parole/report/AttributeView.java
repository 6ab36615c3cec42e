package fr.parole.report;

import fr.parole.stats.AttributeBreakdown;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Segments and words by value of an attribute: a table (values, then the segments without the
 * attribute apart, then the total) and a chart of the values alone, so that a mostly missing
 * attribute (the role of e-Satis comments) does not draw one huge « (non renseigné) » bar.
 * Attributes that almost no segment carries share one compact table instead.
 */
final class AttributeView {
  /**
   * An attribute study.yaml does not list and that fewer than this share (%) of the analysed
   * segments carry (the project of a few questionnaire answers) gets no section of its own.
   */
  static final double SPARSE_SHARE = 10;

  private final Charts charts;
  /** What the segments are, as the tables name them: {@code comments}, {@code turns}, {@code answers} or {@code segments}. */
  private final String unit;

  AttributeView(Charts charts, String unit) {
    this.charts = charts;
    this.unit = unit;
  }

  /** « commentaires », or « commentaire » when {@code one}. */
  private String units(ReportText text, boolean one) {
    return text.get("corpus.unit." + unit + (one ? ".one" : ".many"));
  }

  /** The share (%) of the analysed segments that carry the attribute. */
  static double carried(AttributeBreakdown b) {
    return b.rows().stream().filter(r -> r.value() != null).mapToDouble(AttributeBreakdown.Row::segmentShare).sum();
  }

  /** The breakdown's table and chart; {@code names} relabel values the report has no label for (questionnaires). */
  void show(ReportPage page, AttributeBreakdown b, Map<String, String> names) {
    ReportText text = page.text();
    String attribute = b.attribute();
    String label = text.label(attribute);
    List<AttributeBreakdown.Row> values = values(b);
    AttributeBreakdown.Row missing = b.rows().stream().filter(r -> r.value() == null).findFirst().orElse(null);
    boolean ids = !names.isEmpty() || text.relabels(attribute, values.stream().map(AttributeBreakdown.Row::value).toList());
    List<String> header = new ArrayList<>(List.of(label));
    if (ids) {
      header.add(attribute + "_id");
    }
    header.addAll(List.of(text.get("column.sources"), units(text, false),
        text.get("corpus.breakdown.segmentPercent", units(text, false)), text.get("column.words"),
        text.get("corpus.breakdown.wordPercent"), text.get("corpus.breakdown.wordsPerSegment", units(text, true))));
    ReportTable.Builder t = new ReportTable.Builder("corpus-par-" + attribute, text.get("corpus.breakdown.title",
        ThemeWords.capitalised(units(text, false)), text.lower(label)), header.toArray(String[]::new));
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double left = 0; // the share of segments of the values the chart leaves out (rows: most segments first)
    for (int i = 0; i < values.size(); i++) {
      AttributeBreakdown.Row row = values.get(i);
      String value = names.getOrDefault(row.value(), text.value(attribute, row.value()));
      t.row(cells(row, value, ids ? row.value() : null, ids));
      if (i < Charts.MAX_GROUPS) {
        data.addValue(row.segmentShare(), text.get("corpus.breakdown.segmentSeries", units(text, false)), value);
        data.addValue(row.wordShare(), text.get("corpus.breakdown.wordSeries"), value);
      } else {
        left += row.segmentShare();
      }
    }
    if (missing != null) {
      t.row(cells(missing, text.value(null), null, ids));
    }
    List<Object> total = new ArrayList<>(List.of(text.get("column.total")));
    if (ids) {
      total.add(null);
    }
    total.addAll(java.util.Arrays.asList(null, (long) b.totalSegments(), ReportTable.percent(100), b.totalWords(),
        ReportTable.percent(100), null));
    t.row(total.toArray());
    page.table(t.build());
    if (values.size() > Charts.MAX_GROUPS) {
      // A bar pooling them would dwarf the others: they are left to the table.
      page.note(text.get("chart.largestGroups", Charts.MAX_GROUPS, values.size() - Charts.MAX_GROUPS,
          text.decimal(left, 1)));
    }
    if (values.size() > 1) {
      page.chart(charts.bars("corpus-par-" + attribute, text.get("corpus.breakdown.chart", units(text, false),
          text.lower(label)),
          label, "%", data, false));
      if (missing != null) {
        page.note(text.get("corpus.breakdown.missingApart", text.integer(missing.segments()),
            text.decimal(missing.segmentShare(), 1), text.lower(label), text.value(null),
            units(text, missing.segments() == 1)));
      }
    }
  }

  /**
   * The attributes few segments carry, in one table: each value with its sources, segments and
   * words; the segments without them are not listed (they are most of the corpus).
   */
  void sparse(ReportPage page, List<AttributeBreakdown> breakdowns, Map<String, Map<String, String>> names) {
    if (breakdowns.isEmpty()) {
      return;
    }
    ReportText text = page.text();
    page.heading("attributs-peu-portes", text.get("corpus.sparse.heading"));
    ReportTable.Builder t = new ReportTable.Builder("corpus-autres-attributs", text.get("corpus.sparse.title"),
        text.get("corpus.sparse.attribute"), "attribute_id", text.get("corpus.sparse.value"), "value_id",
        text.get("column.sources"), units(text, false), text.get("corpus.breakdown.segmentPercent", units(text, false)),
        text.get("column.words"));
    for (AttributeBreakdown b : breakdowns) {
      Map<String, String> own = names.getOrDefault(b.attribute(), Map.of());
      for (AttributeBreakdown.Row row : values(b)) {
        t.row(text.label(b.attribute()), b.attribute(), own.getOrDefault(row.value(), text.value(b.attribute(),
            row.value())), row.value(), (long) row.sources(), (long) row.segments(),
            ReportTable.percent(row.segmentShare()), row.words());
      }
    }
    page.table(t.build());
    page.note(text.get("corpus.sparse.note", text.integer((long) SPARSE_SHARE)));
  }

  private static Object[] cells(AttributeBreakdown.Row row, String value, String id, boolean ids) {
    List<Object> cells = new ArrayList<>(List.of(value));
    if (ids) {
      cells.add(id);
    }
    cells.addAll(List.of((long) row.sources(), (long) row.segments(), ReportTable.percent(row.segmentShare()),
        row.words(), ReportTable.percent(row.wordShare()),
        ReportTable.percent(row.wordsPerSegment())));
    return cells.toArray();
  }

  /**
   * The values the segments take, without the missing one: most segments first, as counted, but
   * in their own order when they are numbers (years).
   */
  static List<AttributeBreakdown.Row> values(AttributeBreakdown b) {
    List<AttributeBreakdown.Row> values = b.rows().stream().filter(r -> r.value() != null).toList();
    if (!values.isEmpty() && values.stream().allMatch(r -> r.value().strip().matches("-?\\d+([.,]\\d+)?"))) {
      return values.stream().sorted(Comparator.comparingDouble(r -> Double.parseDouble(r.value().strip()
          .replace(',', '.')))).toList();
    }
    return values;
  }
}
