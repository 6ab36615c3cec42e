package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/**
 * A match's offsets carried to the shown text at the edges of a name: a match that ends where a
 * name starts or starts where it ends does not take the placeholder in, and a shown text that the
 * placeholders do not explain never yields offsets past its end.
 */
class ShownConcordanceEdgesTest {
  @Test
  void aMatchTouchingANameKeepsItsOwnWords() {
    String raw = "Dr Martin vu";
    String shown = "Dr [NOM-1] vu";
    assertArrayEquals(new int[] {0, 3}, ShownConcordance.carry(raw, shown, 0, 3), "« Dr » before the name");
    assertArrayEquals(new int[] {10, 13}, ShownConcordance.carry(raw, shown, 9, 12), "« vu » after it");
    assertArrayEquals(new int[] {3, 10}, ShownConcordance.carry(raw, shown, 3, 9), "the name is its placeholder");
    assertArrayEquals(new int[] {6, 13}, ShownConcordance.carry("Merci Julie", "Merci [NOM-1]", 6, 11));
  }

  @Test
  void aNameWhoseWordComesAgainAfterItEndsAtItsOwnEnd() {
    // « docteur bon » (a lower-case name after a title), then the word « bon » again.
    assertArrayEquals(new int[] {14, 17}, ShownConcordance.carry("Le Dr bon bon", "Le Dr [NOM-1] bon", 10, 13));
  }

  @Test
  void aShownTextThePlaceholdersDoNotExplainIsClampedToItsLength() {
    assertArrayEquals(new int[] {17, 18},
        ShownConcordance.carry("Julie Martin est venue", "[NOM-1] est partie", 17, 22), "its end differs");
    assertArrayEquals(new int[] {8, 8}, ShownConcordance.carry("Bonjour Julie Martin vu", "X[NOM-1]", 14, 20),
        "its start differs");
    assertArrayEquals(new int[] {1, 2}, ShownConcordance.carry("abc", "xy", 1, 3), "no placeholder at all");
  }
}
