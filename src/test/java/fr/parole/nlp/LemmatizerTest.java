package fr.parole.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmatizerTest {
  private final Lemmatizer lemmatizer = TestModels.MODELS.lexicon().newLemmatizer();

  @ParameterizedTest(name = "{0}/{1} → {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "hôpitaux       | NOUN    | hôpital",
      "infirmières    | NOUN    | infirmier",
      "aide-soignante | NOUN    | aide-soignant",
      "soignants      | NOUN    | soignant",
      "l'             | DET     | le",
      "l’             | DET     | le",
      "n'             | ADV     | ne",
      "qu'            | SCONJ   | que",
      "-t-il          | PRON    | il",
      "du             | ADP+DET | de+le",
      "étaient        | AUX     | être",
      "eu             | VERB    | avoir",
      "compris        | VERB    | comprendre",
      "Hôpital        | NOUN    | hôpital",
      "DOULEURS       | NOUN    | douleur",
  })
  void findsTheDictionaryLemma(String form, String pos, String lemma) {
    assertEquals(lemma, lemmatizer.lemma(form, pos));
  }

  @Test
  void followsThePosTagWhenTheFormIsAmbiguous() {
    assertEquals("être", lemmatizer.lemma("est", "AUX"));
    assertEquals("est", lemmatizer.lemma("est", "NOUN")); // "à l'est"
    assertEquals("être", lemmatizer.lemma("suis", "AUX"));
    // être wins over the rare verbs sharing its forms, even when the tagger says VERB.
    assertEquals("être", lemmatizer.lemma("étaient", "VERB")); // not étayer
    assertEquals("suivre", lemmatizer.lemma("suivons", "VERB"));
    assertEquals("été", lemmatizer.lemma("été", "NOUN"));
    assertEquals("être", lemmatizer.lemma("été", "AUX"));
    assertEquals("avoir", lemmatizer.lemma("a", "VERB")); // avoir as a full verb: secondary match
  }

  @Test
  void unknownWordsAreTheirOwnLowerCaseLemma() {
    assertEquals("zorglubine", lemmatizer.lemma("Zorglubine", "NOUN"));
    assertEquals("42", lemmatizer.lemma("42", "NUM"));
    assertFalse(lemmatizer.isKnown("zorglubine"));
    assertTrue(lemmatizer.isKnown("rendez-vous"));
  }
}
