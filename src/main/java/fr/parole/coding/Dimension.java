package fr.parole.coding;

import java.util.List;
import java.util.Optional;

/**
 * A named dimension of a codebook (e.g. {@code type}, {@code niveau}) and its codes, parents first.
 * A dimension is non-exclusive unless its codebook says {@code exclusive: true}: a segment may carry
 * several of its codes (a comment about waiting, noise and meals is about three themes), and every
 * counted one counts. In an exclusive dimension a segment carries one code, its best.
 */
public record Dimension(String id, String label, String definition, List<Code> codes, boolean exclusive) {
  public Dimension {
    codes = List.copyOf(codes);
  }

  /** A non-exclusive dimension. */
  public Dimension(String id, String label, String definition, List<Code> codes) {
    this(id, label, definition, codes, false);
  }

  public Optional<Code> code(String codeId) {
    return codes.stream().filter(c -> c.id().equals(codeId)).findFirst();
  }

  /** The codes directly under {@code parentId}, or the top-level codes when it is null. */
  public List<Code> children(String parentId) {
    return codes.stream().filter(c -> java.util.Objects.equals(c.parent(), parentId)).toList();
  }
}
