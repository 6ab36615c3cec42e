package fr.parole.coding;

import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/** Where a text is negated: the character spans of the words inside a negation's scope. */
public interface NegationScopes {
  /** No negation detection: every rule hit counts. */
  NegationScopes NONE = text -> List.of();

  List<int[]> negatedSpans(String text);

  /** Negation scopes from the French tagger ("pas de problème": "problème" is negated). */
  static NegationScopes from(FrenchTagger tagger) {
    return text -> {
      List<int[]> spans = new ArrayList<>();
      for (Token token : tagger.tag(text).tokens()) {
        if (token.negated()) {
          spans.add(new int[] {token.start(), token.end()});
        }
      }
      return spans;
    };
  }
}
