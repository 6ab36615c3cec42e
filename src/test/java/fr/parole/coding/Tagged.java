package fr.parole.coding;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.TaggedText;

/** The French models loaded once for the coding tests, and a tagger per test thread. */
final class Tagged {
  static final FrenchModels MODELS = FrenchModels.load();
  private static final ThreadLocal<FrenchTagger> TAGGER = ThreadLocal.withInitial(MODELS::newTagger);

  private Tagged() {}

  static TaggedText text(String text) {
    return TAGGER.get().tag(text);
  }

  static FrenchTagger tagger() {
    return TAGGER.get();
  }
}
