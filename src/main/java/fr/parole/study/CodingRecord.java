package fr.parole.study;

/** A stored coding: which segment, which code, who, how, and where the decision stands. */
public record CodingRecord(
    long id, long segmentId, String codebook, String code, String coder, String origin, Double confidence,
    String status) {
  /** True when the coder stands by this code: a person's coding, or a suggestion not rejected. */
  public boolean applied() {
    return !"rejected".equals(status);
  }
}
