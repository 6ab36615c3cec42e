package fr.parole.report;

/**
 * Makes untrusted text safe in a spreadsheet cell: a cell starting with '=', '+', '-' or '@'
 * would run as a formula in Excel or LibreOffice (CSV injection), and so may one starting with a
 * tab or a carriage return (OWASP's list), so it gets a leading quote.
 */
public final class SafeCell {
  private SafeCell() {}

  public static String of(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    return formula ? "'" + value : value;
  }
}
