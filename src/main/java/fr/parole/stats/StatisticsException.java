package fr.parole.stats;

import fr.parole.ParoleException;

/**
 * Data a statistic cannot be computed on as given (an empty row in a crosstab, an attribute no
 * segment carries): the message, in French, names what is wrong and how to fix it.
 */
public final class StatisticsException extends ParoleException {
  private static final long serialVersionUID = 1L;

  public StatisticsException(String message) {
    super(message);
  }
}
