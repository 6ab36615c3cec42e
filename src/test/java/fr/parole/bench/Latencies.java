package fr.parole.bench;

import java.util.Arrays;

/** Latencies in milliseconds. */
record Latencies(double[] millis) {
  Latencies {
    millis = millis.clone();
    Arrays.sort(millis);
  }

  double median() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  double max() {
    return millis.length == 0 ? Double.NaN : millis[millis.length - 1];
  }

  int count() {
    return millis.length;
  }

  /** Nearest-rank percentile. */
  double percentile(double p) {
    if (millis.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * millis.length);
    return millis[Math.max(0, Math.min(millis.length, rank) - 1)];
  }
}
