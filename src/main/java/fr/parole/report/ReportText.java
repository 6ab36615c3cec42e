package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/** French wording and number formats for reports; every piece of user text is escaped here. */
final class ReportText {
  private static final Map<String, String> ATTRIBUTE_LABELS = Map.ofEntries(
      Map.entry("establishment", "Établissement"),
      Map.entry("role", "Rôle"),
      Map.entry("level", "Niveau de partenariat"),
      Map.entry("niveau", "Niveau de partenariat"),
      Map.entry("service", "Service"),
      Map.entry("polarity", "Polarité"),
      Map.entry("region", "Région"),
      Map.entry("year", "Année"),
      Map.entry("questionnaire_item", "Item du questionnaire"));
  private static final Map<String, String> ATTRIBUTE_TITLES = Map.of(
      "establishment", "Par établissement",
      "role", "Par rôle",
      "level", "Par niveau de partenariat");

  private ReportText() {}

  static String label(String attribute) {
    return ATTRIBUTE_LABELS.getOrDefault(attribute, attribute);
  }

  static String title(String attribute) {
    return ATTRIBUTE_TITLES.getOrDefault(attribute, "Par " + label(attribute).toLowerCase(Locale.FRENCH));
  }

  static String value(String value) {
    return value == null ? CodeFrequencies.MISSING : value;
  }

  /** Escapes markup characters only: the page is UTF-8, so accents stay readable in the source. */
  static String html(String text) {
    return text == null ? "" : StringEscapeUtils.escapeXml10(text);
  }

  static String integer(long n) {
    return NumberFormat.getIntegerInstance(Locale.FRANCE).format(n).replace('\u202f', '\u00a0');
  }

  /** A cell as the page shows it: French numbers, empty for nothing. */
  static String cell(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof ReportTable.Decimal d) {
      return Double.isFinite(d.value()) ? decimal(d.value(), d.digits()) : "";
    }
    if (cell instanceof Long || cell instanceof Integer) {
      return integer(((Number) cell).longValue());
    }
    return cell.toString();
  }

  /**
   * A number for CSV: dot decimal, up to 10 decimals, no exponent, so files compare byte for byte
   * and R, Python and spreadsheets read them alike.
   */
  static String plain(double x) {
    if (!Double.isFinite(x)) {
      return "";
    }
    java.math.BigDecimal d = new java.math.BigDecimal(x).setScale(10, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** A file name from a title or id: ASCII letters and digits, dashes between words. */
  static String slug(String text) {
    String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return ascii.isEmpty() ? "tableau" : ascii.length() > 80 ? ascii.substring(0, 80) : ascii;
  }

  static String decimal(double x, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(x).replace('\u202f', '\u00a0');
  }

}
