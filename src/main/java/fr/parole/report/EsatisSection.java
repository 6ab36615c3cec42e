package fr.parole.report;

import fr.parole.stats.EstablishmentScore;
import fr.parole.stats.ScoreDistribution;
import fr.parole.stats.ScoreObservation;
import fr.parole.stats.ScoreStatistics;
import fr.parole.study.ReportQueries.EsatisRow;
import fr.parole.study.ValueCount;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * e-Satis results: the study's establishments against the national and regional means when the
 * results name them (by geographic FINESS or name), and in any case the national distribution
 * per survey and dimension, the A-D classes and the regions. A missing score stays missing.
 */
final class EsatisSection {
  private static final Map<String, String> SURVEYS = Map.of("48h_mco", "e-Satis +48h MCO",
      "ca_mco", "e-Satis MCO chirurgie ambulatoire");
  private final Charts charts;

  EsatisSection(Charts charts) {
    this.charts = charts;
  }

  void write(ReportPage page, ReportContext context) {
    page.section("esatis", "e-Satis");
    List<EsatisRow> rows = context.data().esatisScores();
    if (rows.isEmpty()) {
      page.note("Aucun résultat e-Satis n'est importé dans cette étude.");
      return;
    }
    Set<String> studyEstablishments = context.corpus().countsBy("establishment").stream().map(ValueCount::value)
        .filter(v -> v != null).map(v -> v.strip().toLowerCase(Locale.FRENCH)).collect(Collectors.toSet());
    Map<String, List<EsatisRow>> bySurvey = rows.stream().collect(Collectors.groupingBy(
        r -> r.survey() + " " + r.year(), TreeMap::new, Collectors.toList()));
    bySurvey.forEach((key, surveyRows) -> survey(page, surveyRows, studyEstablishments));
    page.note("Moyenne nationale : moyenne des établissements publiés (chacun compte une fois). Les scores HAS sont "
        + "ajustés et l'open data ne publie pas l'écart-type des réponses : pas d'intervalle de confiance.");
  }

  private void survey(ReportPage page, List<EsatisRow> rows, Set<String> studyEstablishments) {
    EsatisRow first = rows.get(0);
    String name = SURVEYS.getOrDefault(first.survey(), first.survey()) + " " + first.year();
    String id = "esatis-" + first.survey() + "-" + first.year();
    page.heading(ReportText.slug(id), name);
    ScoreStatistics stats = new ScoreStatistics(rows.stream().map(EsatisSection::observation).toList());
    Set<String> matched = rows.stream().filter(r -> matches(r, studyEstablishments)).map(EsatisRow::finessGeo)
        .collect(Collectors.toSet());
    List<EstablishmentScore> ours = matched.isEmpty() ? List.of()
        : stats.compare(first.year()).stream().filter(s -> matched.contains(s.establishment())).toList();
    if (ours.isEmpty()) {
      page.note("Aucun établissement de l'étude ne figure dans ces résultats (les établissements sont rapprochés par "
          + "FINESS géographique ou par nom) : voici la distribution nationale.");
    } else {
      ReportTable.Builder t = new ReportTable.Builder(id + "-etablissements", "Scores des établissements de l'étude",
          "FINESS", "établissement", "région", "dimension", "score", "réponses", "classe", "moyenne nationale",
          "écart national", "moyenne régionale", "écart régional");
      Map<String, String> names = rows.stream().collect(Collectors.toMap(EsatisRow::finessGeo,
          r -> r.name() == null ? "" : r.name(), (a, b) -> a));
      ours.forEach(s -> t.row(s.establishment(), names.get(s.establishment()), s.region(), s.dimension(),
          ReportTable.decimal(s.score(), 1), s.answers().isPresent() ? (Object) (long) s.answers().getAsInt() : null,
          s.scoreClass(), ReportTable.decimal(s.nationalMean(), 1), ReportTable.decimal(s.differenceToNational(), 1),
          ReportTable.decimal(s.regionalMean(), 1), ReportTable.decimal(s.differenceToRegional(), 1)));
      page.table(t.build());
    }
    distribution(page, id, name, stats);
    classes(page, id, rows);
    regions(page, id, rows);
  }

  private void distribution(ReportPage page, String id, String name, ScoreStatistics stats) {
    ReportTable.Builder t = new ReportTable.Builder(id + "-distribution", "Distribution nationale des scores",
        "dimension", "scores", "manquants", "moyenne", "moyenne pondérée", "écart-type", "minimum", "décile 1",
        "quartile 1", "médiane", "quartile 3", "décile 9", "maximum");
    DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
    for (ScoreDistribution d : stats.distributions()) {
      t.row(d.dimension(), (long) d.scores(), (long) d.missing(), dec(d.mean()),
          d.weightedMean().isPresent() ? dec(d.weightedMean().getAsDouble()) : null, dec(d.standardDeviation()),
          dec(d.minimum()), dec(d.decile1()), dec(d.quartile1()), dec(d.median()), dec(d.quartile3()), dec(d.decile9()),
          dec(d.maximum()));
      // Whiskers at deciles 1 and 9: with a thousand establishments, min and max say little.
      data.add(new BoxAndWhiskerItem(d.mean(), d.median(), d.quartile1(), d.quartile3(), d.decile1(), d.decile9(),
          d.minimum(), d.maximum(), List.of()), "scores", d.dimension());
    }
    page.table(t.build());
    page.chart(charts.boxes(id + "-distribution", name + " : scores par dimension (boîte : quartiles, moustaches : "
        + "déciles 1 et 9, rond : moyenne)", "Dimension", "Score (0-100)", data));
  }

  private static void classes(ReportPage page, String id, List<EsatisRow> rows) {
    Map<String, Long> counts = new TreeMap<>();
    rows.stream().collect(Collectors.toMap(EsatisRow::finessGeo, r -> r.scoreClass() == null ? "(aucune)" : r.scoreClass(),
        (a, b) -> a, TreeMap::new)).values().forEach(c -> counts.merge(c, 1L, Long::sum));
    long all = counts.values().stream().mapToLong(Long::longValue).sum();
    ReportTable.Builder t = new ReportTable.Builder(id + "-classes", "Établissements par classe (score global)",
        "classe", "établissements", "%");
    counts.forEach((c, n) -> t.row(c, n, ReportTable.percent(100.0 * n / all)));
    page.table(t.build());
    page.note("Classes A à D publiées par la HAS ; DI : données insuffisantes, NR : non répondant, NV : non validé.");
  }

  private static void regions(ReportPage page, String id, List<EsatisRow> rows) {
    Map<String, List<EsatisRow>> byRegion = rows.stream().filter(r -> r.dimension().equals("global"))
        .collect(Collectors.groupingBy(r -> r.region() == null ? "(non renseignée)" : r.region(), TreeMap::new,
            Collectors.toList()));
    ReportTable.Builder t = new ReportTable.Builder(id + "-regions", "Score global par région", "région",
        "établissements", "avec un score", "score moyen", "minimum", "maximum");
    byRegion.forEach((region, list) -> {
      var scores = list.stream().filter(r -> r.score() != null).mapToDouble(EsatisRow::score).summaryStatistics();
      boolean any = scores.getCount() > 0;
      t.row(region, (long) list.size(), scores.getCount(), any ? dec(scores.getAverage()) : null,
          any ? dec(scores.getMin()) : null, any ? dec(scores.getMax()) : null);
    });
    page.table(t.build());
  }

  private static boolean matches(EsatisRow r, Set<String> study) {
    return study.contains(r.finessGeo().toLowerCase(Locale.FRENCH))
        || r.name() != null && study.contains(r.name().strip().toLowerCase(Locale.FRENCH));
  }

  private static ScoreObservation observation(EsatisRow r) {
    return new ScoreObservation(r.finessGeo(), r.region() == null ? "(non renseignée)" : r.region(), r.dimension(),
        r.year(), r.score() == null ? OptionalDouble.empty() : OptionalDouble.of(r.score()),
        r.answers() == null ? OptionalInt.empty() : OptionalInt.of(r.answers()), r.scoreClass(), OptionalDouble.empty());
  }

  private static ReportTable.Decimal dec(double x) {
    return ReportTable.decimal(x, 1);
  }
}
