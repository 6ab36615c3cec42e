package fr.parole.study;

import java.util.Objects;

/**
 * A coding about to be stored: segment, codebook and code ({@code dimension/code}), coder (a
 * person's name or the machine coder's), origin ({@code rule}, {@code model}, {@code human}),
 * confidence (null for people), status ({@code suggested}, {@code accepted}, {@code rejected}),
 * evidence (the rule that fired), and an optional span inside the segment.
 */
public record NewCoding(
    long segmentId, String codebook, String code, String coder, String origin, Double confidence, String status,
    String evidence, Integer spanStart, Integer spanEnd) {
  public NewCoding {
    Objects.requireNonNull(codebook, "codebook");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(status, "status");
  }
}
