package fr.parole.study;

/**
 * One item of the atelier's discussion (table {@code discussion}, V8): a comment on a segment or a
 * code ({@code targetKind} {@code segment} or {@code code}; {@code target} the segment id as text, or
 * {@code codebook/dimension/code}), or a code proposed for a segment ({@code codebook},
 * {@code proposedCode} as {@code dimension/code}); its status ({@code open}, {@code answered},
 * {@code accepted}, {@code declined}) and the researcher's answer.
 */
public record DiscussionItem(long id, String targetKind, String target, String author, String at, String text,
    String codebook, String proposedCode, String status, String answer, String answeredBy, String answeredAt) {

  public boolean open() {
    return "open".equals(status);
  }

  public boolean proposal() {
    return proposedCode != null;
  }

  /** What a person writes: a comment, with a proposed code or not. */
  public record New(String targetKind, String target, String author, String at, String text, String codebook,
      String proposedCode) {}
}
