package fr.parole.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of tagging one segment: the text (which every offset refers to) and its sentences.
 * A class rather than a record so that the tokens of all sentences are joined once, when the text
 * is tagged: the coder, the rules and the lemma counts each read them.
 */
public final class TaggedText {
  private final String text;
  private final List<Sentence> sentences;
  private final List<Token> tokens;

  public TaggedText(String text, List<Sentence> sentences) {
    this.text = Objects.requireNonNull(text, "text");
    this.sentences = List.copyOf(sentences);
    this.tokens = joined(this.sentences);
  }

  private static List<Token> joined(List<Sentence> sentences) {
    if (sentences.size() == 1) {
      return sentences.get(0).tokens();
    }
    List<Token> all = new ArrayList<>();
    for (Sentence sentence : sentences) {
      all.addAll(sentence.tokens());
    }
    return List.copyOf(all);
  }

  /** The segment text. */
  public String text() {
    return text;
  }

  /** The sentences, in text order. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** All tokens of all sentences, in text order. */
  public List<Token> tokens() {
    return tokens;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TaggedText that && text.equals(that.text) && sentences.equals(that.sentences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, sentences);
  }

  @Override
  public String toString() {
    return "TaggedText[text=" + text + ", sentences=" + sentences + "]";
  }
}
