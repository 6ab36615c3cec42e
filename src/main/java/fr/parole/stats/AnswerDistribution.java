package fr.parole.stats;

import java.util.List;

/**
 * The answers to one item in one establishment: a count and a percentage per answer, in the
 * questionnaire's order. Percentages are of the non-blank answers; blanks are counted apart.
 */
public record AnswerDistribution(String item, String establishment, List<AnswerCount> answers, long answered, long blank) {
  public AnswerDistribution {
    answers = List.copyOf(answers);
  }

  public record AnswerCount(String answer, long count, double percent) {}
}
