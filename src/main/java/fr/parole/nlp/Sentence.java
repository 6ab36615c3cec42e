package fr.parole.nlp;

import java.util.List;

/**
 * A sentence of a segment: its offsets in the segment text and its tokens in order.
 */
public record Sentence(int start, int end, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
