package fr.parole.stats;

import java.util.OptionalDouble;

/**
 * The distribution of establishments' scores on one dimension and year. Each establishment
 * counts once in {@code mean}; {@code weightedMean} weights by answers and is there only when
 * every score has its number of answers. Standard deviation with n − 1 (NaN for a single score);
 * quantiles by linear interpolation between order statistics (R's type 7, NumPy's default).
 */
public record ScoreDistribution(String dimension, int year, int scores, int missing, double mean,
    OptionalDouble weightedMean, double standardDeviation, double minimum, double decile1,
    double quartile1, double median, double quartile3, double decile9, double maximum) {}
