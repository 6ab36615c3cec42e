package fr.parole.study;

import java.util.List;

/**
 * What a person did in another copy of a study, located by content rather than by id (ids differ
 * between copies): read by {@link StudyCopy}, brought into this study by {@link MergeWriter}.
 */
public final class CopiedItems {
  private CopiedItems() {}

  /** A source by its content hash, else by its path in the study. */
  public record SourceKey(String contentHash, String path) {}

  /** A segment by its source, its ordinal in it, and its text (which must be the same here). */
  public record SegmentKey(SourceKey source, int ordinal, int line, String text) {}

  /** A human coding or review decision, with its coder and the date it was made. */
  public record Coding(SegmentKey segment, String codebook, String code, String coder, String origin,
      Double confidence, String status, String evidence, Integer spanStart, Integer spanEnd, String at) {}

  /**
   * A memo ({@code targetKind} segment, source, code, study); {@code segment} or {@code source} is
   * set when it points at one (its target id means nothing in the other copy).
   */
  public record Memo(String targetKind, String target, SegmentKey segment, SourceKey source, String author,
      String at, String text) {}

  /** A discussion item; {@code segment} is set when it is about a segment. */
  public record Discussion(DiscussionItem item, SegmentKey segment) {}

  /** A disagreement settled: the codes retained (comma-separated, empty for none), who decided and when. */
  public record Resolution(SegmentKey segment, String dimension, String codes, String decidedBy, String decidedAt) {}

  /**
   * A blinded-coding assignment, known in both copies by its codebook, selection, author and date
   * (its id differs), with its coders, its segments and its resolutions.
   */
  public record Assignment(String codebook, String selection, String createdBy, String createdAt, String status,
      String closedBy, String closedAt, List<String> coders, List<SegmentKey> segments, List<Resolution> resolutions) {}

  /** Everything of a copy that people made. */
  public record Contents(int sources, List<Coding> codings, List<Memo> memos, List<Discussion> discussion,
      List<Assignment> assignments) {}
}
