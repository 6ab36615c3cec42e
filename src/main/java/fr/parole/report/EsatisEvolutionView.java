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
  private final EsatisColumns dimensions = EsatisColumns.shipped();

  EsatisEvolutionView(Charts charts) {
    this.charts = charts;
  }

  void write(ReportPage page, List<EsatisRow> rows, EsatisEstablishments establishments) {
    page.heading("esatis-evolution", "Évolution des scores e-Satis entre années");
    Map<String, List<EsatisRow>> bySurvey = rows.stream().collect(Collectors.groupingBy(EsatisRow::survey,
        TreeMap::new, Collectors.toList()));
    List<String> single = new ArrayList<>();
    bySurvey.forEach((survey, surveyRows) -> {
      List<Integer> years = List.copyOf(surveyRows.stream().map(EsatisRow::year).collect(Collectors.toCollection(
          TreeSet::new)));
      if (years.size() < 2) {
        single.add(surveyName(survey) + " : " + years.get(0));
      } else {
        survey(page, survey, years, surveyRows, establishments);
      }
    });
    if (!single.isEmpty()) {
      page.note("L'évolution des scores demande les résultats d'au moins deux années pour une même enquête ; "
          + "cette étude n'en a qu'une (" + String.join(" ; ", single) + "). Importez les résultats e-Satis d'une "
          + "autre année (open data de la HAS) pour la voir.");
    }
  }

  private void survey(ReportPage page, String survey, List<Integer> years, List<EsatisRow> rows,
      EsatisEstablishments establishments) {
    String name = surveyName(survey);
    String id = "esatis-" + survey + "-evolution";
    ScoreStatistics stats = new ScoreStatistics(rows.stream().map(EsatisSection::observation).toList());
    Map<String, String> ours = new TreeMap<>();
    rows.forEach(r -> establishments.label(r).ifPresent(label -> ours.put(r.finessGeo(), label)));
    Map<String, Map<Integer, Double>> national = new TreeMap<>(EsatisSection.DIMENSION_ORDER);
    for (ScoreDistribution d : stats.distributions()) {
      national.computeIfAbsent(d.dimension(), k -> new TreeMap<>()).put(d.year(), d.mean());
    }
    ReportTable.Builder t = new ReportTable.Builder(id, name + " : scores par année", "établissement", "FINESS",
        "dimension", "année", "score", "réponses", "moyenne nationale", "écart national");
    national.forEach((dimension, byYear) -> byYear.forEach((year, mean) -> t.row("moyenne nationale", null,
        dimension, (long) year, ReportTable.decimal(mean, 1), null, ReportTable.decimal(mean, 1), null)));
    Map<String, DefaultCategoryDataset> lines = new TreeMap<>();
    rows.stream().filter(r -> ours.containsKey(r.finessGeo()))
        .sorted(Comparator.comparing((EsatisRow r) -> ours.get(r.finessGeo()))
            .thenComparing(EsatisRow::dimension, EsatisSection.DIMENSION_ORDER).thenComparing(EsatisRow::year))
        .forEach(r -> {
          Double mean = national.getOrDefault(r.dimension(), Map.of()).get(r.year());
          t.row(ours.get(r.finessGeo()), r.finessGeo(), r.dimension(), (long) r.year(),
              r.score() == null ? null : ReportTable.decimal(r.score(), 1),
              r.answers() == null ? null : (Object) (long) r.answers(), mean == null ? null : ReportTable.decimal(mean, 1),
              r.score() == null || mean == null ? null : ReportTable.decimal(r.score() - mean, 1));
          lines.computeIfAbsent(ours.get(r.finessGeo()), k -> yearAxis(years))
              .addValue(r.score(), dimensions.label(r.dimension()), String.valueOf(r.year()));
        });
    page.heading(null, name);
    page.table(t.build());
    changes(page, id, name, years, stats, ours);
    DefaultCategoryDataset means = yearAxis(years);
    national.forEach((dimension, byYear) -> byYear.forEach((year, mean) -> means.addValue(mean,
        dimensions.label(dimension), String.valueOf(year))));
    page.chart(charts.lines(id + "-national", name + " : moyenne nationale par dimension et par année",
        "Année", "Score (0-100)", means, false));
    lines.forEach((label, data) -> page.chart(charts.lines(id + "-" + ReportText.slug(label), name + " : scores de "
        + label + " par dimension et par année", "Année", "Score (0-100)", data, false)));
    if (ours.isEmpty()) {
      page.note("Aucun établissement de l'étude ne figure dans ces résultats : seule la moyenne nationale est suivie.");
    }
  }

  /** The change of each of the study's establishments' scores from one year to the next. */
  private static void changes(ReportPage page, String id, String name, List<Integer> years, ScoreStatistics stats,
      Map<String, String> ours) {
    if (ours.isEmpty()) {
      return;
    }
    ReportTable.Builder t = new ReportTable.Builder(id + "-ecarts", name + " : évolution d'une année à l'autre",
        "établissement", "FINESS", "dimension", "de", "à", "score avant", "score après", "évolution (points)",
        "classe avant", "classe après");
    for (int i = 0; i + 1 < years.size(); i++) {
      for (ScoreEvolution e : stats.evolution(years.get(i), years.get(i + 1))) {
        if (ours.containsKey(e.establishment())) {
          t.row(ours.get(e.establishment()), e.establishment(), e.dimension(), (long) e.fromYear(), (long) e.toYear(),
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

  private static String surveyName(String survey) {
    return EsatisSection.SURVEYS.getOrDefault(survey, survey);
  }
}
