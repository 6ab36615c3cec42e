package fr.parole.importer.questionnaire;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Compares what people typed with what a definition says, the way a reader would: without case,
 * accents, punctuation or spacing. "En cours", "en_cours", "EN COURS" and "en-cours" are one answer;
 * "Y a-t-il un diagnostic partagé ?" and "Y a t il un diagnostic partage?" are one column.
 */
final class Labels {
  private Labels() {}

  static String fold(String text) {
    String plain = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
