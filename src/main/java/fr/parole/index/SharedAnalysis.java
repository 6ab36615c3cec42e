package fr.parole.index;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.util.ArrayUtil;

/**
 * The {@code text} and {@code exact} fields of a segment cut into words once. Both analyses start
 * with the same tokenizer on the same text, and with each word's filters remembered
 * ({@link RememberedWords}) the tokenizer was most of what was left of analysing: the text field's
 * stream records the tokenizer's words as they go by, and the exact field runs its own filters on
 * them replayed, with the same terms, positions and offsets as its own analysis gives. Lucene
 * inverts a document's fields in the order they were added, the text before the exact form
 * ({@link SegmentDocuments}); an exact field whose text was not the one just recorded is analysed
 * by the writer's analyzer, as before. One per indexing thread: it keeps one document's words.
 */
final class SharedAnalysis {
  private final Tokenizer tokenizer = new StandardTokenizer();
  private final Recorder words = new Recorder(tokenizer);
  private final TokenStream searchForms = new RememberedWords(words, FrenchTextAnalyzer::filters);
  private final Replay replay = new Replay();
  private final TokenStream exactForms = new RememberedWords(replay, ExactFormAnalyzer::filters);

  /** The stored, searchable {@code text} field of {@code value}, recording its words when inverted. */
  Field text(String value) {
    return new Field(IndexFields.TEXT, value, IndexFields.TEXT_TYPE) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        words.text = value;
        tokenizer.setReader(new StringReader(value));
        return searchForms;
      }
    };
  }

  /** The {@code exact} field of {@code value}: its text field's words, replayed through its own filters. */
  Field exact(String value) {
    return new Field(IndexFields.EXACT, value, IndexFields.EXACT_TYPE) {
      @Override
      public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        return words.complete && words.text == value ? exactForms : super.tokenStream(analyzer, reuse);
      }
    };
  }

  /** Keeps each word of the tokenizer (term, position increment, offsets) and the stream's end state. */
  private static final class Recorder extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** The text being (or last) analysed; compared by identity, the very string the fields share. */
    private String text;
    /** True once the stream reached its end: a stream given up half-way is not replayed. */
    private boolean complete;
    private char[] chars = new char[256];
    private int charCount;
    /** Per token: where its term starts in {@link #chars}, its length, increment, start and end offsets. */
    private int[] tokens = new int[5 * 64];
    private int count;
    private int endIncrement;
    private int endStart;
    private int endEnd;

    Recorder(TokenStream input) {
      super(input);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      complete = false;
      charCount = 0;
      count = 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      int length = term.length();
      chars = ArrayUtil.grow(chars, charCount + length);
      System.arraycopy(term.buffer(), 0, chars, charCount, length);
      tokens = ArrayUtil.grow(tokens, 5 * (count + 1));
      int at = 5 * count++;
      tokens[at] = charCount;
      tokens[at + 1] = length;
      tokens[at + 2] = increment.getPositionIncrement();
      tokens[at + 3] = offset.startOffset();
      tokens[at + 4] = offset.endOffset();
      charCount += length;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      endIncrement = increment.getPositionIncrement();
      endStart = offset.startOffset();
      endEnd = offset.endOffset();
      complete = true;
    }
  }

  /** The recorded words, as the tokenizer gave them. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      Recorder recorded = words;
      if (next == recorded.count) {
        return false;
      }
      clearAttributes();
      int at = 5 * next++;
      term.copyBuffer(recorded.chars, recorded.tokens[at], recorded.tokens[at + 1]);
      increment.setPositionIncrement(recorded.tokens[at + 2]);
      offset.setOffset(recorded.tokens[at + 3], recorded.tokens[at + 4]);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(words.endIncrement);
      offset.setOffset(words.endStart, words.endEnd);
    }
  }
}
