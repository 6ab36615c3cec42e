package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationMarkerTest {
  private final FrenchTagger tagger = TestModels.MODELS.newTagger();

  /** The words of {@code text} inside a negation scope, as written. */
  private List<String> negated(String text) {
    return tagger.tag(text).tokens().stream().filter(Token::negated).map(Token::text).toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Pas de problème.                                        | de problème",
      "Pas le temps.                                           | le temps",
      "Je n'ai jamais eu de douleur.                           | ai eu de douleur",
      "Sans attendre.                                          | attendre",
      "Aucun souci.                                            | souci",
      "Ce n'est pas que le personnel soit désagréable.         | est que le personnel soit désagréable",
      "Le personnel n'est pas assez nombreux mais très gentil. | est assez nombreux",
      "C'est pas facile.                                       | est facile",
      "J'ai pas compris ce qu'on m'a dit.                      | ai compris ce",
      "Personne ne m'a expliqué le traitement.                 | m' a expliqué le traitement",
      "Aucun médecin n'est venu.                               | médecin est venu",
      "Je n'ai ni faim ni soif.                                | ai faim soif",
      "Pas de douleur, pas de fièvre et je dors bien.          | de douleur de fièvre",
      "Je ne pense pas qu'il viendra parce qu'il est malade.   | pense qu' il viendra",
      "Rien de grave.                                          | de grave",
      "J'en peux plus.                                         | peux",
      "Le traitement est non remboursé.                        | remboursé",
      "Je le sais pas.                                         | sais",
      "Y a pas de médecin le week-end.                         | a de médecin le week-end",
      "Le comité de pilotage n'existe pas encore.              | Le comité de pilotage existe encore",
      // The complement eight tokens after « ne »: the far edge of the window.
      "Je ne l'ai franchement, pour être honnête jamais vu.     | vu",
  })
  void marksTheScopeOfTheNegation(String text, String expected) {
    assertEquals(List.of(expected.split(" ")), negated(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Il y a un problème avec le traitement.",
      "Il n'y a que des compliments.",             // ne … que restricts
      "Il n'y a plus que deux infirmières.",       // ne … plus que restricts
      "Avant qu'il ne parte, le médecin est passé.", // expletive ne
      "Je reviendrai sans doute.",
      "Si jamais ça recommence, j'appelle.",
      "Il a fait un grand pas en avant.",          // pas is a noun
      "Il y a plus de place.",                     // comparative plus
  })
  void leavesAffirmativeSentencesAlone(String text) {
    assertEquals(List.of(), negated(text));
  }

  @Test
  void gentilIsNotNegatedAfterMais() {
    List<Token> tokens = tagger.tag("le personnel n'est pas assez nombreux mais très gentil").tokens();
    Token nombreux = tokens.stream().filter(t -> t.text().equals("nombreux")).findFirst().orElseThrow();
    Token gentil = tokens.stream().filter(t -> t.text().equals("gentil")).findFirst().orElseThrow();
    assertTrue(nombreux.negated());
    assertEquals(false, gentil.negated());
  }

  @Test
  void negationCuesThemselvesAreNotInTheScope() {
    List<Token> tokens = tagger.tag("Je ne vois pas de médecin sans rendez-vous.").tokens();
    for (Token token : tokens) {
      if (List.of("ne", "pas", "sans").contains(token.text())) {
        assertEquals(false, token.negated(), token.text());
      }
    }
  }

  /** Independent of the POS model: the clause boundaries on hand-written tags. */
  @Test
  void etWithANewSubjectEndsTheScopeButNotInsideANounPhrase() {
    NegationMarker marker = new NegationMarker();
    String[] words = {"pas", "de", "douleur", "et", "de", "fièvre", "et", "je", "dors"};
    String[] pos = {"ADV", "ADP", "NOUN", "CCONJ", "ADP", "NOUN", "CCONJ", "PRON", "VERB"};
    boolean[] negated = marker.mark(words, pos, words);
    assertArrayEquals(new boolean[] {false, true, true, true, true, true, false, false, false}, negated);
  }

  @Test
  void relativePronounEndsTheScope() {
    NegationMarker marker = new NegationMarker();
    String[] words = {"je", "n'", "ai", "pas", "vu", "le", "médecin", "qui", "m'", "a", "soigné"};
    String[] pos = {"PRON", "ADV", "AUX", "ADV", "VERB", "DET", "NOUN", "PRON", "PRON", "AUX", "VERB"};
    boolean[] negated = marker.mark(words, pos, words);
    assertArrayEquals(
        new boolean[] {false, false, true, false, true, true, true, false, false, false, false}, negated);
  }
}
