package fr.parole.cli;

/**
 * What Parole calls a segment, said once for {@code import} and {@code status}: the segments
 * counted are what participants said ({@link fr.parole.study.SegmentKind#isAnalysed()}); the
 * interviewer's turns and the text before the first turn are kept and searchable, and counted apart.
 */
final class SegmentCounts {
  /** The definition, as the help of import and status gives it. */
  static final String DEFINITION = "Un segment est ce qu'a dit un participant : un tour de parole, un commentaire, "
      + "une réponse ouverte. Les tours de l'enquêteur et le texte avant le premier tour sont gardés (et "
      + "cherchables avec --include-interviewer) mais comptés à part.";

  private SegmentCounts() {}

  /** "492 segment(s)", and "(+ 51 de l'enquêteur ou hors tour, comptés à part)" when there are some. */
  static String of(long segments, long others) {
    return segments + " segment(s)" + (others > 0 ? " (+ " + others + " de l'enquêteur ou hors tour, comptés à part)"
        : "");
  }
}
