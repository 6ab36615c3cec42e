package fr.parole.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * IRaMuTeQ's corpus format (the ALCESTE format its documentation describes): each text opens with
 * a line {@code **** *variable_modalite *variable_modalite}, followed by its words. IRaMuTeQ splits
 * a starred variable at its first « _ » (name, then modality) and reads a line opening with
 * {@code ****} or {@code -*} as a new text or a theme: so a variable's name keeps only letters and
 * digits, its modality letters, digits and « _ » (accents taken off, anything else « _ »), and
 * the text keeps no « * » (a line can then never open with one, nor with « -* »).
 */
public final class IramuteqCorpus {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_NAME = Pattern.compile("[^A-Za-z0-9]+");
  private static final Pattern NOT_VALUE = Pattern.compile("[^A-Za-z0-9_]+");
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\p{Cf}]");

  private IramuteqCorpus() {}

  /** « Établissement » → {@code etablissement}; empty when nothing is left (then the variable is left out). */
  public static String name(String name) {
    return NOT_NAME.matcher(ascii(name)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * A short name: the label's first word (« Niveau de partenariat » → {@code niveau}), as IRaMuTeQ
   * users write them; the whole label when that word is already another variable's ({@code taken}).
   */
  public static String shortName(String label, java.util.Set<String> taken) {
    String first = name(label.strip().split("[\\s'’]+")[0]);
    return first.isEmpty() || taken.contains(first) ? name(label) : first;
  }

  /** « CHU 1 » → {@code CHU_1}, « à améliorer » → {@code a_ameliorer}. */
  public static String modality(String value) {
    String cleaned = NOT_VALUE.matcher(ascii(value).strip()).replaceAll("_");
    return cleaned.replaceAll("_+", "_").replaceAll("^_|_$", "");
  }

  /** The line opening a text: {@code ****} and the variables, by their IRaMuTeQ names, in the map's order. */
  public static String header(Map<String, String> variables) {
    StringBuilder line = new StringBuilder("****");
    variables.forEach((name, value) -> {
      String n = name(name);
      String m = value == null ? "" : modality(value);
      if (!n.isEmpty() && !m.isEmpty()) {
        line.append(" *").append(n).append('_').append(m);
      }
    });
    return line.toString();
  }

  /**
   * A text as IRaMuTeQ reads it: no « * » (nor therefore a line opening with {@code *} or
   * {@code -*}), no control character, line ends {@code \n}, no blank line inside.
   */
  public static String body(String text) {
    String cleaned = CONTROL.matcher(text.replace("\r\n", "\n").replace('\r', '\n').replace('*', ' ')).replaceAll(" ");
    return cleaned.lines().map(line -> SPACES.matcher(line).replaceAll(" ").strip()).filter(line -> !line.isEmpty())
        .reduce((a, b) -> a + "\n" + b).orElse("");
  }

  private static String ascii(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
  }
}
