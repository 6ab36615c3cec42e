package fr.parole.report;

import fr.parole.stats.CodePresence;
import fr.parole.stats.CrosstabResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A non-exclusive dimension by the groups of an attribute: the share of each group's segments that
 * carry each code (« 20 % des commentaires du CHU1 parlent de l'attente »), coloured by the code's
 * adjusted residual, and one test per code with Holm's adjustment ({@link CodePresence}). Shares of
 * a group may add up to more than 100 %: a segment can carry several codes.
 */
final class PresenceView {
  /** A group with fewer segments than this is never named as the highest or lowest share: too few to say. */
  static final int MIN_SEGMENTS = 10;

  private final Charts charts;

  /** What one view shows: the theme's codes of a dimension by the groups of a cut, most frequent first. */
  private record Shown(ThemeCodings theme, String dimension, String cut, String id, String title,
      CodePresence.Table table, List<CodePresence.Row> rows) {
    String dimensionLabel() {
      return theme.dimensionLabel(dimension);
    }
  }

  PresenceView(Charts charts) {
    this.charts = charts;
  }

  /**
   * Shows the table of shares, the tests, and a chart: grouped bars when {@code bars} (two or three
   * groups, e.g. the polarity), else a heat map of the largest groups.
   */
  void show(ReportPage page, ThemeCodings theme, String dimension, String cut, CodePresence.Table table,
      String title, boolean bars) {
    ReportText text = page.text();
    if (table.groups().size() < 2 || table.rows().isEmpty()) {
      return;
    }
    page.heading(null, title);
    long missing = ThemeFindings.missing(theme, cut);
    if (missing > 0) {
      page.note(text.get("presence.missing", ThemeWords.count(text, theme, missing),
          text.lower(text.label(cut))));
    }
    List<CodePresence.Row> rows = sorted(table);
    Shown shown = new Shown(theme, dimension, cut, theme.codebookId() + "-" + dimension + "-x-" + cut, title, table,
        rows);
    page.table(shares(text, shown), table.groups().size() <= CrosstabView.HEAT_MAP_COLUMNS ? ReportPage.PAGE_ROWS : 0,
        (i, j) -> style(table, rows, i, j));
    page.table(tests(text, shown));
    page.note(text.get("presence.note", ThemeWords.units(text, theme), text.integer(table.tested()),
        text.decimal(ThemeFindings.LEVEL, 2)));
    long small = rows.stream().filter(r -> r.test().flatMap(CrosstabResult::warning).isPresent()).count();
    if (small > 0) {
      page.note(text.get("presence.small", text.integer(small)));
    }
    page.chart(bars ? bars(text, shown) : heatMap(text, shown));
    if (!bars && table.groups().size() > CrosstabView.HEAT_MAP_COLUMNS) {
      page.note(text.get("crosstab.largestColumns", CrosstabView.HEAT_MAP_COLUMNS, table.groups().size()));
    }
  }

  /** Codes by their share in all groups, most frequent first. */
  private static List<CodePresence.Row> sorted(CodePresence.Table table) {
    return table.rows().stream().sorted(Comparator.comparingLong(CodePresence.Row::coded).reversed()
        .thenComparing(CodePresence.Row::code)).toList();
  }

  private static ReportTable shares(ReportText text, Shown shown) {
    ThemeCodings theme = shown.theme();
    CodePresence.Table table = shown.table();
    List<String> header = new ArrayList<>(List.of("code_id", shown.dimensionLabel()));
    table.groups().forEach(g -> header.add(text.value(shown.cut(), g)));
    header.add(text.get("presence.all"));
    ReportTable.Builder t = new ReportTable.Builder(shown.id(), text.get("presence.shares.title", shown.title(),
        ThemeWords.units(text, theme)), header.toArray(String[]::new));
    String analysed = ThemeWords.capitalised(text.get("presence.analysed", ThemeWords.units(text, theme)));
    List<Object> sizes = new ArrayList<>(List.of("", analysed));
    sizes.addAll(table.sizes());
    sizes.add(table.total());
    t.row(sizes.toArray());
    for (CodePresence.Row row : shown.rows()) {
      List<Object> cells = new ArrayList<>(List.of(row.code(), ThemeWords.rolledLabel(text, theme, row.code())));
      for (int j = 0; j < table.groups().size(); j++) {
        cells.add(ThemeWords.share(row.percent(table, j)));
      }
      cells.add(ThemeWords.share(100.0 * row.coded() / table.total()));
      t.row(cells.toArray());
    }
    return t.build();
  }

  /** The residual colour of a share: the group has more (red) or fewer (blue) of the code than the others. */
  private static String style(CodePresence.Table table, List<CodePresence.Row> rows, int i, int j) {
    // Row 0 holds the group sizes; columns: code_id, label, then the groups.
    if (i == 0 || j < 2 || j >= 2 + table.groups().size()) {
      return null;
    }
    return rows.get(i - 1).test().map(r -> Charts.residualStyle(r.cell(0, j - 2).adjustedResidual())).orElse(null);
  }

  private static ReportTable tests(ReportText text, Shown shown) {
    ThemeCodings theme = shown.theme();
    ReportTable.Builder t = new ReportTable.Builder(shown.id() + "-tests", text.get("presence.tests.title",
        shown.title()), "code_id", shown.dimensionLabel(), text.get("presence.tests.coded", ThemeWords.units(text, theme)),
        text.get("presence.tests.method"), text.get("presence.tests.chiSquare"), text.get("presence.tests.df"),
        text.get("presence.tests.p"), text.get("presence.tests.holm"), text.get("presence.tests.reading"));
    for (CodePresence.Row row : shown.rows()) {
      Optional<CrosstabResult> r = row.test();
      if (r.isEmpty()) {
        t.row(row.code(), ThemeWords.rolledLabel(text, theme, row.code()), row.coded(), text.get("presence.tests.none"),
            null, null, null, null, row.refused().map(text::problem).orElse(""));
        continue;
      }
      t.row(row.code(), ThemeWords.rolledLabel(text, theme, row.code()), row.coded(), method(text, r.get()),
          ReportTable.decimal(r.get().chiSquare(), 2), (long) r.get().degreesOfFreedom(),
          ReportTable.decimal(r.get().retainedPValue(), 4), ReportTable.decimal(row.adjustedPValue(), 4),
          reading(text, shown.table(), row, shown.cut()));
    }
    return t.build();
  }

  static String method(ReportText text, CrosstabResult r) {
    return r.exactTest().map(e -> e.method() == CrosstabResult.ExactTest.Method.FISHER_EXACT
        ? text.get("presence.method.fisher") : text.get("presence.method.monteCarlo"))
        .orElse(text.get("presence.method.chiSquare"));
  }

  /** « plus souvent : CHU1 (20 %) ; moins souvent : CH2 (8 %) » when the adjusted test supports a difference. */
  static String reading(ReportText text, CodePresence.Table table, CodePresence.Row row, String cut) {
    if (!row.differs(ThemeFindings.LEVEL)) {
      return text.get("presence.reading.none");
    }
    Optional<Integer> high = extreme(table, row, true);
    Optional<Integer> low = extreme(table, row, false);
    if (high.isEmpty() || low.isEmpty()) {
      return text.get("presence.reading.none");
    }
    return text.get("presence.reading.differs", text.value(cut, table.groups().get(high.get())),
        text.decimal(row.percent(table, high.get()), 0), text.value(cut, table.groups().get(low.get())),
        text.decimal(row.percent(table, low.get()), 0));
  }

  /** The group with the highest (or lowest) share among those with enough segments to say. */
  static Optional<Integer> extreme(CodePresence.Table table, CodePresence.Row row, boolean highest) {
    Comparator<Integer> byShare = Comparator.comparingDouble(j -> row.percent(table, j));
    List<Integer> candidates = new ArrayList<>();
    for (int j = 0; j < table.groups().size(); j++) {
      if (table.sizes().get(j) >= MIN_SEGMENTS) {
        candidates.add(j);
      }
    }
    return highest ? candidates.stream().max(byShare) : candidates.stream().min(byShare);
  }

  private ReportChart heatMap(ReportText text, Shown shown) {
    CodePresence.Table table = shown.table();
    List<CodePresence.Row> rows = shown.rows();
    List<Integer> columns = largest(table);
    double[][] colour = new double[rows.size()][columns.size()];
    String[][] cells = new String[rows.size()][columns.size()];
    for (int i = 0; i < rows.size(); i++) {
      CodePresence.Row row = rows.get(i);
      for (int k = 0; k < columns.size(); k++) {
        int j = columns.get(k);
        colour[i][k] = row.test().map(r -> r.cell(0, j).adjustedResidual()).orElse(0.0);
        cells[i][k] = text.decimal(row.percent(table, j), 0) + " %";
      }
    }
    return charts.heatMap(shown.id(), text.get("presence.chart", shown.title(), ThemeWords.units(text, shown.theme())),
        shown.dimensionLabel(), text.label(table.groupVariable()),
        rows.stream().map(r -> ThemeWords.rolledLabel(text, shown.theme(), r.code())).toList(),
        columns.stream().map(j -> text.value(table.groupVariable(), table.groups().get(j))).toList(), colour, cells,
        Charts.diverging(4), text.get("crosstab.chart.scale"));
  }

  /** The groups the heat map shows: all, or the largest when there are too many, in the table's order. */
  private static List<Integer> largest(CodePresence.Table table) {
    List<Integer> all = new ArrayList<>();
    for (int j = 0; j < table.groups().size(); j++) {
      all.add(j);
    }
    return all.stream().sorted(Comparator.comparingLong((Integer j) -> table.sizes().get(j)).reversed()
        .thenComparingInt(Integer::intValue)).limit(CrosstabView.HEAT_MAP_COLUMNS).sorted().toList();
  }

  private ReportChart bars(ReportText text, Shown shown) {
    ThemeCodings theme = shown.theme();
    CodePresence.Table table = shown.table();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (CodePresence.Row row : shown.rows()) {
      for (int j = 0; j < table.groups().size(); j++) {
        data.addValue(row.percent(table, j), text.value(shown.cut(), table.groups().get(j)) + " (n = "
            + text.integer(table.sizes().get(j)) + ")", ThemeWords.rolledLabel(text, theme, row.code()));
      }
    }
    return charts.bars(shown.id(), text.get("presence.bars", shown.title(), ThemeWords.units(text, theme)),
        shown.dimensionLabel(), ThemeWords.percentOf(text, theme), data, false);
  }
}
