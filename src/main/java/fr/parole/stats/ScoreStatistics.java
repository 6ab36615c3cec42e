package fr.parole.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * e-Satis scores by establishment, region and dimension: distributions and quantiles, each
 * establishment against the national and regional means, evolution between two years, and a
 * confidence interval where the published figures allow one. Means are over the establishments
 * given (each counts once), which is the national mean when the whole open-data file is given.
 */
public final class ScoreStatistics {
  /** HAS publishes an establishment's e-Satis score only from 30 answers; no interval below. */
  public static final int MIN_ANSWERS_FOR_INTERVAL = 30;
  public static final double INTERVAL_LEVEL = 0.95;

  private final List<ScoreObservation> observations;

  public ScoreStatistics(List<ScoreObservation> observations) {
    this.observations = List.copyOf(observations);
    refuseDuplicates();
  }

  /** Every dimension and year with at least one score, sorted by dimension then year. */
  public List<ScoreDistribution> distributions() {
    Set<Map.Entry<String, Integer>> keys = new TreeSet<>(
        Map.Entry.<String, Integer>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    observations.stream().filter(o -> o.score().isPresent()).forEach(o -> keys.add(Map.entry(o.dimension(), o.year())));
    return keys.stream().map(k -> distribution(k.getKey(), k.getValue())).toList();
  }

  public ScoreDistribution distribution(String dimension, int year) {
    List<ScoreObservation> rows = of(dimension, year);
    double[] scores = rows.stream().filter(o -> o.score().isPresent()).mapToDouble(o -> o.score().getAsDouble()).toArray();
    if (scores.length == 0) {
      throw new StatisticsException("Aucun score e-Satis pour la dimension « " + dimension + " » en " + year + ".");
    }
    Percentile quantiles = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    quantiles.setData(scores);
    double sd = scores.length < 2 ? Double.NaN : Math.sqrt(StatUtils.variance(scores));
    return new ScoreDistribution(dimension, year, scores.length, rows.size() - scores.length, StatUtils.mean(scores),
        weightedMean(rows), sd, StatUtils.min(scores), quantiles.evaluate(10), quantiles.evaluate(25),
        quantiles.evaluate(50), quantiles.evaluate(75), quantiles.evaluate(90), StatUtils.max(scores));
  }

  /** Establishments with a score that year, by dimension then establishment. */
  public List<EstablishmentScore> compare(int year) {
    List<EstablishmentScore> result = new ArrayList<>();
    for (String dimension : dimensions()) {
      List<ScoreObservation> scored = of(dimension, year).stream().filter(o -> o.score().isPresent()).toList();
      double national = scored.stream().mapToDouble(o -> o.score().getAsDouble()).average().orElse(Double.NaN);
      Map<String, List<Double>> byRegion = new HashMap<>();
      scored.forEach(o -> byRegion.computeIfAbsent(o.region(), r -> new ArrayList<>()).add(o.score().getAsDouble()));
      for (ScoreObservation o : scored) {
        List<Double> region = byRegion.get(o.region());
        double regional = region.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double score = o.score().getAsDouble();
        result.add(new EstablishmentScore(o.establishment(), o.region(), dimension, year, score, o.answers(),
            o.scoreClass(), national, score - national, regional, region.size(), score - regional, interval(o)));
      }
    }
    result.sort(Comparator.comparing(EstablishmentScore::dimension).thenComparing(EstablishmentScore::establishment));
    return List.copyOf(result);
  }

  /** Establishments scored on a dimension in both years, by dimension then establishment. */
  public List<ScoreEvolution> evolution(int fromYear, int toYear) {
    Map<String, ScoreObservation> earlier = new HashMap<>();
    observations.stream().filter(o -> o.year() == fromYear && o.score().isPresent())
        .forEach(o -> earlier.put(o.dimension() + '\u0000' + o.establishment(), o));
    List<ScoreEvolution> result = new ArrayList<>();
    for (ScoreObservation later : observations) {
      ScoreObservation before = earlier.get(later.dimension() + '\u0000' + later.establishment());
      if (later.year() == toYear && later.score().isPresent() && before != null) {
        double from = before.score().getAsDouble();
        double to = later.score().getAsDouble();
        result.add(new ScoreEvolution(later.establishment(), later.dimension(), fromYear, toYear, from, to,
            to - from, before.scoreClass(), later.scoreClass()));
      }
    }
    result.sort(Comparator.comparing(ScoreEvolution::dimension).thenComparing(ScoreEvolution::establishment));
    return List.copyOf(result);
  }

  /** Dimensions present, sorted. */
  public List<String> dimensions() {
    return List.copyOf(new TreeSet<>(observations.stream().map(ScoreObservation::dimension).toList()));
  }

  /**
   * score ± z·s/√n (normal approximation to the mean of n answers), only with a published
   * standard deviation s and at least {@link #MIN_ANSWERS_FOR_INTERVAL} answers.
   */
  static Optional<EstablishmentScore.ConfidenceInterval> interval(ScoreObservation o) {
    if (o.standardDeviation().isEmpty() || o.answers().isEmpty() || o.answers().getAsInt() < MIN_ANSWERS_FOR_INTERVAL) {
      return Optional.empty();
    }
    double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + INTERVAL_LEVEL) / 2);
    double half = z * o.standardDeviation().getAsDouble() / Math.sqrt(o.answers().getAsInt());
    double score = o.score().getAsDouble();
    return Optional.of(new EstablishmentScore.ConfidenceInterval(INTERVAL_LEVEL, score - half, score + half));
  }

  private List<ScoreObservation> of(String dimension, int year) {
    if (!dimensions().contains(dimension)) {
      throw new StatisticsException("La dimension e-Satis « " + dimension + " » n'existe pas ; dimensions connues : "
          + String.join(", ", dimensions()) + ".");
    }
    return observations.stream().filter(o -> o.dimension().equals(dimension) && o.year() == year).toList();
  }

  private static OptionalDouble weightedMean(List<ScoreObservation> rows) {
    List<ScoreObservation> scored = rows.stream().filter(o -> o.score().isPresent()).toList();
    if (scored.stream().anyMatch(o -> o.answers().isEmpty())) {
      return OptionalDouble.empty();
    }
    double weights = scored.stream().mapToDouble(o -> o.answers().getAsInt()).sum();
    double sum = scored.stream().mapToDouble(o -> o.score().getAsDouble() * o.answers().getAsInt()).sum();
    return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / weights);
  }

  private void refuseDuplicates() {
    Map<String, ScoreObservation> seen = new TreeMap<>();
    for (ScoreObservation o : observations) {
      String key = o.establishment() + " / " + o.dimension() + " / " + o.year();
      if (seen.put(key, o) != null) {
        throw new StatisticsException("Deux scores e-Satis pour le même établissement, la même dimension et la même année : "
            + key + ".");
      }
    }
  }
}
