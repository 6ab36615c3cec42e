package fr.parole.report;

import fr.parole.ParoleException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the report cuts by, and its language: the attributes that get a section of their own (« Par rôle ») and
 * cross the codebooks' dimensions, and the dimensions crossed. Empty lists keep the defaults:
 * the establishment and the partnership level, crossed with each codebook's first dimension.
 *
 * <p>Example: {@code --par role --par establishment --dimension type --dimension niveau}.
 */
public record ReportOptions(List<String> attributes, List<String> dimensions, ReportLanguage language) {
  /** The default cuts, in French. */
  public static final ReportOptions DEFAULT = new ReportOptions(List.of(), List.of(), ReportLanguage.FRENCH);
  /** The partnership level's names, French first: the first a study carries gets « Par niveau ». */
  public static final List<String> LEVEL_ATTRIBUTES = List.of("niveau", "level");
  /**
   * The attributes that get a section of their own without {@code --par} (« Par établissement »,
   * « Par niveau »): coding counts their words, whatever study.yaml lists.
   */
  public static final List<String> GROUP_ATTRIBUTES =
      java.util.stream.Stream.concat(java.util.stream.Stream.of("establishment"), LEVEL_ATTRIBUTES.stream()).toList();

  public ReportOptions {
    attributes = clean(attributes);
    dimensions = clean(dimensions);
    language = language == null ? ReportLanguage.FRENCH : language;
  }

  /** The same cuts, written in {@code other}. */
  public ReportOptions in(ReportLanguage other) {
    return new ReportOptions(attributes, dimensions, other);
  }

  /** Refuses an attribute the study's segments do not carry, naming those they do. */
  void checkAttributes(Collection<String> studyAttributes) {
    List<String> unknown = attributes.stream().filter(a -> !studyAttributes.contains(a)).toList();
    if (!unknown.isEmpty()) {
      throw new ParoleException("attribut inconnu pour --par : " + quoted(unknown) + " ; "
          + (studyAttributes.isEmpty() ? "les segments de l'étude ne portent encore aucun attribut."
              : "attributs de l'étude : " + String.join(", ", new TreeSet<>(studyAttributes)) + "."));
    }
  }

  /** Refuses a dimension none of the study's codebooks (by id → its dimensions) has, naming those that exist. */
  void checkDimensions(Map<String, Set<String>> dimensionsByCodebook) {
    Set<String> known = new TreeSet<>();
    dimensionsByCodebook.values().forEach(known::addAll);
    List<String> missing = dimensions.stream().filter(d -> !known.contains(d)).toList();
    if (!missing.isEmpty()) {
      StringBuilder existing = new StringBuilder();
      new java.util.TreeMap<>(dimensionsByCodebook).forEach((book, dims) -> existing.append(existing.isEmpty() ? "" : " ; ")
          .append(String.join(", ", new TreeSet<>(dims))).append(" (livre « ").append(book).append(" »)"));
      throw new ParoleException("dimension inconnue pour --dimension : " + quoted(missing) + " ; "
          + (known.isEmpty() ? "l'étude n'a aucun livre de codes (« codebook: » dans study.yaml)."
              : "dimensions des livres de codes de l'étude : " + existing + "."));
    }
  }

  /**
   * The attributes the codings are counted by: the establishment and the level (under either
   * name), those asked with --par, and the year (for the themes year by year).
   */
  List<String> tallied() {
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(GROUP_ATTRIBUTES);
    all.addAll(attributes);
    all.add(YearTrendView.YEAR);
    return List.copyOf(all);
  }

  /** True when the attribute has its own section, and so is not repeated among the corpus's attributes. */
  boolean hasSection(String attribute) {
    return attributes.isEmpty() ? GROUP_ATTRIBUTES.contains(attribute) : attributes.contains(attribute);
  }

  /** The dimensions of a codebook (in its order) that get crosstabs: those asked, else the first. */
  List<String> crossed(List<String> codebookDimensions) {
    if (dimensions.isEmpty()) {
      return codebookDimensions.isEmpty() ? List.of() : List.of(codebookDimensions.get(0));
    }
    return codebookDimensions.stream().filter(dimensions::contains).toList();
  }

  private static List<String> clean(List<String> values) {
    return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "« " + v + " »").toList());
  }
}
