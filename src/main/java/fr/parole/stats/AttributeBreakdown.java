package fr.parole.stats;

import java.util.List;

/**
 * Participants' segments and words per value of one attribute, with shares of the whole.
 * A {@code null} value stands for segments that lack the attribute.
 */
public record AttributeBreakdown(String attribute, List<Row> rows, int totalSegments, long totalWords) {
  public AttributeBreakdown {
    rows = List.copyOf(rows);
  }

  /** One value's counts; percentages are of the study's participant segments and words. */
  public record Row(String value, int sources, int segments, double segmentShare, long words, double wordShare) {
    /** Mean words per segment, 0 when there is none. */
    public double wordsPerSegment() {
      return segments == 0 ? 0 : (double) words / segments;
    }
  }
}
