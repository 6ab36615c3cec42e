package fr.parole.coding;

import java.util.List;
import java.util.Optional;

/**
 * A named dimension of a codebook (e.g. {@code type}, {@code niveau}) and its codes, parents first.
 * A dimension is non-exclusive unless its codebook says {@code exclusive: true}: a segment may carry
 * several of its codes (a comment about waiting, noise and meals is about three themes), and every
 * counted one counts. In an exclusive dimension a segment carries one code, its best.
 *
 * <p>{@code countsNegatedMentions} ({@code negated_mentions: count} in the codebook): a code of this
 * dimension says what a text is about, whatever it says of it, so a rule fires on a word inside a
 * negation's scope too ("pas d'attente" is about waiting). By default a negated word does not fire a
 * rule ("il n'y a pas de comité de pilotage" is no steering committee), unless the rule names the
 * negation itself.
 */
public record Dimension(String id, String label, String definition, List<Code> codes, boolean exclusive,
    boolean countsNegatedMentions) {
  public Dimension {
    codes = List.copyOf(codes);
  }

  /** A dimension where a negated word fires no rule. */
  public Dimension(String id, String label, String definition, List<Code> codes, boolean exclusive) {
    this(id, label, definition, codes, exclusive, false);
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
