package fr.parole.coding.agreement;

import fr.parole.ParoleException;

/**
 * Agreement or evaluation data that cannot be used as given (the same coder twice, a unit listed
 * twice in a gold file): the message, in French, says what is wrong and how to fix it.
 */
public final class AgreementException extends ParoleException {
  private static final long serialVersionUID = 1L;

  public AgreementException(String message) {
    super(message);
  }
}
