package fr.parole;

/**
 * A problem the user can fix: bad input, a folder that is not a study, an unknown attribute.
 * The message is shown as is (in French), without a stack trace.
 */
public class ParoleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** What of a library's own words a message keeps: one line, never a whole query or file echoed back. */
  private static final int EXCERPT = 160;

  public ParoleException(String message) {
    super(message);
  }

  public ParoleException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The first line of {@code text} (a library's message, a user's value), cut to {@value #EXCERPT} characters. */
  public static String excerpt(String text) {
    String line = text == null ? "" : text.lines().findFirst().orElse("");
    return line.length() > EXCERPT ? line.substring(0, EXCERPT) + "…" : line;
  }
}
