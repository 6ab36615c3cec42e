package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** e-Satis score statistics against NumPy / SciPy (reference.py, "scores.", "cmp.", "evo.", "ci." lines). */
class ScoreStatisticsTest {
  private static final double TOLERANCE = 1e-9;
  private static final double[] SCORES = {72.4, 75.1, 68.9, 80.2, 77.7, 74.0, 71.3, 79.5, 69.8, 76.6};
  private static final int[] ANSWERS = {120, 85, 40, 210, 150, 95, 60, 180, 33, 140};
  private static final String[] REGIONS = {"Bretagne", "Occitanie", "Grand Est"};
  private static final String DIMENSION = "score_all_ajust";

  private final ScoreStatistics statistics = new ScoreStatistics(observations());

  @Test
  void distributionMatchesNumpy() {
    ScoreDistribution d = statistics.distribution(DIMENSION, 2023);
    assertEquals(10, d.scores());
    assertEquals(1, d.missing());
    assertEquals(74.55, d.mean(), TOLERANCE);
    assertEquals(3.9556569899603553, d.standardDeviation(), TOLERANCE);
    assertEquals(76.34312668463612, d.weightedMean().orElseThrow(), TOLERANCE);
    // numpy.quantile default (linear) = R type 7.
    assertEquals(69.71, d.decile1(), TOLERANCE);
    assertEquals(71.575, d.quartile1(), TOLERANCE);
    assertEquals(74.55, d.median(), TOLERANCE);
    assertEquals(77.425, d.quartile3(), TOLERANCE);
    assertEquals(79.57, d.decile9(), TOLERANCE);
    assertEquals(68.9, d.minimum());
    assertEquals(80.2, d.maximum());
  }

  @Test
  void distributionsCoverEveryDimensionAndYearInOrder() {
    List<ScoreDistribution> all = statistics.distributions();
    assertEquals(List.of(2023, 2024), all.stream().map(ScoreDistribution::year).toList());
  }

  @Test
  void establishmentsAgainstNationalAndRegionalMeans() {
    List<EstablishmentScore> scores = statistics.compare(2023);
    assertEquals(10, scores.size()); // E11 has no score: left out, not counted as zero
    EstablishmentScore e01 = scores.get(0);
    assertEquals("E01", e01.establishment());
    assertEquals(74.55, e01.nationalMean(), TOLERANCE);
    assertEquals(-2.1499999999999915, e01.differenceToNational(), TOLERANCE);
    assertEquals(75.125, e01.regionalMean(), TOLERANCE);
    assertEquals(4, e01.establishmentsInRegion());
    assertEquals(-2.7249999999999943, e01.differenceToRegional(), TOLERANCE);
    assertEquals("B", e01.scoreClass());
    EstablishmentScore e02 = scores.get(1);
    assertEquals(77.43333333333334, e02.regionalMean(), TOLERANCE);
    assertEquals(-2.333333333333343, e02.differenceToRegional(), TOLERANCE);
    EstablishmentScore e10 = scores.get(9);
    assertEquals(2.049999999999997, e10.differenceToNational(), TOLERANCE);
    assertEquals(1.4749999999999943, e10.differenceToRegional(), TOLERANCE);
  }

  @Test
  void confidenceIntervalOnlyWithAPublishedStandardDeviationAndEnoughAnswers() {
    EstablishmentScore e06 = statistics.compare(2023).get(5);
    EstablishmentScore.ConfidenceInterval ci = e06.confidenceInterval().orElseThrow();
    assertEquals(70.27987085484139, ci.low(), TOLERANCE);
    assertEquals(77.72012914515861, ci.high(), TOLERANCE);
    assertEquals(0.95, ci.level());
    // No published standard deviation: no interval, rather than an invented one.
    assertTrue(statistics.compare(2023).get(0).confidenceInterval().isEmpty());
    ScoreObservation few = new ScoreObservation("E99", "Bretagne", DIMENSION, 2023, OptionalDouble.of(70),
        OptionalInt.of(29), "DI", OptionalDouble.of(18));
    assertTrue(ScoreStatistics.interval(few).isEmpty());
  }

  @Test
  void evolutionBetweenTwoYears() {
    List<ScoreEvolution> evolution = statistics.evolution(2023, 2024);
    assertEquals(List.of("E01", "E02", "E03"), evolution.stream().map(ScoreEvolution::establishment).toList());
    assertEquals(2.5, evolution.get(0).difference(), TOLERANCE);
    assertEquals(-2.0999999999999943, evolution.get(1).difference(), TOLERANCE);
    assertEquals(1.25, evolution.get(2).difference(), TOLERANCE);
    assertEquals("B", evolution.get(0).fromClass());
    assertEquals("A", evolution.get(0).toClass());
  }

  @Test
  void unknownDimensionIsRefusedWithTheKnownOnes() {
    StatisticsException e = assertThrows(StatisticsException.class, () -> statistics.distribution("repas", 2023));
    assertEquals("La dimension e-Satis « repas » n'existe pas ; dimensions connues : score_all_ajust.", e.getMessage());
  }

  @Test
  void duplicateScoreIsRefused() {
    List<ScoreObservation> twice = List.of(ScoreObservation.of("E01", "Bretagne", DIMENSION, 2023, 70, 50, "B"),
        ScoreObservation.of("E01", "Bretagne", DIMENSION, 2023, 71, 50, "B"));
    StatisticsException e = assertThrows(StatisticsException.class, () -> new ScoreStatistics(twice));
    assertTrue(e.getMessage().endsWith("E01 / score_all_ajust / 2023."), e.getMessage());
  }

  private static List<ScoreObservation> observations() {
    List<ScoreObservation> list = new ArrayList<>();
    for (int i = 0; i < SCORES.length; i++) {
      String establishment = String.format("E%02d", i + 1);
      OptionalDouble sd = i == 5 ? OptionalDouble.of(18.5) : OptionalDouble.empty();
      list.add(new ScoreObservation(establishment, REGIONS[i % 3], DIMENSION, 2023, OptionalDouble.of(SCORES[i]),
          OptionalInt.of(ANSWERS[i]), i == 0 ? "B" : "C", sd));
    }
    list.add(new ScoreObservation("E11", "Bretagne", DIMENSION, 2023, OptionalDouble.empty(), OptionalInt.of(12), "DI",
        OptionalDouble.empty()));
    list.add(ScoreObservation.of("E01", "Bretagne", DIMENSION, 2024, 74.9, 130, "A"));
    list.add(ScoreObservation.of("E02", "Occitanie", DIMENSION, 2024, 73.0, 90, "C"));
    list.add(ScoreObservation.of("E03", "Grand Est", DIMENSION, 2024, 70.15, 45, "C"));
    return list;
  }
}
