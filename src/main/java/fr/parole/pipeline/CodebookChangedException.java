package fr.parole.pipeline;

import fr.parole.ParoleException;

/**
 * A change made from a codebook someone else changed since it was read: refused whole, so that
 * nobody's change is lost; the person reads the codebook again and redoes theirs.
 */
public final class CodebookChangedException extends ParoleException {
  private static final long serialVersionUID = 1L;

  public CodebookChangedException(String message) {
    super(message);
  }
}
