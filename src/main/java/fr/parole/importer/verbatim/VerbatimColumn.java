package fr.parole.importer.verbatim;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of a comment export holds, and the names it is recognised by (compared without
 * case, accents or punctuation: "Points à améliorer" is {@code points a ameliorer}).
 */
public enum VerbatimColumn {
  /** One comment per row. */
  TEXT("text", List.of("commentaire", "commentaires", "verbatim", "verbatims", "texte", "remarque", "remarques",
      "commentaire libre", "commentaires libres", "expression libre", "reponse libre", "avis", "comment", "comments")),
  /** The "points positifs" of a two-column export. */
  POSITIVE("positive", List.of("points positifs", "point positif", "aspects positifs", "commentaire positif",
      "commentaires positifs", "ce qui vous a plu", "positif")),
  /** The "points à améliorer" of a two-column export. */
  TO_IMPROVE("to_improve", List.of("points a ameliorer", "point a ameliorer", "points negatifs", "point negatif",
      "aspects a ameliorer", "axes d amelioration", "commentaire negatif", "commentaires negatifs", "a ameliorer",
      "negatif")),
  /** The polarity of the row's comment (positif / à améliorer). */
  POLARITY("polarity", List.of("polarite", "type de commentaire", "type commentaire", "sens", "tonalite")),
  DATE("date", List.of("date", "date de reponse", "date reponse", "date de sortie", "date de sejour",
      "date d hospitalisation", "date de saisie")),
  /** A FINESS number or a name. */
  ESTABLISHMENT("establishment", List.of("finess", "finess geographique", "finess geo", "etablissement",
      "nom de l etablissement", "raison sociale", "site")),
  SERVICE("service", List.of("service", "unite", "unite de soins", "pole", "specialite", "service d hospitalisation")),
  SURVEY("survey", List.of("enquete", "questionnaire", "type d enquete", "type de questionnaire", "type enquete")),
  IGNORE("ignore", List.of());

  private final String word;
  private final List<String> names;

  VerbatimColumn(String word, List<String> names) {
    this.word = word;
    this.names = names;
  }

  /** The word study.yaml uses for it ({@code text}, {@code positive}, {@code to_improve}…). */
  public String word() {
    return word;
  }

  /** The column a header name is recognised as, if any. */
  public static Optional<VerbatimColumn> recognise(String header) {
    String name = normalise(header);
    return Arrays.stream(values()).filter(c -> c.names.contains(name)).findFirst();
  }

  public static Optional<VerbatimColumn> fromWord(String word) {
    return Arrays.stream(values()).filter(c -> c.word.equalsIgnoreCase(word.strip())).findFirst();
  }

  /** "text, positive, to_improve, …", for messages. */
  public static String words() {
    return String.join(", ", Arrays.stream(values()).map(VerbatimColumn::word).toList());
  }

  /** Lower case, no accents, punctuation as single spaces: "Points à améliorer :" → "points a ameliorer". */
  static String normalise(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
