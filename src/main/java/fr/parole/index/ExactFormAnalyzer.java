package fr.parole.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of the {@code exact} field: words as written (accents kept, no stemming, no stop
 * words), only lower-cased and split from their elided article, so that {@code exact:patiente}
 * finds "patiente" and not "patients".
 */
public final class ExactFormAnalyzer extends Analyzer {
  /** Both filters change a word on its own, wherever it stands: their terms are remembered ({@link RememberedWords}). */
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new RememberedWords(source, ExactFormAnalyzer::filters));
  }

  /** What follows the tokenizer, word by word. */
  static TokenStream filters(TokenStream words) {
    return new LowerCaseFilter(new ElisionFilter(words, FrenchTextAnalyzer.ARTICLES));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
