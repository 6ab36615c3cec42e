package fr.parole.index;

import java.util.Map;

/**
 * One concordance line: the words around a match, the match itself, and where it comes from.
 * {@code start} and {@code end} are the match's offsets in the segment's text.
 */
public record KwicLine(
    long segmentId, String source, int line, String speaker, Map<String, String> attributes,
    String left, String match, String right, int start, int end) {
  public KwicLine {
    attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
  }
}
