package fr.parole.importer.transcript;

import fr.parole.importer.ImportException;
import fr.parole.study.StudyConfig.SectionSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which attribute a section heading sets, and to what: "## Niveau institutionnel" gives
 * {@code level=institutionnel} when study.yaml maps that title. Headings that match neither the
 * pattern nor the map leave the current value as it is (sub-headings, the document title).
 */
public final class SectionRule {
  private final String attribute;
  private final Pattern pattern;
  private final Map<String, String> values;

  private SectionRule(String attribute, Pattern pattern, Map<String, String> values) {
    this.attribute = attribute;
    this.pattern = pattern;
    this.values = values;
  }

  /** The rule study.yaml describes, or none when it has no {@code sections:}. */
  public static Optional<SectionRule> from(SectionSpec spec) {
    if (spec == null || spec.attribute() == null || spec.attribute().isBlank()) {
      return Optional.empty();
    }
    Pattern pattern = null;
    if (spec.pattern() != null) {
      try {
        pattern = Pattern.compile(spec.pattern());
      } catch (PatternSyntaxException e) {
        throw new ImportException("study.yaml, sections.pattern : expression régulière invalide : "
            + e.getDescription());
      }
    }
    Map<String, String> values = new HashMap<>();
    spec.values().forEach((title, value) -> values.put(SpeakerLabels.normalise(title), value));
    return Optional.of(new SectionRule(spec.attribute().strip(), pattern, Map.copyOf(values)));
  }

  public String attribute() {
    return attribute;
  }

  /** The attribute value a heading gives, if it gives one. */
  public Optional<String> valueFor(String title) {
    String found = title.strip();
    if (pattern != null) {
      Matcher m = pattern.matcher(found);
      if (!m.find()) {
        return Optional.empty();
      }
      found = m.pattern().pattern().contains("(?<value>") ? m.group("value") : m.group();
    }
    if (values.isEmpty()) {
      return Optional.of(found.strip());
    }
    return Optional.ofNullable(values.get(SpeakerLabels.normalise(found)));
  }
}
