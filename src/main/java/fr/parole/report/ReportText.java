package fr.parole.report;

import fr.parole.coding.agreement.AgreementValue;
import fr.parole.coding.agreement.CohenKappa;
import fr.parole.coding.agreement.KrippendorffAlpha;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.StatisticsException;
import fr.parole.study.LemmaCounts;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The report's wording and number formats in its language, from the resource bundle
 * {@code fr/parole/report/messages.properties} (French) and {@code messages_en.properties}
 * (English); one per report, immutable. Every piece of user text is escaped here.
 */
final class ReportText {
  private static final String BUNDLE = "fr.parole.report.messages";

  private final ReportLanguage language;
  private final ResourceBundle messages;
  private final String missing;

  ReportText(ReportLanguage language) {
    this.language = Objects.requireNonNull(language, "language");
    // No fallback on the JVM's default locale: on an English system, a French report must not
    // find messages_en.properties before messages.properties.
    this.messages = ResourceBundle.getBundle(BUNDLE, language.locale(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.missing = get("missing");
  }

  ReportLanguage language() {
    return language;
  }

  /**
   * The message {@code key} with its arguments ({@link MessageFormat}: {@code {0}}, apostrophes
   * doubled). Numbers are inserted as they are given: the report formats its own numbers
   * ({@link #integer}, {@link #decimal}), so that no pattern groups digits behind its back.
   */
  String get(String key, Object... arguments) {
    Object[] plain = Arrays.stream(arguments).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
    return new MessageFormat(messages.getString(key), language.locale()).format(plain);
  }

  boolean has(String key) {
    return messages.containsKey(key);
  }

  /** The report's name for an id of the tool ({@code method.origin}, {@code rule} → « règle »), or the id itself. */
  String name(String kind, String id) {
    return has(kind + "." + id) ? get(kind + "." + id) : id;
  }

  String label(String attribute) {
    return name("attribute.label", attribute);
  }

  String title(String attribute) {
    return has("attribute.title." + attribute) ? get("attribute.title." + attribute)
        : get("attribute.title", lower(label(attribute)));
  }

  /** A label inside a sentence: « Segments et mots par établissement ». */
  String lower(String label) {
    return label.toLowerCase(language.locale());
  }

  /** Why a statistic was refused, in the report's language when the refusal has a wording here. */
  String problem(StatisticsException e) {
    return e.key().filter(k -> has("stats." + k)).map(k -> get("stats." + k, e.arguments().toArray()))
        .orElse(e.getMessage());
  }

  /**
   * Why an agreement coefficient is undefined. The French is the coding package's own sentence
   * (it names the one category given); the other languages say it without the category.
   */
  String undefined(AgreementValue value) {
    String measure = value.units() == 0 ? "noUnits" : value instanceof CohenKappa.Result ? "kappa"
        : value instanceof KrippendorffAlpha.Result ? "alpha" : "other";
    return get("agreement.undefined." + measure, value.undefinedReason().orElse(""));
  }

  /** What a reader must know about the lemma counts behind word specificities; empty when all is well. */
  Optional<String> coverage(LemmaCounts.LemmaCoverage coverage) {
    return coverage.gap().map(gap -> get("stats.lemmas." + gap, coverage.countedSources(), coverage.analysedSources()));
  }

  /** The bar that pools the {@code groups} groups a chart leaves out ({@link Charts#MAX_GROUPS}). */
  String otherGroups(int groups) {
    return get("chart.otherGroups", integer(groups));
  }

  /** An attribute value as the report shows it; a missing one (no value, or the statistics' marker) says so. */
  String value(String value) {
    return value == null || value.equals(CodeFrequencies.MISSING) || value.equals(LemmaCounts.MISSING)
        ? missing : value;
  }

  /**
   * A value of {@code attribute} as people read it: its label when the report has one
   * ({@code attribute.value.polarity.a_ameliorer} → « À améliorer »), else the value as stored;
   * a missing one says so.
   */
  String value(String attribute, String value) {
    String shown = value(value);
    if (!shown.equals(value)) {
      return shown;
    }
    return name("attribute.value." + attribute, value);
  }

  /** The group a segment's attribute value falls in, as shown: blank and absent values are missing. */
  String group(String value) {
    return value(CodeFrequencies.groupValue(value));
  }

  /** Escapes markup characters only: the page is UTF-8, so accents stay readable in the source. */
  static String html(String text) {
    return text == null ? "" : StringEscapeUtils.escapeXml10(text);
  }

  String integer(long n) {
    return NumberFormat.getIntegerInstance(language.locale()).format(n).replace('\u202f', '\u00a0');
  }

  /** A cell as the page shows it: numbers in the report's language, empty for nothing. */
  String cell(Object cell) {
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

  String decimal(double x, int digits) {
    NumberFormat format = NumberFormat.getNumberInstance(language.locale());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(x).replace('\u202f', '\u00a0');
  }

}
