package fr.parole.study;

import java.util.HashMap;
import java.util.Map;

/**
 * A segment's date is stored on the segment ({@code segments.date}), not in its attribute set
 * (V19): each e-Satis comment carries its answer date, so with the date in it nearly every comment
 * had a set of its own, and the sets were most of an import's writing. Callers still see the date
 * among a segment's attributes; this class splits it off on the way in and puts it back on the way
 * out. Respondents keep theirs in their set (one per respondent, few).
 */
final class SegmentDates {
  /** The attribute kept on the segment. */
  static final String DATE = "date";

  private SegmentDates() {
  }

  /** Whether {@code attribute} is read from the segments' date column rather than their sets. */
  static boolean onSegment(String attribute) {
    return DATE.equals(attribute);
  }

  /** The attributes stored in the segment's set: all but its date. */
  static Map<String, String> inSet(Map<String, String> attributes) {
    if (!attributes.containsKey(DATE)) {
      return attributes;
    }
    Map<String, String> shared = new HashMap<>(attributes);
    shared.remove(DATE);
    return shared;
  }

  /** A segment's attributes: its set's values ({@code set}, may be empty) and its date (may be null). */
  static Map<String, String> withDate(Map<String, String> set, String date) {
    if (date == null) {
      return set;
    }
    // One copy per segment read (a coding run reads millions): unmodifiable, not copied again.
    Map<String, String> all = new HashMap<>(set);
    all.put(DATE, date);
    return java.util.Collections.unmodifiableMap(all);
  }
}
