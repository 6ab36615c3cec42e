package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodeFrequencies.Count;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For each service, the themes its patients most often raise as points to improve (« irritants »)
 * and as positive points, with their counts and shares of the service's comments of that polarity,
 * beside the share over all services; a table, a long CSV and a heat map. A service with fewer
 * than {@link #MIN_COMMENTS} comments of a polarity gets no ranking: a theme in 2 of 3 comments is
 * not a finding.
 */
final class ServiceView {
  static final int MIN_COMMENTS = 10;
  static final int TOP = 3;
  static final String TO_IMPROVE = "a_ameliorer";
  static final String POSITIVE = "positif";

  /** A theme in a group's comments: {@code comments} of the {@code of} carry it. */
  record Ranked(String code, long comments, long of, double percent) {}

  private final Charts charts;

  ServiceView(Charts charts) {
    this.charts = charts;
  }

  /** The themes (rolled up) of a group of {@code cut}, most frequent first, then by code. */
  static List<Ranked> ranked(ThemeCodings theme, String dimension, String cut, String group) {
    Count size = theme.groupSizes(cut).get(group);
    if (size == null || size.segments() == 0) {
      return List.of();
    }
    return theme.in(dimension).rolledUp().getOrDefault(cut, Map.of()).getOrDefault(group, Map.of()).entrySet().stream()
        .map(e -> new Ranked(e.getKey(), e.getValue().segments(), size.segments(),
            100.0 * e.getValue().segments() / size.segments()))
        .sorted(Comparator.comparingLong(Ranked::comments).reversed().thenComparing(Ranked::code)).toList();
  }

  /** The services with comments, most comments first (then by name); « (non renseigné) » left out. */
  static List<String> services(ThemeCodings theme) {
    Map<String, Long> byService = new LinkedHashMap<>();
    theme.groupSizes(ThemeCodings.SERVICE_POLARITY).forEach((group, n) ->
        byService.merge(group.substring(0, group.indexOf('\u0000')), n.segments(), Long::sum));
    byService.remove(CodeFrequencies.MISSING);
    return byService.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList();
  }

  void show(ReportPage page, ThemeCodings theme, String dimension) {
    List<String> services = services(theme);
    if (services.isEmpty()) {
      return;
    }
    ReportText text = page.text();
    String cut = ThemeCodings.SERVICE_POLARITY;
    page.heading(null, text.get("services.heading", theme.dimensionLabel(dimension)));
    ReportTable.Builder summary = new ReportTable.Builder(theme.codebookId() + "-" + dimension + "-par-service",
        text.get("services.title", theme.dimensionLabel(dimension)), text.label(ThemeCodings.SERVICE),
        text.get("services.column.count", text.value(ThemeCodings.POLARITY, TO_IMPROVE)),
        text.get("services.column.top", text.value(ThemeCodings.POLARITY, TO_IMPROVE)),
        text.get("services.column.count", text.value(ThemeCodings.POLARITY, POSITIVE)),
        text.get("services.column.top", text.value(ThemeCodings.POLARITY, POSITIVE)));
    ReportTable.Builder all = new ReportTable.Builder(theme.codebookId() + "-" + dimension + "-par-service-polarite",
        text.get("services.long.title", theme.dimensionLabel(dimension)), text.label(ThemeCodings.SERVICE),
        text.label(ThemeCodings.POLARITY), text.get("services.column.rank"), "code_id", theme.dimensionLabel(dimension),
        ThemeWords.units(text, theme), text.get("services.column.of"), ThemeWords.percentOf(text, theme),
        text.get("services.column.allServices"));
    for (String service : services) {
      List<Object> row = new ArrayList<>(List.of(service));
      for (String polarity : List.of(TO_IMPROVE, POSITIVE)) {
        String group = CodingTally.group(service, polarity);
        List<Ranked> ranked = ranked(theme, dimension, cut, group);
        long n = theme.groupSizes(cut).getOrDefault(group, new Count(0, 0)).segments();
        row.add(n);
        row.add(n < MIN_COMMENTS ? text.get("services.tooFew", MIN_COMMENTS)
            : ranked.stream().limit(TOP).map(r -> text.get("services.theme", ThemeWords.rolledLabel(text, theme, r.code()),
                text.decimal(r.percent(), 0), text.integer(r.comments()))).collect(Collectors.joining(" ; ")));
        Map<String, Double> overall = new LinkedHashMap<>();
        ranked(theme, dimension, ThemeCodings.POLARITY, polarity).forEach(r -> overall.put(r.code(), r.percent()));
        for (int k = 0; k < ranked.size(); k++) {
          Ranked r = ranked.get(k);
          all.row(service, text.value(ThemeCodings.POLARITY, polarity), (long) k + 1, r.code(),
              ThemeWords.rolledLabel(text, theme, r.code()), r.comments(), r.of(), ThemeWords.share(r.percent()),
              ThemeWords.share(overall.getOrDefault(r.code(), 0.0)));
        }
      }
      summary.row(row.toArray());
    }
    page.table(summary.build());
    page.note(text.get("services.note", TOP, MIN_COMMENTS, ThemeWords.units(text, theme),
        text.value(ThemeCodings.POLARITY, TO_IMPROVE), text.value(ThemeCodings.POLARITY, POSITIVE)));
    page.table(all.build(), 0, null);
    heatMap(page, theme, dimension, services, TO_IMPROVE);
    heatMap(page, theme, dimension, services, POSITIVE);
  }

  /** Services (rows, those with enough comments) by theme (columns): the share of the service's comments of a polarity. */
  private void heatMap(ReportPage page, ThemeCodings theme, String dimension, List<String> services, String polarity) {
    ReportText text = page.text();
    String cut = ThemeCodings.SERVICE_POLARITY;
    List<String> rows = services.stream().filter(s -> theme.groupSizes(cut).getOrDefault(CodingTally.group(s, polarity),
        new Count(0, 0)).segments() >= MIN_COMMENTS).limit(Charts.MAX_GROUPS).toList();
    List<String> codes = ranked(theme, dimension, ThemeCodings.POLARITY, polarity).stream().map(Ranked::code).toList();
    if (rows.isEmpty() || codes.isEmpty()) {
      return;
    }
    double[][] colour = new double[rows.size()][codes.size()];
    String[][] cells = new String[rows.size()][codes.size()];
    double highest = 0;
    List<String> rowLabels = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String group = CodingTally.group(rows.get(i), polarity);
      Map<String, Ranked> byCode = ranked(theme, dimension, cut, group).stream()
          .collect(Collectors.toMap(Ranked::code, r -> r));
      rowLabels.add(text.get("services.chart.row", rows.get(i), text.integer(theme.groupSizes(cut).get(group).segments())));
      for (int j = 0; j < codes.size(); j++) {
        Ranked r = byCode.get(codes.get(j));
        colour[i][j] = r == null ? 0 : r.percent();
        cells[i][j] = r == null ? "" : text.decimal(r.percent(), 0);
        highest = Math.max(highest, colour[i][j]);
      }
    }
    String label = text.value(ThemeCodings.POLARITY, polarity);
    page.chart(charts.heatMap(theme.codebookId() + "-" + dimension + "-services-" + polarity,
        text.get("services.chart", label, ThemeWords.units(text, theme)), text.label(ThemeCodings.SERVICE),
        theme.dimensionLabel(dimension), rowLabels, codes.stream().map(c -> ThemeWords.rolledLabel(text, theme, c))
            .toList(), colour, cells, Charts.sequential(Math.max(10, Math.ceil(highest / 10) * 10)),
        ThemeWords.percentOf(text, theme)));
    if (rows.size() < services.size()) {
      page.note(text.get("services.chart.left", text.integer(services.size() - rows.size()), MIN_COMMENTS,
          Charts.MAX_GROUPS));
    }
  }
}
