package fr.parole.importer.esatis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The e-Satis surveys whose results Parole reads: patients hospitalised more than 48 hours in
 * medicine, surgery or obstetrics, and patients of ambulatory surgery.
 */
public enum Survey {
  MCO_48H("48h_mco", "e-Satis +48h MCO", List.of("esatis48h", "48h")),
  MCO_CA("ca_mco", "e-Satis MCO CA (chirurgie ambulatoire)", List.of("esatisca", "ambulatoire"));

  private final String code;
  private final String label;
  private final List<String> fileNameHints;

  Survey(String code, String label, List<String> fileNameHints) {
    this.code = code;
    this.label = label;
    this.fileNameHints = fileNameHints;
  }

  /** The code used in study.yaml and in the store: {@code 48h_mco}, {@code ca_mco}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<Survey> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code.strip())).findFirst();
  }

  /** The survey a file name points at ("resultats-esatisca-mco-open-data-2019.csv" → MCO CA), if only one. */
  public static Optional<Survey> fromFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    List<Survey> found = Arrays.stream(values())
        .filter(s -> s.fileNameHints.stream().anyMatch(lower::contains)).toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** "48h_mco, ca_mco", for messages. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(Survey::code).toList());
  }
}
