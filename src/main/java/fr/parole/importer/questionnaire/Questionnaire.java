package fr.parole.importer.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire definition: its id (how the store names it), title, the file it was read from
 * (as the study names it), that file's SHA-256, and its items in order.
 */
public record Questionnaire(String id, String title, String file, String hash, List<Item> items) {
  public Questionnaire {
    items = List.copyOf(items);
  }

  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }
}
