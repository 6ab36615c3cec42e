package fr.parole.study;

import java.util.List;
import java.util.Objects;

/**
 * One establishment's results in one e-Satis results file: its survey ({@code 48h_mco},
 * {@code ca_mco}) and year, the class of its global score (A to D, or DI, NR, NV, NA), and a score
 * per dimension. A score or a count the file leaves empty is {@code null}, never 0.
 */
public record EsatisResult(
    Establishment establishment, String survey, int year, String esatisClass, String evolution,
    String participation, String deposit, int line, List<Score> scores) {
  public EsatisResult {
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(survey, "survey");
    scores = List.copyOf(scores);
  }

  /** An establishment by its FINESS numbers (géographique, juridique), with its names and region. */
  public record Establishment(String finessGeo, String finess, String name, String legalName, String region) {
    public Establishment {
      Objects.requireNonNull(finessGeo, "finessGeo");
    }
  }

  /** A dimension's score (0-100) and the number of answers behind it; either may be missing. */
  public record Score(String dimension, Double score, Integer answers) {
    public Score {
      Objects.requireNonNull(dimension, "dimension");
    }
  }
}
