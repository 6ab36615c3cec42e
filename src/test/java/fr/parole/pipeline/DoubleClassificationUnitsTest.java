package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The second classification's units of {@code parole classes --double}. */
class DoubleClassificationUnitsTest {
  private static ReinertCorpus.Piece piece(int segment, int words) {
    return new ReinertCorpus.Piece(segment, segment, 0, 1, words, List.of());
  }

  @Test
  void consecutivePiecesOfOneTextAreMergedToTheLengthAndAShortTailJoinsTheUnitBefore() {
    List<ReinertCorpus.Piece> pieces = List.of(
        piece(0, 40), piece(0, 40), piece(0, 40), piece(0, 40), piece(0, 20), // a long turn: 80, 80 + 20
        piece(1, 30), // a comment kept whole: its own unit, however short
        piece(2, 45), piece(2, 10), // a tail shorter than 60 joins the one before
        piece(3, 70), piece(3, 40)); // 70 is a unit; 40 alone joins it
    assertArrayEquals(new int[] {0, 0, 1, 1, 1, 2, 3, 3, 4, 4}, LexicalClassification.units(pieces, 60));
  }
}
