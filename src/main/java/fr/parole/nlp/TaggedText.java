package fr.parole.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of tagging one segment: the text (which every offset refers to) and its sentences.
 */
public record TaggedText(String text, List<Sentence> sentences) {
  public TaggedText {
    sentences = List.copyOf(sentences);
  }

  /** All tokens of all sentences, in text order. */
  public List<Token> tokens() {
    if (sentences.size() == 1) {
      return sentences.get(0).tokens();
    }
    List<Token> all = new ArrayList<>();
    for (Sentence sentence : sentences) {
      all.addAll(sentence.tokens());
    }
    return List.copyOf(all);
  }
}
