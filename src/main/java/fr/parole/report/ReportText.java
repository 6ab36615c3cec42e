package fr.parole.report;

import fr.parole.coding.agreement.AgreementValue;
import fr.parole.coding.agreement.CohenKappa;
import fr.parole.coding.agreement.KrippendorffAlpha;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.StatisticsException;
import fr.parole.study.LemmaCounts;
import fr.parole.study.StudyConfig;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  /** The attribute of comments that names their e-Satis survey. */
  static final String SURVEY = "survey";

  private final ReportLanguage language;
  private final ResourceBundle messages;
  private final String missing;
  private final Map<String, StudyConfig.AttributeLabels> studyLabels;

  ReportText(ReportLanguage language) {
    this(language, Map.of());
  }

  /** The report's wording, with the study's own labels of attributes and values ({@code labels:} in study.yaml) first. */
  ReportText(ReportLanguage language, Map<String, StudyConfig.AttributeLabels> studyLabels) {
    this.language = Objects.requireNonNull(language, "language");
    this.studyLabels = Map.copyOf(studyLabels);
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

  /** An attribute as people read it: the study's label, else the report's, else its name. */
  String label(String attribute) {
    StudyConfig.AttributeLabels own = studyLabels.get(attribute);
    return own != null && own.label() != null ? own.label() : name("attribute.label", attribute);
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
    StudyConfig.AttributeLabels own = studyLabels.get(attribute);
    if (own != null && own.values().containsKey(value)) {
      return own.values().get(value);
    }
    if (attribute.equals(SURVEY)) {
      return surveyCode(value).map(code -> name("esatis.survey", code)).orElse(value);
    }
    return name("attribute.value." + attribute, value);
  }

  /**
   * Whether some of {@code values} of {@code attribute} read otherwise than stored: a table then
   * gives the stored value too, in a column {@code <attribute>_id} for programs.
   */
  boolean relabels(String attribute, java.util.Collection<String> values) {
    return values.stream().anyMatch(v -> v != null && !value(v).equals(CodeFrequencies.MISSING) && !v.equals(missing)
        && !value(attribute, v).equals(v));
  }

  /**
   * The e-Satis survey a value names, however a comments export writes it (« +48h MCO »,
   * « 48h_mco », « MCO CA », « chirurgie ambulatoire »): {@code 48h_mco} or {@code ca_mco}.
   */
  static Optional<String> surveyCode(String value) {
    String folded = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    List<String> words = List.of(folded.split(" "));
    if (words.contains("48h") || words.contains("48")) {
      return Optional.of("48h_mco");
    }
    boolean ambulatory = words.contains("ca") || words.contains("ambulatoire");
    return ambulatory && (words.contains("mco") || words.contains("chirurgie")) ? Optional.of("ca_mco") : Optional.empty();
  }

  /** « a, b et c » (« a, b and c »). */
  String list(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + get("list.and") + " "
        + items.get(items.size() - 1);
  }

  /**
   * A source's format as people read it (« Entretien (.md) », « Résultats e-Satis +48h MCO »)
   * from the store's {@code transcript/md}, {@code esatis/48h_mco}; an unknown one as stored.
   */
  String sourceFormat(String format) {
    String[] parts = format.split("/", 2);
    String detail = parts.length < 2 ? "" : parts[0].equals("esatis") ? name("esatis.survey", parts[1]) : "." + parts[1];
    return has("source.format." + parts[0]) ? get("source.format." + parts[0], detail) : format;
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
