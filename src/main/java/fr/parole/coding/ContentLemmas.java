package fr.parole.coding;

import fr.parole.index.FrenchTextAnalyzer;
import fr.parole.nlp.TaggedText;
import fr.parole.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lemmas of a tagged segment that word specificities count: nouns, proper nouns, verbs,
 * adjectives and adverbs ("Les infirmières n'étaient pas disponibles" → infirmière, disponible),
 * in lower case, as IRaMuTeQ's "formes actives". Left out: every other part of speech
 * (determiners, pronouns, auxiliaries, prepositions, conjunctions: grammar, not content), the
 * project's French stop words, the negation words themselves (they would top every group's
 * list), numbers, punctuation and single letters. A negated word still counts as its lemma:
 * "pas de problème" counts "problème", as Lexico counts forms.
 */
public final class ContentLemmas {
  /** Universal Dependencies tags kept. */
  public static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

  /** Negation words, kept in the search stop list on purpose but not content for specificities. */
  public static final Set<String> NEGATION_WORDS =
      Set.of("ne", "pas", "sans", "aucun", "aucune", "jamais", "plus", "rien", "ni", "non");

  /** The content lemmas of one segment, in text order, repeated as often as they occur. */
  public List<String> of(TaggedText tagged) {
    List<Token> tokens = tagged.tokens();
    List<String> lemmas = new ArrayList<>(tokens.size() / 2 + 1);
    for (Token token : tokens) {
      if (isContent(token)) {
        lemmas.add(token.lemma());
      }
    }
    return lemmas;
  }

  /** True when the token counts (see the class comment). */
  public static boolean isContent(Token token) {
    if (!CONTENT_TAGS.contains(token.pos())) {
      return false;
    }
    String lemma = token.lemma();
    return lemma.codePointCount(0, lemma.length()) > 1 && lettersOnly(lemma)
        && !FrenchTextAnalyzer.STOP_WORDS.contains(lemma) && !NEGATION_WORDS.contains(lemma);
  }

  /** Letters with inner hyphens or apostrophes ("aide-soignant", "aujourd'hui"); no digit. */
  private static boolean lettersOnly(String lemma) {
    if (!Character.isLetter(lemma.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < lemma.length(); i++) {
      char c = lemma.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return true;
  }
}
