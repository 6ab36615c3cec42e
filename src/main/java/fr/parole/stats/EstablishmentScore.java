package fr.parole.stats;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An establishment's score against the mean of all establishments (national) and of those of
 * its region, for one dimension and year; the region's mean includes the establishment itself.
 */
public record EstablishmentScore(String establishment, String region, String dimension, int year,
    double score, OptionalInt answers, String scoreClass, double nationalMean, double differenceToNational,
    double regionalMean, int establishmentsInRegion, double differenceToRegional,
    Optional<ConfidenceInterval> confidenceInterval) {

  /**
   * Normal-approximation interval of the establishment's mean score: score ± z·s/√n, z the
   * standard normal quantile of (1 + level)/2, s the published standard deviation, n the answers.
   */
  public record ConfidenceInterval(double level, double low, double high) {}
}
