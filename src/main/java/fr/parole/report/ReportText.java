package fr.parole.report;

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
    return value == null ? "(non renseigné)" : value;
  }

  /** Escapes markup characters only: the page is UTF-8, so accents stay readable in the source. */
  static String html(String text) {
    return text == null ? "" : StringEscapeUtils.escapeXml10(text);
  }

  static String integer(long n) {
    return NumberFormat.getIntegerInstance(Locale.FRANCE).format(n).replace('\u202f', '\u00a0');
  }

  static String decimal(double x) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(x).replace('\u202f', '\u00a0');
  }
}
