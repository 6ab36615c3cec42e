package fr.parole.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The language a report is written in: French by default, English on request
 * ({@code parole report mon-etude --lang en}). Only the tool's own wording changes; the study's
 * data (code labels from the codebook, establishment names, quotes) stays as it is.
 */
public enum ReportLanguage {
  FRENCH("fr", Locale.FRANCE),
  ENGLISH("en", Locale.ENGLISH);

  private final String code;
  private final Locale locale;

  ReportLanguage(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The ISO 639-1 code, as typed after {@code --lang} and written in {@code <html lang>}. */
  public String code() {
    return code;
  }

  /** Number formats and letter case follow this locale. */
  public Locale locale() {
    return locale;
  }

  /** The language of a code ({@code fr}, {@code en}, any case); empty for an unknown one. */
  public static Optional<ReportLanguage> of(String code) {
    return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
  }

  /** The codes a user may give, for messages: « fr, en ». */
  public static String codes() {
    return Arrays.stream(values()).map(ReportLanguage::code).collect(Collectors.joining(", "));
  }
}
