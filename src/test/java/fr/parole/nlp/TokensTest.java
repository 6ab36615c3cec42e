package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How name detection reads a tagged text: keys, line breaks, sentence starts, capitalised comments, spans. */
class TokensTest {
  private static final FrenchTagger TAGGER = TestModels.MODELS.newTagger();

  private static Tokens tokens(String text) {
    return new Tokens(text, TAGGER.tag(text).tokens());
  }

  private static int indexOf(Tokens t, String word) {
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i).equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not a token");
  }

  @Test
  void keysDropCaseAccentsAndAFinalApostropheButNotAWholeMark() {
    Tokens t = tokens("Dr. Éloïse l'a vu .");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      keys.add(t.key(i));
    }
    assertEquals(List.of("dr", ".", "eloise", "l", "a", "vu", "."), keys);
    assertEquals("PUNCT", t.pos(t.size() - 1));
  }

  @Test
  void onlySpacesKeepTwoWordsTogether() {
    Tokens t = tokens("Julie\u00A0Martin\tDurand\nPetit, Roux");
    assertTrue(t.adjacent(0, 1), "no-break space");
    assertTrue(t.adjacent(1, 2), "tab");
    assertFalse(t.adjacent(2, 3), "a line break parts a signature from the text");
    assertFalse(t.adjacent(3, 5), "a comma");
    assertTrue(t.newlineBefore(3));
    assertFalse(t.newlineBefore(1));
    assertFalse(t.newlineBefore(0));
    assertEquals(List.of("Julie\u00A0Martin\tDurand", "Roux"),
        t.spans(new boolean[] {true, true, true, false, false, true}).stream()
            .map(s -> "Julie\u00A0Martin\tDurand\nPetit, Roux".substring(s[0], s[1])).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {".", "!", "?", "…", ":", "-", "—", "«", "\"", "("})
  void aWordAfterASentenceEndStartsASentence(String mark) {
    Tokens t = tokens("Bien " + mark + " Julie vient");
    assertTrue(t.sentenceStart(indexOf(t, "Julie")), mark);
    assertFalse(t.sentenceStart(indexOf(t, "vient")));
  }

  @Test
  void theFirstWordAndAWordAfterALineBreakStartASentenceNotOneAfterAComma() {
    Tokens t = tokens("Bien , Julie\nMartin");
    assertTrue(t.sentenceStart(0));
    assertFalse(t.sentenceStart(indexOf(t, "Julie")));
    assertTrue(t.sentenceStart(indexOf(t, "Martin")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ok Bon Accueil Sympa | true",   // three words of three capitalised
      "ok Bon Accueil sympa | false",  // two of three is not more than two in three
      "ok Bon Accueil | false",        // too few words to say
      "ok De Un Ou Et bien | false",   // words of two letters say nothing
      "ok CHU CHU CHU bien | false",   // nor acronyms
      "ok. Bon. Accueil. Sympa. bien | false", // nor the first word of a sentence
  })
  void aCommentWrittenInTitleCase(String text, boolean titleCase) {
    assertEquals(titleCase, tokens(text).titleCase());
  }
}
