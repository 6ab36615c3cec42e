package fr.parole.report;

import fr.parole.importer.esatis.EsatisColumns;
import fr.parole.stats.ScoreDistribution;
import fr.parole.stats.ScoreEvolution;
import fr.parole.stats.ScoreStatistics;
import fr.parole.study.ReportQueries.EsatisRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * e-Satis scores across years, per survey: the national mean of each dimension by year, and for
 * each of the study's establishments its score by dimension and year, with the change from one
 * year to the next. With a single year, says that an evolution needs two.
 */
final class EsatisEvolutionView {
  private final Charts charts;
  private final EsatisColumns dimensions = EsatisSection.DIMENSIONS;

  EsatisEvolutionView(Charts charts) {
    this.charts = charts;
  }

  void write(ReportPage page, List<EsatisRow> rows, EsatisEstablishments establishments) {
    ReportText text = page.text();
    Map<String, List<EsatisRow>> bySurvey = rows.stream().collect(Collectors.groupingBy(EsatisRow::survey,
        TreeMap::new, Collectors.toList()));
    Map<String, List<Integer>> years = new TreeMap<>();
    bySurvey.forEach((survey, surveyRows) -> years.put(survey, List.copyOf(surveyRows.stream().map(EsatisRow::year)
        .collect(Collectors.toCollection(TreeSet::new)))));
    // With one year only, a note says what an evolution needs: no heading over an empty part.
    if (years.values().stream().anyMatch(y -> y.size() >= 2)) {
      page.heading("esatis-evolution", text.get("evolution.title"));
    }
    List<String> single = new ArrayList<>();
    years.forEach((survey, surveyYears) -> {
      if (surveyYears.size() < 2) {
        single.add(text.get("evolution.surveyYear", EsatisSection.surveyName(text, survey), surveyYears.get(0)));
      } else {
        survey(page, survey, surveyYears, bySurvey.get(survey), establishments);
      }
    });
    if (!single.isEmpty()) {
      page.note(text.get("evolution.single", String.join(" ; ", single)));
    }
  }

  private void survey(ReportPage page, String survey, List<Integer> years, List<EsatisRow> rows,
      EsatisEstablishments establishments) {
    ReportText text = page.text();
    String name = EsatisSection.surveyName(text, survey);
    String id = "esatis-" + survey + "-evolution";
    ScoreStatistics stats = new ScoreStatistics(rows.stream().map(r -> EsatisSection.observation(text, r)).toList());
    Map<String, String> ours = new TreeMap<>();
    rows.forEach(r -> establishments.label(r).ifPresent(label -> ours.put(r.finessGeo(), label)));
    Map<String, Map<Integer, Double>> national = new TreeMap<>(EsatisSection.DIMENSION_ORDER);
    for (ScoreDistribution d : stats.distributions()) {
      national.computeIfAbsent(d.dimension(), k -> new TreeMap<>()).put(d.year(), d.mean());
    }
    String nationalMean = text.get("esatis.nationalMean");
    ReportTable.Builder t = new ReportTable.Builder(id, text.get("evolution.table.title", name),
        text.get("esatis.column.establishment"), "finess_id", text.get("esatis.column.dimension"), "dimension_id",
        text.get("years.column.year"), text.get("esatis.column.score"), text.get("esatis.column.answers"),
        text.get("esatis.column.nationalMean"), text.get("esatis.column.nationalDifference"));
    national.forEach((dimension, byYear) -> byYear.forEach((year, mean) -> t.row(nationalMean, null,
        dimensions.label(dimension), dimension, (long) year, ReportTable.decimal(mean, 1), null,
        ReportTable.decimal(mean, 1), null)));
    Map<String, DefaultCategoryDataset> lines = new TreeMap<>();
    rows.stream().filter(r -> ours.containsKey(r.finessGeo()))
        .sorted(Comparator.comparing((EsatisRow r) -> ours.get(r.finessGeo()))
            .thenComparing(EsatisRow::dimension, EsatisSection.DIMENSION_ORDER).thenComparing(EsatisRow::year))
        .forEach(r -> {
          Double mean = national.getOrDefault(r.dimension(), Map.of()).get(r.year());
          t.row(ours.get(r.finessGeo()), r.finessGeo(), dimensions.label(r.dimension()), r.dimension(), (long) r.year(),
              r.score() == null ? null : ReportTable.decimal(r.score(), 1),
              r.answers() == null ? null : (Object) (long) r.answers(), mean == null ? null : ReportTable.decimal(mean, 1),
              r.score() == null || mean == null ? null : ReportTable.decimal(r.score() - mean, 1));
          lines.computeIfAbsent(ours.get(r.finessGeo()), k -> yearAxis(years))
              .addValue(r.score(), dimensions.label(r.dimension()), String.valueOf(r.year()));
        });
    page.heading(null, name);
    page.table(t.build());
    changes(page, text, id, name, years, stats, ours);
    DefaultCategoryDataset means = yearAxis(years);
    national.forEach((dimension, byYear) -> byYear.forEach((year, mean) -> means.addValue(mean,
        dimensions.label(dimension), String.valueOf(year))));
    page.chart(charts.lines(id + "-national", text.get("evolution.chart.national", name),
        text.get("years.axis.year"), text.get("esatis.distribution.scoreAxis"), means, false));
    lines.forEach((label, data) -> page.chart(charts.lines(id + "-" + ReportText.slug(label),
        text.get("evolution.chart.establishment", name, label), text.get("years.axis.year"),
        text.get("esatis.distribution.scoreAxis"), data, false)));
    if (ours.isEmpty()) {
      page.note(text.get("evolution.noneOfOurs"));
    }
  }

  /** The change of each of the study's establishments' scores from one year to the next. */
  private static void changes(ReportPage page, ReportText text, String id, String name, List<Integer> years,
      ScoreStatistics stats, Map<String, String> ours) {
    if (ours.isEmpty()) {
      return;
    }
    ReportTable.Builder t = new ReportTable.Builder(id + "-ecarts", text.get("evolution.changes.title", name),
        text.get("esatis.column.establishment"), "finess_id", text.get("esatis.column.dimension"), "dimension_id",
        text.get("evolution.column.from"), text.get("evolution.column.to"), text.get("evolution.column.scoreBefore"),
        text.get("evolution.column.scoreAfter"), text.get("evolution.column.change"),
        text.get("evolution.column.classBefore"), text.get("evolution.column.classAfter"));
    for (int i = 0; i + 1 < years.size(); i++) {
      for (ScoreEvolution e : stats.evolution(years.get(i), years.get(i + 1))) {
        if (ours.containsKey(e.establishment())) {
          t.row(ours.get(e.establishment()), e.establishment(), EsatisSection.DIMENSIONS.label(e.dimension()),
              e.dimension(),
              (long) e.fromYear(), (long) e.toYear(),
              ReportTable.decimal(e.fromScore(), 1), ReportTable.decimal(e.toScore(), 1),
              ReportTable.decimal(e.difference(), 1), e.fromClass(), e.toClass());
        }
      }
    }
    page.table(t.build());
  }

  /** A dataset whose categories are the years in order, even those a line has no score for. */
  private static DefaultCategoryDataset yearAxis(List<Integer> years) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    years.forEach(y -> data.addValue(null, "", String.valueOf(y)));
    data.removeRow("");
    return data;
  }
}
