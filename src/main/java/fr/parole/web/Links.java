package fr.parole.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The addresses and numbers the dashboard, theme and segment pages write: every number links to
 * the segments behind it ({@code /segments?codebook=…&code=…&attribut=…&valeur=…}), parameters
 * URL-encoded here (the templates only HTML-escape), numbers in French (« 1 234 », « 12,5 % »).
 */
public final class Links {
  /** The value a link or a filter gives for « (non renseigné) » (segments without the attribute). */
  public static final String MISSING = "-";

  private Links() {}

  /** The segments of a codebook (null: every participant's) under a code (null: any), with an attribute value. */
  public static String segments(String codebook, String code, String attribute, String value) {
    List<String> parameters = new ArrayList<>();
    add(parameters, "codebook", codebook);
    add(parameters, "code", code);
    if (attribute != null) {
      add(parameters, "attribut", attribute);
      add(parameters, "valeur", value == null ? MISSING : value);
    }
    return "/segments" + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
  }

  /** The segments of a codebook analysed ({@code tous}) or checked by a person ({@code verifies}). */
  public static String segments(String codebook, String which) {
    return "/segments?codebook=" + encode(codebook) + "&" + which + "=1";
  }

  /** The segments analysed with a codebook that carry an attribute value (null: missing). */
  public static String analysed(String codebook, String attribute, String value) {
    return segments(codebook, null, attribute, value) + "&tous=1";
  }

  /** A theme's page: {@code /themes/esatis/esatis/attente}. */
  public static String theme(String codebook, String code) {
    return "/themes/" + encode(codebook) + "/" + encode(code).replace("%2F", "/");
  }

  /** The same page with other query parameters (the filters kept, the page changed). */
  public static String with(String path, Map<String, String> parameters, String name, String value) {
    List<String> all = new ArrayList<>();
    parameters.forEach((key, v) -> {
      if (!key.equals(name) && v != null) {
        add(all, key, v);
      }
    });
    add(all, name, value);
    return path + (all.isEmpty() ? "" : "?" + String.join("&", all));
  }

  public static String document(long sourceId, long segmentId) {
    return "/documents/" + sourceId + "#segment-" + segmentId;
  }

  /** A memo's page (to edit it, delete it, read its earlier texts), coming back to {@code back} after. */
  public static String memo(long id, String back) {
    return "/memos/" + id + "?retour=" + encode(back);
  }

  public static String comment(long segmentId) {
    return "/discussion/nouveau?segment=" + segmentId;
  }

  public static String commentTheme(String codebook, String code) {
    return "/discussion/nouveau?code=" + encode(codebook + "/" + code);
  }

  /** « 1 234 » (a no-break space between thousands). */
  public static String n(long number) {
    return NumberFormat.getIntegerInstance(Locale.FRANCE).format(number).replace('\u202f', '\u00a0');
  }

  /**
   * « 12,5 % », « 35,0 % »: one decimal, so that a column of them lines up (« 35 % » above
   * « 29,8 % » read as less precise); « 0 % » and « 100 % » as they are.
   */
  public static String percent(double percent) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
    format.setMaximumFractionDigits(1);
    format.setMinimumFractionDigits(percent > 0 && percent < 100 ? 1 : 0);
    return format.format(percent).replace('\u202f', '\u00a0') + "\u00a0%";
  }

  /** {@code part} of {@code whole} in percent (0 for an empty whole). */
  public static double share(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** The CSS width class of a bar ({@code w0} … {@code w100}, by 5; a non-zero share shows at least one step). */
  public static String bar(double percent) {
    long step = Math.round(Math.min(100, Math.max(0, percent)) / 5) * 5;
    return "w" + (percent > 0 && step == 0 ? 5 : step);
  }

  private static void add(List<String> parameters, String name, String value) {
    if (value != null) {
      parameters.add(name + "=" + encode(value));
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
