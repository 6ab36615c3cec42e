package fr.parole.study;

/**
 * When a transcript turn was said in its recording, in milliseconds from the recording's start
 * (read from WebVTT, SRT or noScribe files). A segment without a recording has none (null).
 */
public record SegmentTimes(long startMs, long endMs) {
  public SegmentTimes {
    if (startMs < 0 || endMs < startMs) {
      throw new IllegalArgumentException("times " + startMs + "–" + endMs);
    }
  }

  /** The start as a person reads it in a player: « 00:12:31 » (hours always, seconds rounded down). */
  public String startClock() {
    return clock(startMs);
  }

  /** « 00:12:31–00:13:05 ». */
  public String range() {
    return clock(startMs) + "–" + clock(endMs);
  }

  public static String clock(long ms) {
    long seconds = ms / 1000;
    return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
