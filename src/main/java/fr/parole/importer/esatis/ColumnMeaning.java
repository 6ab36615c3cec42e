package fr.parole.importer.esatis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an e-Satis results file holds, as written in the column mapping:
 * {@code finess_geo}, {@code name}, {@code class}, or a measure of a dimension such as
 * {@code score global} or {@code answers accueil}.
 */
public record ColumnMeaning(Kind kind, String dimension) {
  /** The kinds of column. {@code SCORE} and {@code ANSWERS} need a dimension, the others have none. */
  public enum Kind {
    FINESS, FINESS_GEO, NAME, LEGAL_NAME, REGION, YEAR, CLASS, EVOLUTION, PARTICIPATION, DEPOSIT, IGNORE,
    SCORE, ANSWERS;

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The words a mapping may use, for messages. */
  public static final String GRAMMAR = "finess, finess_geo, name, legal_name, region, year, class, evolution, "
      + "participation, deposit, ignore, « score <dimension> », « answers <dimension> »";

  /** Reads "score global", "answers repas", "finess_geo"…; empty when the words mean nothing known. */
  public static Optional<ColumnMeaning> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String[] words = text.strip().split("\\s+");
    Optional<Kind> kind = Arrays.stream(Kind.values()).filter(k -> k.word().equalsIgnoreCase(words[0])).findFirst();
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    boolean measure = kind.get() == Kind.SCORE || kind.get() == Kind.ANSWERS;
    if (measure != (words.length == 2) || words.length > 2) {
      return Optional.empty();
    }
    return Optional.of(new ColumnMeaning(kind.get(), measure ? words[1].toLowerCase(Locale.ROOT) : null));
  }

  public boolean isMeasure() {
    return kind == Kind.SCORE || kind == Kind.ANSWERS;
  }
}
