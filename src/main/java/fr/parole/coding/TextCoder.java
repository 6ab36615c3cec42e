package fr.parole.coding;

import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.TaggedText;
import java.util.List;
import java.util.function.Function;

/**
 * Codes plain text: tags it once, then asks the coder and, when it was given a
 * {@link ContentLemmas}, picks the content lemmas from the same tagging (word specificities need
 * them, and tagging is most of the cost). Not thread-safe (a tagger keeps state between calls):
 * one per thread.
 */
public final class TextCoder {
  private final Function<String, TaggedText> tagger;
  private final Coder coder;
  private final ContentLemmas lemmas;

  /** Codes without collecting lemmas. */
  public TextCoder(FrenchTagger tagger, Coder coder) {
    this(tagger, coder, null);
  }

  /** Codes and collects the content lemmas; {@code lemmas} null collects none. */
  public TextCoder(FrenchTagger tagger, Coder coder, ContentLemmas lemmas) {
    this(tagger::tag, coder, lemmas);
  }

  /**
   * Codes what {@code tagging} makes of each text: the fast path ({@link FastCoder}) reads texts
   * {@link FastCoder#untagged untagged}, with no tagger at all.
   */
  public TextCoder(Function<String, TaggedText> tagging, Coder coder, ContentLemmas lemmas) {
    this.tagger = tagging;
    this.coder = coder;
    this.lemmas = lemmas;
  }

  /** The suggestions and, if collected, the content lemmas of one text. */
  public CodedText code(String text) {
    TaggedText tagged = tagger.apply(text);
    return new CodedText(coder.suggest(tagged), lemmas == null ? List.of() : lemmas.of(tagged));
  }

  /** What coding one text gave: its suggestions, and its content lemmas (empty when not collected). */
  public record CodedText(List<Suggestion> suggestions, List<String> lemmas) {
    public CodedText {
      suggestions = List.copyOf(suggestions);
      lemmas = List.copyOf(lemmas);
    }
  }
}
