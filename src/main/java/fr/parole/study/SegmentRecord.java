package fr.parole.study;

import java.util.Map;

/** A stored segment with its source's path, its attributes, and its times in a recording (or null). */
public record SegmentRecord(
    long id, long sourceId, String sourcePath, int ordinal, SegmentKind kind, String speaker,
    int start, int end, int line, String text, int wordCount, Map<String, String> attributes, SegmentTimes times) {
  public SegmentRecord {
    attributes = Map.copyOf(attributes);
  }

  /** A segment without times in a recording. */
  public SegmentRecord(long id, long sourceId, String sourcePath, int ordinal, SegmentKind kind, String speaker,
      int start, int end, int line, String text, int wordCount, Map<String, String> attributes) {
    this(id, sourceId, sourcePath, ordinal, kind, speaker, start, end, line, text, wordCount, attributes, null);
  }
}
