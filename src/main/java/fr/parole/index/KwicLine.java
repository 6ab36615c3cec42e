package fr.parole.index;

import fr.parole.study.SegmentTimes;
import java.util.Map;

/**
 * One concordance line: the words around a match, the match itself, and where it comes from.
 * {@code start} and {@code end} are the match's offsets in the segment's text; {@code times} when
 * the segment was said in its recording (null for a segment without times).
 */
public record KwicLine(
    long segmentId, String source, int line, String speaker, Map<String, String> attributes,
    String left, String match, String right, int start, int end, SegmentTimes times) {
  public KwicLine {
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
  }

  public KwicLine(long segmentId, String source, int line, String speaker, Map<String, String> attributes,
      String left, String match, String right, int start, int end) {
    this(segmentId, source, line, speaker, attributes, left, match, right, start, end, null);
  }
}
