package fr.parole.coding;

import java.util.List;
import java.util.Objects;

/**
 * A code of a codebook dimension: its id (unique in the dimension), label, definition, examples,
 * rules (Lucene queries) and, for a sub-code, its parent's id. Written {@code dimension/id}.
 */
public record Code(
    String dimension, String id, String label, String definition, List<String> examples, List<String> rules,
    String parent) {
  public Code {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(id, "id");
    examples = examples == null ? List.of() : List.copyOf(examples);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** The id as users write it: {@code type/levier}. */
  public String path() {
    return dimension + "/" + id;
  }
}
