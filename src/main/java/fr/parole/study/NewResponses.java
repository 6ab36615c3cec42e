package fr.parole.study;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one questionnaire response file gives the store: the questionnaire as defined when the
 * file was read, and its respondents with their closed answers. Open answers are segments of the
 * same source; an answer points at its segment by ordinal.
 */
public record NewResponses(Questionnaire questionnaire, List<Respondent> respondents) {
  public NewResponses {
    Objects.requireNonNull(questionnaire, "questionnaire");
    respondents = List.copyOf(respondents);
  }

  /** A questionnaire definition: its id, title, file (in the study) and that file's hash. */
  public record Questionnaire(String name, String title, String definition, String definitionHash, List<Item> items) {
    public Questionnaire {
      items = List.copyOf(items);
    }
  }

  /** An item: id, wording, type code ("likert"), and its labels or choices in order (empty for others). */
  public record Item(String id, String label, String type, List<String> choices) {
    public Item {
      choices = List.copyOf(choices);
    }
  }

  /** One row of the response file: its line, the respondent's attributes, and what they answered. */
  public record Respondent(int line, Map<String, String> attributes, List<Answer> answers) {
    public Respondent {
      attributes = Map.copyOf(attributes);
      answers = List.copyOf(answers);
    }

    public Respondent withAttributes(Map<String, String> resolved) {
      return new Respondent(line, resolved, answers);
    }
  }

  /**
   * An answer as the definition spells it; {@code number} for numbers and Likert ranks;
   * {@code segmentOrdinal} for an open answer (its segment in the source), else null.
   */
  public record Answer(String item, String value, Double number, Integer segmentOrdinal) {
    public Answer {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(value, "value");
    }
  }
}
