package fr.parole.cli;

import java.time.Duration;

/** A duration as a French reader says it: « 12 s », « 1 min 40 s », « 3 min 05 s », « 1 h 02 min ». */
final class FrenchDuration {
  private FrenchDuration() {}

  static String of(Duration duration) {
    // Rounded to the second: a tenth would be noise next to a stage of minutes.
    long seconds = Math.max(0, (duration.toMillis() + 500) / 1000);
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min " + String.format("%02d", seconds % 60) + " s";
    }
    long minutes = (seconds + 30) / 60;
    return minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
  }
}
