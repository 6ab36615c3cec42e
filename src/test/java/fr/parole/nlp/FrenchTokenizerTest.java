package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTokenizerTest {
  /** With the French dictionary, as the tagger uses it (for "rendez-vous" and the like). */
  private static final FrenchTokenizer TOKENIZER =
      new FrenchTokenizer(TestModels.MODELS.lexicon().newLemmatizer()::isKnown);

  static List<String> tokens(FrenchTokenizer tokenizer, String text) {
    return tokenizer.tokenize(text).stream().map(span -> span.text(text)).toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "l'hôpital                     | l' hôpital",
      "l’hôpital                     | l’ hôpital",
      "qu'on m'a dit                 | qu' on m' a dit",
      "aujourd'hui                   | aujourd'hui",
      "Aujourd’hui j'y vais          | Aujourd’hui j' y vais",
      "jusqu'à l'accueil             | jusqu' à l' accueil",
      "lorsqu'il puisqu'elle         | lorsqu' il puisqu' elle",
      "quelqu'un presqu'île          | quelqu'un presqu'île",
      "j'l'ai vu                     | j' l' ai vu",
      "parce qu' euh                 | parce qu' euh",
      "pouvez-vous                   | pouvez -vous",
      "a-t-il                        | a -t-il",
      "dit-elle                      | dit -elle",
      "Qu'est-ce qu'il a ?           | Qu' est -ce qu' il a ?",
      "donnez-le-moi                 | donnez -le -moi",
      "aide-soignante                | aide-soignante",
      "peut-être                     | peut-être",
      "après-midi celle-ci           | après-midi celle-ci",
      "rendez-vous chez-soi          | rendez-vous chez-soi",
      "c'est-à-dire                  | c'est-à-dire",
      "3,5 mg à 10h30                | 3,5 mg à 10h30",
      "Bon... voilà !                | Bon ... voilà !",
      "Quoi ?! Non.                  | Quoi ?! Non .",
      "«Très bien»                   | « Très bien »",
      "- Bonjour, docteur.           | - Bonjour , docteur .",
      "merci 👍🏽 !                    | merci 👍🏽 !",
  })
  void splitsLikeTheFrenchUdTreebank(String text, String expected) {
    assertEquals(Arrays.asList(expected.split(" ")), tokens(TOKENIZER, text));
  }

  @Test
  void noBreakSpacesBeforePunctuationSeparateTokens() {
    assertEquals(List.of("Pourquoi", "?", "Parce", "que", ":", "voilà"),
        tokens(TOKENIZER, "Pourquoi\u202F? Parce que\u00A0: voilà"));
  }

  @Test
  void withoutDictionaryEveryPronounEndingIsAnInversion() {
    // "rendez-vous" is kept whole only because the dictionary lists it.
    assertEquals(List.of("rendez", "-vous"), tokens(new FrenchTokenizer(), "rendez-vous"));
  }

  @Test
  void offsetsPointIntoTheGivenRange() {
    String text = "Q : l'hôpital ? R : pas de souci.";
    List<FrenchTokenizer.Span> spans = TOKENIZER.tokenize(text, 4, 15);
    assertEquals(List.of("l'", "hôpital", "?"), spans.stream().map(s -> s.text(text)).toList());
    assertEquals(4, spans.get(0).start());
  }

  @Test
  void randomTextIsCoveredByOrderedTokensWithExactOffsets() {
    String[] pieces = {"l'", "l’", "qu'", "hôpital", "aide-soignante", "a-t-il", "-", "--", "'", "’",
        " ", "  ", "\n", "\u00A0", "\t", ".", "...", ",", "?!", "3,5", "10", "é", "œuvre", "😀",
        "👩\u200D⚕️", "aujourd'hui", "pouvez-vous", "(", "»", "«", "x", "\u0301", "-t-", "jusqu'"};
    Random random = new Random(20240611);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(25);
      for (int i = 0; i < length; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      List<FrenchTokenizer.Span> spans = TOKENIZER.tokenize(s);
      int covered = 0;
      for (FrenchTokenizer.Span span : spans) {
        assertTrue(span.start() >= covered && span.end() > span.start(), s + " → " + spans);
        for (int k = covered; k < span.start(); k++) {
          assertTrue(Character.isWhitespace(s.charAt(k)) || Character.isSpaceChar(s.charAt(k)),
              "skipped a visible character in [" + s + "] at " + k);
        }
        String token = s.substring(span.start(), span.end());
        assertEquals(token, span.text(s));
        assertFalse(token.isBlank(), "blank token in [" + s + "]");
        assertFalse(Character.isLowSurrogate(token.charAt(0)), "split surrogate pair in [" + s + "]");
        assertFalse(Character.isHighSurrogate(token.charAt(token.length() - 1)), "split pair in [" + s + "]");
        covered = span.end();
      }
      for (int k = covered; k < s.length(); k++) {
        assertTrue(Character.isWhitespace(s.charAt(k)) || Character.isSpaceChar(s.charAt(k)),
            "lost the end of [" + s + "]");
      }
    }
  }
}
