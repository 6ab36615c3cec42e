package fr.parole.study;

import java.util.Arrays;
import java.util.Locale;

/** What a segment is. Only participants' words are coded and counted. */
public enum SegmentKind {
  /** A speaker turn of a participant. */
  TURN,
  /** A turn of the interviewer: kept and searchable, left out of coding and statistics. */
  INTERVIEWER,
  /** Text before the first speaker turn (title, context note). */
  PREAMBLE,
  /** A whole transcript in which no speaker turn could be detected. */
  WHOLE,
  /** A free-text comment: one e-Satis verbatim, one "points positifs" or "points à améliorer" cell. */
  COMMENT,
  /** An open answer to a questionnaire item, one per respondent and item. */
  ANSWER;

  /** Worked out once: an import stores a million segments, each with its kind's code. */
  private final String code = name().toLowerCase(Locale.ROOT);

  public String code() {
    return code;
  }

  public static SegmentKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** True for what participants said: the segments that coding and statistics use. */
  public boolean isAnalysed() {
    return this == TURN || this == WHOLE || this == COMMENT || this == ANSWER;
  }

  /**
   * The SQL condition "{@code column} is an analysed kind", e.g. {@code s.kind IN ('turn', …)}:
   * written from {@link #isAnalysed} so that queries follow when a kind is added.
   */
  static String analysedIn(String column) {
    return column + " IN (" + String.join(", ", Arrays.stream(values()).filter(SegmentKind::isAnalysed)
        .map(kind -> "'" + kind.code() + "'").toList()) + ")";
  }
}
