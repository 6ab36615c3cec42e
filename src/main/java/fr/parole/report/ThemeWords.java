package fr.parole.report;

/**
 * How the report names what a codebook coded and its codes: comments are « commentaires »,
 * interview turns « tours de parole », open answers « réponses ouvertes », a mix « extraits »;
 * a code rolled up with its sub-codes says so.
 */
final class ThemeWords {
  private ThemeWords() {}

  /** The plural noun of the theme's units: « commentaires ». */
  static String units(ReportText text, ThemeCodings theme) {
    return text.get("unit." + theme.unit() + ".many");
  }

  /** A count with its noun: « 1 commentaire », « 446 commentaires ». */
  static String count(ReportText text, ThemeCodings theme, long n) {
    return text.integer(n) + " " + text.get("unit." + theme.unit() + (n == 1 ? ".one" : ".many"));
  }

  /** A code counted with its sub-codes: « Obstacle (avec ses sous-codes) »; else its label. */
  static String rolledLabel(ReportText text, ThemeCodings theme, String code) {
    return theme.hasSubCodes(code) ? text.get("themes.rolledUp", theme.label(code)) : theme.label(code);
  }

  /** A column of a share: « % des commentaires ». */
  static String percentOf(ReportText text, ThemeCodings theme) {
    return text.get("themes.percentOf", units(text, theme));
  }

  /**
   * A share for reading: whole percents (« 19 »), a tenth under 1 % so that a present code never
   * reads 0; the CSV and the workbook keep every digit.
   */
  static ReportTable.Decimal share(double percent) {
    return ReportTable.decimal(percent, percent > 0 && percent < 1 ? 1 : 0);
  }

  /** A sentence's first letter in capitals: « Commentaires (n) ». */
  static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }
}
