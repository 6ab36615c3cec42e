package fr.parole.report;

import fr.parole.importer.esatis.EsatisColumns;
import fr.parole.stats.EstablishmentScore;
import fr.parole.stats.ScoreDistribution;
import fr.parole.stats.ScoreObservation;
import fr.parole.stats.ScoreStatistics;
import fr.parole.study.ReportQueries.EsatisRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * e-Satis results: the study's establishments against the national and regional means when the
 * results name them (by geographic FINESS or name), and in any case the national distribution
 * per survey and dimension, the A-D classes and the regions. A missing score stays missing.
 */
final class EsatisSection {
  /** Dimensions in the order of the HAS questionnaires (+48h MCO, then MCO CA); others after, alphabetically. */
  static final Comparator<String> DIMENSION_ORDER = Comparator.comparingInt((String d) -> {
    int i = List.of("global", "accueil", "pec_medecins", "pec_infirmiers", "chambre", "repas", "sortie",
        "avant_hospitalisation", "prise_en_charge", "chambre_repas", "sortie_retour", "recommandation").indexOf(d);
    return i < 0 ? Integer.MAX_VALUE : i;
  }).thenComparing(Comparator.naturalOrder());
  /** The dimensions' names as the HAS publishes them (« Accueil », « Repas »…), for whoever reads. */
  static final EsatisColumns DIMENSIONS = EsatisColumns.shipped();
  private final Charts charts;

  EsatisSection(Charts charts) {
    this.charts = charts;
  }

  /** The section, when the study has e-Satis results: without them there is nothing to show. */
  void write(ReportPage page, ReportContext context) {
    ReportText text = page.text();
    List<EsatisRow> rows = context.data().esatisScores();
    if (rows.isEmpty()) {
      return;
    }
    page.section("esatis", text.get("esatis.title"));
    EsatisEstablishments establishments = EsatisEstablishments.of(context.study().config().esatis(), context.corpus());
    declared(page, establishments, rows);
    String note = context.study().config().esatis().note();
    if (note != null && !note.isBlank()) {
      page.note(note.strip());
    }
    Map<String, List<EsatisRow>> bySurvey = rows.stream().collect(Collectors.groupingBy(
        r -> r.survey() + " " + r.year(), TreeMap::new, Collectors.toList()));
    bySurvey.forEach((key, surveyRows) -> survey(page, surveyRows, establishments));
    page.note(text.get("esatis.note"));
    new EsatisEvolutionView(charts).write(page, rows, establishments);
  }

  private void survey(ReportPage page, List<EsatisRow> rows, EsatisEstablishments establishments) {
    EsatisRow first = rows.get(0);
    ReportText text = page.text();
    String name = surveyName(text, first.survey()) + " " + first.year();
    String id = "esatis-" + first.survey() + "-" + first.year();
    page.heading(ReportText.slug(id), name);
    ScoreStatistics stats = new ScoreStatistics(rows.stream().map(r -> observation(text, r)).toList());
    Map<String, String> matched = new TreeMap<>();
    rows.forEach(r -> establishments.label(r).ifPresent(label -> matched.put(r.finessGeo(), label)));
    List<EstablishmentScore> ours = matched.isEmpty() ? List.of()
        : stats.compare(first.year()).stream().filter(s -> matched.containsKey(s.establishment())).toList();
    if (ours.isEmpty()) {
      page.note(text.get("esatis.noneOfOurs"));
    } else {
      ReportTable.Builder t = new ReportTable.Builder(id + "-etablissements", text.get("esatis.ours.title"),
          text.get("esatis.column.establishment"), text.get("esatis.column.dimension"), "dimension_id",
          text.get("esatis.column.score"), text.get("esatis.column.answers"), text.get("esatis.column.class"),
          text.get("esatis.column.nationalMean"), text.get("esatis.column.nationalDifference"),
          text.get("esatis.column.regionalMean"), text.get("esatis.column.regionalDifference"),
          text.get("esatis.column.region"), "finess_id");
      ours.stream().sorted(Comparator.comparing(EstablishmentScore::dimension, DIMENSION_ORDER)
          .thenComparing(s -> matched.get(s.establishment())).thenComparing(EstablishmentScore::establishment))
          .forEach(s -> t.row(matched.get(s.establishment()), DIMENSIONS.label(s.dimension()), s.dimension(),
              ReportTable.decimal(s.score(), 1), s.answers().isPresent() ? (Object) (long) s.answers().getAsInt() : null,
              s.scoreClass(), ReportTable.decimal(s.nationalMean(), 1), ReportTable.decimal(s.differenceToNational(), 1),
              ReportTable.decimal(s.regionalMean(), 1), ReportTable.decimal(s.differenceToRegional(), 1), s.region(),
              s.establishment()));
      page.table(t.build());
      page.chart(againstMeans(text, id, name, ours, matched));
    }
    distribution(page, id, name, stats);
    classes(page, id, rows);
    regions(page, id, rows);
  }

  private void distribution(ReportPage page, String id, String name, ScoreStatistics stats) {
    ReportText text = page.text();
    ReportTable.Builder t = new ReportTable.Builder(id + "-distribution", text.get("esatis.distribution.title"),
        text.get("esatis.column.dimension"), "dimension_id", text.get("esatis.column.scores"),
        text.get("esatis.column.missing"), text.get("esatis.column.mean"), text.get("esatis.column.weightedMean"),
        text.get("esatis.column.sd"), text.get("esatis.column.minimum"), text.get("esatis.column.decile1"),
        text.get("esatis.column.quartile1"), text.get("esatis.column.median"), text.get("esatis.column.quartile3"),
        text.get("esatis.column.decile9"), text.get("esatis.column.maximum"));
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    for (ScoreDistribution d : stats.distributions().stream()
        .sorted(Comparator.comparing(ScoreDistribution::dimension, DIMENSION_ORDER)).toList()) {
      String dimension = DIMENSIONS.label(d.dimension());
      t.row(dimension, d.dimension(), (long) d.scores(), (long) d.missing(), dec(d.mean()),
          d.weightedMean().isPresent() ? dec(d.weightedMean().getAsDouble()) : null, dec(d.standardDeviation()),
          dec(d.minimum()), dec(d.decile1()), dec(d.quartile1()), dec(d.median()), dec(d.quartile3()), dec(d.decile9()),
          dec(d.maximum()));
      // Whiskers at deciles 1 and 9: with a thousand establishments, min and max say little.
      data.add(new BoxAndWhiskerItem(d.mean(), d.median(), d.quartile1(), d.quartile3(), d.decile1(), d.decile9(),
          d.minimum(), d.maximum(), List.of()), text.get("esatis.column.scores"), dimension);
    }
    page.table(t.build());
    page.chart(charts.boxes(id + "-distribution", text.get("esatis.distribution.chart", name),
        text.get("esatis.distribution.axis"), text.get("esatis.distribution.scoreAxis"), data));
  }

  private static void classes(ReportPage page, String id, List<EsatisRow> rows) {
    Map<String, Long> counts = new TreeMap<>();
    ReportText text = page.text();
    rows.stream().collect(Collectors.toMap(EsatisRow::finessGeo,
        r -> r.scoreClass() == null ? text.get("esatis.noClass") : r.scoreClass(),
        (a, b) -> a, TreeMap::new)).values().forEach(c -> counts.merge(c, 1L, Long::sum));
    long all = counts.values().stream().mapToLong(Long::longValue).sum();
    ReportTable.Builder t = new ReportTable.Builder(id + "-classes", text.get("esatis.classes.title"),
        text.get("esatis.column.class"), text.get("esatis.column.establishments"), "%");
    counts.forEach((c, n) -> t.row(c, n, ReportTable.percent(100.0 * n / all)));
    page.table(t.build());
    page.note(text.get("esatis.classes.note"));
  }

  private static void regions(ReportPage page, String id, List<EsatisRow> rows) {
    ReportText text = page.text();
    Map<String, List<EsatisRow>> byRegion = rows.stream().filter(r -> r.dimension().equals("global"))
        .collect(Collectors.groupingBy(r -> r.region() == null ? text.get("esatis.noRegion") : r.region(), TreeMap::new,
            Collectors.toList()));
    ReportTable.Builder t = new ReportTable.Builder(id + "-regions", text.get("esatis.regions.title"),
        text.get("esatis.column.region"), text.get("esatis.column.establishments"), text.get("esatis.column.withScore"),
        text.get("esatis.column.meanScore"), text.get("esatis.column.minimum"), text.get("esatis.column.maximum"));
    byRegion.forEach((region, list) -> {
      var scores = list.stream().filter(r -> r.score() != null).mapToDouble(EsatisRow::score).summaryStatistics();
      boolean any = scores.getCount() > 0;
      t.row(region, (long) list.size(), scores.getCount(), any ? dec(scores.getAverage()) : null,
          any ? dec(scores.getMin()) : null, any ? dec(scores.getMax()) : null);
    });
    page.table(t.build());
  }

  /**
   * The study's establishments' scores per dimension as bars, against their region's mean and the
   * national mean; each establishment under the study's name for it.
   */
  private ReportChart againstMeans(ReportText text, String id, String name, List<EstablishmentScore> ours,
      Map<String, String> labels) {
    DefaultCategoryDataset scores = new DefaultCategoryDataset();
    DefaultCategoryDataset regional = new DefaultCategoryDataset();
    DefaultCategoryDataset national = new DefaultCategoryDataset();
    // Establishments in the order of their names, so that colours do not depend on FINESS numbers.
    List<EstablishmentScore> sorted = ours.stream().sorted(Comparator.comparing(EstablishmentScore::dimension,
        DIMENSION_ORDER).thenComparing(s -> labels.get(s.establishment()))).toList();
    for (EstablishmentScore s : sorted) {
      String dimension = DIMENSIONS.label(s.dimension());
      scores.addValue(s.score(), labels.get(s.establishment()), dimension);
      regional.addValue(s.regionalMean(), labels.get(s.establishment()), dimension);
      national.addValue(s.nationalMean(), text.get("esatis.nationalMean"), dimension);
    }
    return charts.scoresAgainstMeans(id + "-etablissements", text.get("esatis.againstMeans.title", name),
        text.get("esatis.distribution.axis"), text.get("esatis.distribution.scoreAxis"), scores, regional, national);
  }

  /** Says which results study.yaml ties to the study's establishments, and which of them are missing. */
  private static void declared(ReportPage page, EsatisEstablishments establishments, List<EsatisRow> rows) {
    Map<String, String> ties = establishments.declared();
    if (ties.isEmpty()) {
      return;
    }
    Map<String, String> published = new TreeMap<>();
    rows.forEach(r -> published.putIfAbsent(r.finessGeo(), r.name() == null ? "" : r.name()));
    List<String> found = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    ties.forEach((study, finess) -> {
      if (published.containsKey(finess)) {
        found.add(study + " → " + finess + " (" + published.get(finess) + ")");
      } else {
        missing.add(study + " → " + finess);
      }
    });
    if (!found.isEmpty()) {
      page.note(page.text().get("esatis.declared", String.join(" ; ", found)));
    }
    if (!missing.isEmpty()) {
      page.warning(page.text().get("esatis.declaredMissing", String.join(" ; ", missing)));
    }
  }

  /** The survey as the report names it (« e-Satis +48h MCO »), or its id when the report has no name for it. */
  static String surveyName(ReportText text, String survey) {
    return text.name("esatis.survey", survey);
  }

  static ScoreObservation observation(ReportText text, EsatisRow r) {
    return new ScoreObservation(r.finessGeo(), r.region() == null ? text.get("esatis.noRegion") : r.region(),
        r.dimension(),
        r.year(), r.score() == null ? OptionalDouble.empty() : OptionalDouble.of(r.score()),
        r.answers() == null ? OptionalInt.empty() : OptionalInt.of(r.answers()), r.scoreClass(), OptionalDouble.empty());
  }

  private static ReportTable.Decimal dec(double x) {
    return ReportTable.decimal(x, 1);
  }
}
