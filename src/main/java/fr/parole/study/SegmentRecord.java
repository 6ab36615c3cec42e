package fr.parole.study;

import java.util.Map;

/** A stored segment with its source's path and its attributes. */
public record SegmentRecord(
    long id, long sourceId, String sourcePath, int ordinal, SegmentKind kind, String speaker,
    int start, int end, int line, String text, int wordCount, Map<String, String> attributes) {
  public SegmentRecord {
    attributes = Map.copyOf(attributes);
  }
}
