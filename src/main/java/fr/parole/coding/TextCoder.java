package fr.parole.coding;

import fr.parole.nlp.FrenchTagger;
import java.util.List;

/**
 * Codes plain text: tags it once, then asks the coder. Not thread-safe (a tagger keeps state
 * between calls): one per thread.
 */
public final class TextCoder {
  private final FrenchTagger tagger;
  private final Coder coder;

  public TextCoder(FrenchTagger tagger, Coder coder) {
    this.tagger = tagger;
    this.coder = coder;
  }

  public List<Suggestion> suggest(String text) {
    return coder.suggest(tagger.tag(text));
  }
}
