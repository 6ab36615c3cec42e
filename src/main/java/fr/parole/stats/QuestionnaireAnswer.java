package fr.parole.stats;

import java.util.Objects;

/** One respondent's answer to one closed item; an empty answer means the item was left blank. */
public record QuestionnaireAnswer(String respondent, String establishment, String item, String answer) {
  public QuestionnaireAnswer {
    Objects.requireNonNull(respondent, "respondent");
    Objects.requireNonNull(establishment, "establishment");
    Objects.requireNonNull(item, "item");
    answer = answer == null ? "" : answer.strip();
  }
}
