package fr.parole.study;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The names people give attributes, mapped to a study's: a cases file's « Établissement » or
 * « Hôpital » column and {@code --where rôle=IDE} name the study's {@code establishment} and
 * {@code role}. Names are compared folded (case, accents and punctuation ignored), then through the
 * usual French and English names of each attribute; a name that matches neither stays as written
 * (lower case, spaces as {@code _}), and one within a typo of a known name can be flagged.
 */
public final class AttributeNames {
  /** Each attribute Parole or its users commonly have, with the names it goes by, folded. */
  private static final Map<String, List<String>> USUAL = Map.ofEntries(
      Map.entry("establishment", List.of("establishment", "etablissement", "etablissements", "etab", "etabl",
          "hopital", "hospital", "structure", "nom de l etablissement")),
      Map.entry("role", List.of("role", "fonction", "function", "metier", "profession", "poste", "job",
          "categorie professionnelle", "role du locuteur")),
      Map.entry("service", List.of("service", "unite", "unit", "unite de soins", "pole", "specialite", "ward")),
      Map.entry("level", List.of("level", "niveau", "niveau de partenariat", "niveau partenariat")),
      Map.entry("polarity", List.of("polarity", "polarite", "tonalite")),
      Map.entry("date", List.of("date")),
      Map.entry("year", List.of("year", "annee")),
      Map.entry("survey", List.of("survey", "enquete", "type d enquete")),
      Map.entry("project", List.of("project", "projet")),
      Map.entry("gender", List.of("gender", "sexe", "genre", "sex")),
      Map.entry("age", List.of("age", "tranche d age", "classe d age")));
  /** The attributes a comment export gives its segments (see the verbatim importer). */
  private static final List<String> VERBATIM_ATTRIBUTES = List.of("establishment", "service", "polarity", "date",
      "year", "survey");
  private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);

  private final List<String> known;

  /** Names mapped to {@code known} (a study's attributes, in its order) when one fits. */
  public AttributeNames(Collection<String> known) {
    this.known = List.copyOf(new LinkedHashSet<>(known));
  }

  /**
   * The attributes a study has before anything is imported: those study.yaml lists, those its
   * speaker pattern and sections give, and those comment exports give.
   */
  public static AttributeNames of(StudyConfig config) {
    Set<String> names = new LinkedHashSet<>(config.attributes());
    if (config.speakers().pattern() != null) {
      Matcher groups = GROUP_NAME.matcher(config.speakers().pattern());
      while (groups.find()) {
        names.add(groups.group(1));
      }
    }
    if (config.sections() != null && config.sections().attribute() != null) {
      names.add(config.sections().attribute());
    }
    names.addAll(VERBATIM_ATTRIBUTES);
    return new AttributeNames(names);
  }

  /**
   * The attribute a column header (or a name typed by a user) stands for: a known attribute that
   * folds the same, else the known attribute of its usual group (or the group's own name), else the
   * header itself in lower case with {@code _} for spaces.
   */
  public String attributeFor(String header) {
    return find(header).or(() -> usualName(fold(header)))
        .orElse(header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_"));
  }

  /** The known attribute a name stands for, folded or through its usual names; empty when none. */
  public Optional<String> find(String name) {
    String folded = fold(name);
    for (String attribute : known) {
      if (fold(attribute).equals(folded)) {
        return Optional.of(attribute);
      }
    }
    Optional<String> usual = usualName(folded);
    if (usual.isEmpty()) {
      return Optional.empty();
    }
    List<String> group = USUAL.get(usual.get());
    return known.stream().filter(a -> a.equals(usual.get()) || group.contains(fold(a))).findFirst();
  }

  /**
   * A known or usual attribute name that {@code attribute} is within a typo of (one or two letters
   * apart, one for short names) without being it: « etablisement » is close to {@code establishment}.
   */
  public Optional<String> closeTo(String attribute) {
    String folded = fold(attribute);
    if (find(attribute).isPresent() || usualName(folded).isPresent()) {
      return Optional.empty();
    }
    int allowed = folded.length() <= 5 ? 1 : 2;
    List<String> candidates = new ArrayList<>(known);
    USUAL.forEach((name, names) -> {
      candidates.add(name);
      names.forEach(candidates::add);
    });
    for (String candidate : candidates) {
      int distance = DISTANCE.apply(folded, fold(candidate));
      if (distance > 0 && distance <= allowed) {
        return Optional.of(find(candidate).or(() -> usualName(fold(candidate))).orElse(candidate));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> usualName(String folded) {
    return USUAL.entrySet().stream().filter(e -> e.getValue().contains(folded)).map(Map.Entry::getKey).findFirst();
  }

  /** Lower case, no accents, punctuation and {@code _} as single spaces: « Rôle » is {@code role}. */
  public static String fold(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }
}
