package fr.parole.importer.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * One question of a questionnaire: its id (a column may use it), its wording (a column may use it
 * too), its type, the Likert labels or choices in their order, the separator of a multiple choice,
 * and the line of the definition where it starts (for messages).
 */
public record Item(String id, String label, ItemType type, List<String> choices, String separator, int line) {
  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    choices = List.copyOf(choices);
  }
}
