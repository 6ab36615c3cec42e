package fr.parole.coding;

import fr.parole.ParoleException;

/** A codebook file that cannot be used: the message names the file, the line and the fix. */
public final class CodebookException extends ParoleException {
  private static final long serialVersionUID = 1L;

  public CodebookException(String message) {
    super(message);
  }

  public CodebookException(String message, Throwable cause) {
    super(message, cause);
  }
}
