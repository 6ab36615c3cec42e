package fr.parole.coding;

import java.util.List;
import java.util.Optional;

/** A named dimension of a codebook (e.g. {@code type}, {@code niveau}) and its codes, parents first. */
public record Dimension(String id, String label, String definition, List<Code> codes) {
  public Dimension {
    codes = List.copyOf(codes);
  }

  public Optional<Code> code(String codeId) {
    return codes.stream().filter(c -> c.id().equals(codeId)).findFirst();
  }

  /** The codes directly under {@code parentId}, or the top-level codes when it is null. */
  public List<Code> children(String parentId) {
    return codes.stream().filter(c -> java.util.Objects.equals(c.parent(), parentId)).toList();
  }
}
