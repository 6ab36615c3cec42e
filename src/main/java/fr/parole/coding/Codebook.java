package fr.parole.coding;

import java.util.List;
import java.util.Optional;

/** A codebook: dimensions of codes, each code with a definition, examples and rules. */
public record Codebook(String id, String label, String description, List<Dimension> dimensions) {
  public Codebook {
    dimensions = List.copyOf(dimensions);
  }

  public Optional<Dimension> dimension(String dimensionId) {
    return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
  }

  /** The code written {@code dimension/code}, if there is one. */
  public Optional<Code> code(String path) {
    int slash = path.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    return dimension(path.substring(0, slash)).flatMap(d -> d.code(path.substring(slash + 1)));
  }

  /** Every code, dimension by dimension. */
  public List<Code> codes() {
    return dimensions.stream().flatMap(d -> d.codes().stream()).toList();
  }
}
