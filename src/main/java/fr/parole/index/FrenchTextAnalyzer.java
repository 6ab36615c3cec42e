package fr.parole.index;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis of the searchable {@code text} field: elision ("l'hôpital" → "hôpital"), lower
 * case, French stop words, light stemming ("patients" → "patient"), then accent folding so that
 * "legitimite" finds "légitimité". Folding comes after stemming because the French stemmer reads
 * accents.
 */
public final class FrenchTextAnalyzer extends Analyzer {
  /** Elided articles and conjunctions, Lucene's list plus the common written forms users type. */
  public static final CharArraySet ARTICLES = new CharArraySet(Arrays.asList(
      "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "presqu", "quelqu"),
      true);

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new ElisionFilter(source, ARTICLES);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, FrenchAnalyzer.getDefaultStopSet());
    result = new FrenchLightStemFilter(result);
    result = new ASCIIFoldingFilter(result);
    return new TokenStreamComponents(source, result);
  }

  /** Wildcard and fuzzy terms are not stemmed, only lower-cased and folded: "Légitim*" → "legitim*". */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
