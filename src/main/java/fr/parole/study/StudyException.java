package fr.parole.study;

import fr.parole.ParoleException;

/** A study folder that is missing, malformed, or whose store cannot be used. */
public final class StudyException extends ParoleException {
  private static final long serialVersionUID = 1L;

  public StudyException(String message) {
    super(message);
  }

  public StudyException(String message, Throwable cause) {
    super(message, cause);
  }
}
