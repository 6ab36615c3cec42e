package fr.parole.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Filters that change each word on its own (elision, case, stop words, stemming, folding) give a
 * word the same term wherever it stands: this filter runs them once per distinct word and
 * remembers the result, so that a word met again costs a lookup. Coding and indexing a million
 * comments analyse a few tens of thousands of distinct words millions of times. The output is the
 * filters' own: the same terms, a removed word's position added to the next word's (and, at the
 * end, to the final increment, as Lucene's stop filter does), offsets and types untouched. Not
 * thread-safe: Lucene gives each thread its own token stream.
 */
final class RememberedWords extends TokenFilter {
  /** Past this many words the memory starts again: a bound on memory for any vocabulary. */
  static final int MOST_WORDS = 50_000;
  /** The mark of a word the filters remove (a stop word); compared by identity. */
  private static final String REMOVED = new String("(retiré)");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final Map<String, String> known = new HashMap<>();
  private final Analyzer alone;
  private int skipped;

  /** {@code filters}: the chain to remember, applied to a stream of one word. */
  RememberedWords(TokenStream words, UnaryOperator<TokenStream> filters) {
    super(words);
    this.alone = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer word = new KeywordTokenizer();
        return new TokenStreamComponents(word, filters.apply(word));
      }
    };
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      String word = term.toString();
      String kept = known.get(word);
      if (kept == null) {
        kept = alone(word);
        if (known.size() >= MOST_WORDS) {
          known.clear();
        }
        known.put(word, kept);
      }
      if (kept == REMOVED) {
        skipped += increment.getPositionIncrement();
        continue;
      }
      term.setEmpty().append(kept);
      if (skipped != 0) {
        increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
        skipped = 0;
      }
      return true;
    }
    return false;
  }

  /** The filters' term for {@code word} alone, or {@link #REMOVED}. */
  private String alone(String word) {
    try (TokenStream stream = alone.tokenStream("", word)) {
      CharTermAttribute out = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String result = stream.incrementToken() ? out.toString() : REMOVED;
      if (stream.incrementToken()) {
        throw new IllegalStateException("a word-by-word filter gave two terms for « " + word + " »");
      }
      stream.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing a string cannot fail on I/O", e);
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    skipped = 0;
  }
}
