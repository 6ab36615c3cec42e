package fr.parole.study;

import java.util.Map;
import java.util.Objects;

/**
 * A segment about to be stored: its exact text and where it stands in its source's text
 * ({@code text.equals(sourceText.substring(start, end))}), its attributes, and its times in the
 * recording when it has some (null otherwise).
 */
public record NewSegment(
    int ordinal, SegmentKind kind, String speaker, int start, int end, int line, String text,
    int wordCount, Map<String, String> attributes, SegmentTimes times) {
  public NewSegment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    attributes = Map.copyOf(attributes);
  }

  /** A segment without times in a recording (all but transcripts read from subtitles). */
  public NewSegment(int ordinal, SegmentKind kind, String speaker, int start, int end, int line, String text,
      int wordCount, Map<String, String> attributes) {
    this(ordinal, kind, speaker, start, end, line, text, wordCount, attributes, null);
  }
}
