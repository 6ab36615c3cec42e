package fr.parole.report;

import fr.parole.study.StudyConfig;

/**
 * Attributes and their values as the French report names them, for other readers of the study
 * (the atelier): {@code establishment} → « Établissement », {@code a_ameliorer} → « À améliorer »,
 * study.yaml's {@code labels:} first ({@code CDS} → « Cadre de santé (CDS) »).
 */
public final class ValueLabels {
  private final ReportText text;

  public ValueLabels(StudyConfig config) {
    this.text = new ReportText(ReportLanguage.FRENCH, config.labels());
  }

  /** The attribute's name as people read it. */
  public String attribute(String attribute) {
    return text.label(attribute);
  }

  /** A value of {@code attribute} as people read it; a missing one says so. */
  public String value(String attribute, String value) {
    return text.value(attribute, value);
  }
}
