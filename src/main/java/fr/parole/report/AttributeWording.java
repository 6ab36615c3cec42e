package fr.parole.report;

import fr.parole.study.StudyConfig;
import java.util.Map;

/**
 * Attributes and their values as the report names them, for other readers of the study (the
 * atelier): the study's own labels ({@code labels:} in study.yaml) first, then the report's
 * (« Polarité », « À améliorer »), else as stored; a missing value reads « (non renseigné) ».
 */
public final class AttributeWording {
  private final ReportText text;

  public AttributeWording(Map<String, StudyConfig.AttributeLabels> studyLabels) {
    this.text = new ReportText(ReportLanguage.FRENCH, studyLabels);
  }

  /** The attribute's name as people read it (« Établissement » for {@code establishment}). */
  public String label(String attribute) {
    return text.label(attribute);
  }

  /** A value of the attribute as people read it; null (missing) reads « (non renseigné) ». */
  public String value(String attribute, String value) {
    return text.value(attribute, value);
  }
}
