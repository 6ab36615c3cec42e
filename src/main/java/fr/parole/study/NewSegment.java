package fr.parole.study;

import java.util.Map;
import java.util.Objects;

/**
 * A segment about to be stored: its exact text and where it stands in its source's text
 * ({@code text.equals(sourceText.substring(start, end))}), and its attributes.
 */
public record NewSegment(
    int ordinal, SegmentKind kind, String speaker, int start, int end, int line, String text,
    int wordCount, Map<String, String> attributes) {
  public NewSegment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    attributes = Map.copyOf(attributes);
  }
}
