package fr.parole.report;

import fr.parole.study.StudyConfig;

/**
 * Attributes and their values as the report words them (« À améliorer » for {@code a_ameliorer},
 * the study's own {@code labels:} first), for other readers of the study such as the atelier.
 */
public final class AttributeText {
  private final ReportText text;

  public AttributeText(StudyConfig config) {
    this.text = new ReportText(ReportLanguage.FRENCH, config.labels());
  }

  /** The attribute's name as people read it (« Polarité »). */
  public String label(String attribute) {
    return text.label(attribute);
  }

  /** A value of the attribute as people read it; a missing one says so. */
  public String value(String attribute, String value) {
    return text.value(attribute, value);
  }
}
