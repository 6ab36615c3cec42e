package fr.parole.stats;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One published e-Satis result: an establishment's score (0-100) on one dimension for one year,
 * with its number of answers and class (A-D, or DI, NR, NV, NA as published; empty when none).
 * A missing score stays missing, never zero. The standard deviation is there only when the
 * source publishes it; without it no confidence interval is computed.
 */
public record ScoreObservation(String establishment, String region, String dimension, int year,
    OptionalDouble score, OptionalInt answers, String scoreClass, OptionalDouble standardDeviation) {

  public ScoreObservation {
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(answers, "answers");
    scoreClass = scoreClass == null ? "" : scoreClass;
    Objects.requireNonNull(standardDeviation, "standardDeviation");
  }

  /** A score with its answers and class, without a published standard deviation. */
  public static ScoreObservation of(String establishment, String region, String dimension, int year,
      double score, int answers, String scoreClass) {
    return new ScoreObservation(establishment, region, dimension, year, OptionalDouble.of(score),
        OptionalInt.of(answers), scoreClass, OptionalDouble.empty());
  }
}
