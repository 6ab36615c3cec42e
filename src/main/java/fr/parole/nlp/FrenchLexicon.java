package fr.parole.nlp;

import fr.parole.ParoleException;
import java.io.IOException;
import java.net.URL;
import morfologik.stemming.Dictionary;

/**
 * LanguageTool's French morphological dictionary ({@code org.languagetool:french-pos-dict}:
 * about 670,000 forms with lemma and morphological tag), read with morfologik. The dictionary is
 * an immutable automaton shared by all threads; lookups go through a {@link Lemmatizer}, one per
 * thread, because morfologik's lookup object reuses its buffers.
 */
public final class FrenchLexicon {
  /** Where the french-pos-dict jar puts the automaton (its {@code .info} file sits beside it). */
  static final String DICTIONARY = "org/languagetool/resource/fr/french.dict";
  /** The automaton's metadata (encoding, separators), which morfologik reads with it. */
  static final String DICTIONARY_INFO = "org/languagetool/resource/fr/french.info";

  private final Dictionary dictionary;

  private FrenchLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  static FrenchLexicon load(ClassLoader loader) {
    URL url = loader.getResource(DICTIONARY);
    if (url == null) {
      throw new ParoleException("Dictionnaire français introuvable dans le classpath : " + DICTIONARY
          + " (dépendance org.languagetool:french-pos-dict).");
    }
    try {
      return new FrenchLexicon(Dictionary.read(url));
    } catch (IOException | RuntimeException e) {
      throw new ParoleException("Dictionnaire français illisible : " + url + " (" + e.getMessage() + ")", e);
    }
  }

  /** A lemmatizer for the calling thread; cheap (a lookup buffer and a cache). */
  public Lemmatizer newLemmatizer() {
    return new Lemmatizer(dictionary);
  }

  /** Straight apostrophes, as the dictionary and the GSD model spell "l'" and "aujourd'hui". */
  static String normalise(String form) {
    if (form.indexOf('\u2019') < 0 && form.indexOf('\u02BC') < 0) {
      return form;
    }
    return form.replace('\u2019', '\'').replace('\u02BC', '\'');
  }
}
