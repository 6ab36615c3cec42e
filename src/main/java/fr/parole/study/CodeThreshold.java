package fr.parole.study;

import java.util.Objects;

/**
 * The confidence from which a machine suggestion of {@code code} ({@code dimension/code}) counts, and
 * where it comes from: {@code codebook} (set in the codebook file), {@code calibrated} (chosen on
 * the model's training texts by cross-validation, with the F1 reached there) or {@code default}.
 */
public record CodeThreshold(String code, double value, String origin, Double f1) {
  /** Where a code has no recorded threshold (a study coded before thresholds were recorded). */
  public static final double DEFAULT = 0.5;

  public CodeThreshold {
    Objects.requireNonNull(code, "code");
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException("threshold out of (0, 1]: " + value);
    }
    if (!origin.equals("calibrated") && !origin.equals("codebook") && !origin.equals("default")) {
      throw new IllegalArgumentException("unknown threshold origin " + origin);
    }
  }

  /**
   * Whether a coding counts in the figures: a person's coding or an accepted suggestion always does,
   * a rejected one never, and a pending machine suggestion when its confidence reaches {@code threshold}.
   */
  public static boolean counts(String origin, String status, double confidence, double threshold) {
    if ("rejected".equals(status)) {
      return false;
    }
    return "human".equals(origin) || "accepted".equals(status) || confidence >= threshold;
  }
}
