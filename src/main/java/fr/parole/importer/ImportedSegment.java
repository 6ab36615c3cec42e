package fr.parole.importer;

import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentTimes;
import java.util.Map;

/**
 * A segment as a reader found it: kind, speaker label as written, exact text and its offsets in
 * the source's text, the line (or paragraph) it starts on, and attributes the source itself gives
 * (e.g. the section it sits in), and its times in the recording when the file gives them (null otherwise).
 */
public record ImportedSegment(
    SegmentKind kind, String speaker, int start, int end, int line, String text,
    Map<String, String> attributes, SegmentTimes times) {
  public ImportedSegment {
    attributes = Map.copyOf(attributes);
  }

  public ImportedSegment(SegmentKind kind, String speaker, int start, int end, int line, String text,
      Map<String, String> attributes) {
    this(kind, speaker, start, end, line, text, attributes, null);
  }
}
