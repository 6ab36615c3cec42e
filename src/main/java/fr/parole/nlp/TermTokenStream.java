package fr.parole.nlp;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Replays precomputed {@link IndexTerms.Term}s as a Lucene token stream: the tagging is done once
 * per segment, then each field (lemma, pos, lemma_neg) only replays its list.
 */
final class TermTokenStream extends TokenStream {
  private final List<IndexTerms.Term> terms;
  private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);
  private int next;

  TermTokenStream(List<IndexTerms.Term> terms) {
    this.terms = List.copyOf(terms);
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    IndexTerms.Term term = terms.get(next++);
    termAttribute.setEmpty().append(term.value());
    offsetAttribute.setOffset(term.start(), term.end());
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    int last = terms.isEmpty() ? 0 : terms.get(terms.size() - 1).end();
    offsetAttribute.setOffset(last, last);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }
}
