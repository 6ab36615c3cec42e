package fr.parole.coding;

import java.util.List;
import java.util.Objects;

/**
 * A code of a codebook dimension: its id (unique in the dimension), label, definition, examples,
 * rules (Lucene queries), for a sub-code its parent's id, and the confidence from which a machine
 * suggestion of it counts when the codebook file sets one ({@code threshold:}, null otherwise: the
 * threshold then comes from the data, see {@link CodeThresholds}), and the colour the atelier shows it
 * in ({@code color: "#rrggbb"}, null when the codebook sets none). Written {@code dimension/id}.
 */
public record Code(
    String dimension, String id, String label, String definition, List<String> examples, List<String> rules,
    String parent, Double threshold, String color) {
  public Code {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(id, "id");
    examples = examples == null ? List.of() : List.copyOf(examples);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** A code with no colour of its own. */
  public Code(String dimension, String id, String label, String definition, List<String> examples,
      List<String> rules, String parent, Double threshold) {
    this(dimension, id, label, definition, examples, rules, parent, threshold, null);
  }

  /** A code whose threshold the codebook leaves to the data. */
  public Code(String dimension, String id, String label, String definition, List<String> examples,
      List<String> rules, String parent) {
    this(dimension, id, label, definition, examples, rules, parent, null, null);
  }

  /** The id as users write it: {@code type/levier}. */
  public String path() {
    return dimension + "/" + id;
  }
}
