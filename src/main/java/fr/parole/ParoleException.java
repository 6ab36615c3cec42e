package fr.parole;

/**
 * A problem the user can fix: bad input, a folder that is not a study, an unknown attribute.
 * The message is shown as is (in French), without a stack trace.
 */
public class ParoleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParoleException(String message) {
    super(message);
  }

  public ParoleException(String message, Throwable cause) {
    super(message, cause);
  }
}
