package fr.parole.importer;

import fr.parole.study.SegmentKind;
import java.util.Map;

/**
 * A segment as a reader found it: kind, speaker label as written, exact text and its offsets in
 * the source's text, the line (or paragraph) it starts on, and attributes the source itself gives
 * (e.g. the section it sits in).
 */
public record ImportedSegment(
    SegmentKind kind, String speaker, int start, int end, int line, String text,
    Map<String, String> attributes) {
  public ImportedSegment {
    attributes = Map.copyOf(attributes);
  }
}
