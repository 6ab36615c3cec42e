package fr.parole.stats;

import java.util.Map;
import java.util.Objects;

/**
 * One code on one segment, with the segment's source and attributes (établissement, rôle,
 * niveau…): the input of code frequencies and co-occurrences. The same (segment, code) given
 * twice (two coders) counts once.
 */
public record CodedSegment(long segment, String source, String code, Map<String, String> attributes) {
  public CodedSegment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    attributes = Map.copyOf(attributes);
  }
}
