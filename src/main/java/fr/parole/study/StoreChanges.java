package fr.parole.study;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one write transaction changed, as far as counts go: the segments whose codings of a codebook
 * it added or removed, or "broad" when it changed more than a reader should follow segment by
 * segment (sources, segments, attributes, thresholds, a whole coding run). A transaction that
 * wrote only memos, comments, accounts or audit rows changed nothing counted.
 */
public final class StoreChanges {
  /** Beyond this many segments a reader counts again rather than follows each one. */
  static final int MAX_SEGMENTS = 10_000;

  private final Map<String, Set<Long>> segments = new HashMap<>();
  private int touched;
  private boolean broad;
  private String tag;

  void segment(String codebook, long segment) {
    if (broad) {
      return;
    }
    if (segments.computeIfAbsent(codebook, c -> new HashSet<>()).add(segment) && ++touched > MAX_SEGMENTS) {
      broad();
    }
  }

  void broad() {
    broad = true;
    segments.clear();
  }

  void tag(String tag) {
    this.tag = tag;
  }

  /** What the writer said this change is (null when it said nothing), for readers that follow it. */
  public String tag() {
    return tag;
  }

  /** True when a reader must count again from the store. */
  public boolean isBroad() {
    return broad;
  }

  /** The codebooks with segments whose codings changed (empty when broad). */
  public Set<String> codebooks() {
    return Collections.unmodifiableSet(segments.keySet());
  }

  /** The segments whose codings of {@code codebook} changed (empty when broad). */
  public Set<Long> segments(String codebook) {
    return Collections.unmodifiableSet(segments.getOrDefault(codebook, Set.of()));
  }

  /** True when the transaction changed no coding, segment or source. */
  public boolean isEmpty() {
    return !broad && segments.isEmpty();
  }
}
