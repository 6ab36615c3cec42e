package fr.parole.index;

import java.util.Arrays;
import java.util.List;
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

  /**
   * Lucene's French stop words minus the negation words: "pas le temps" must stay searchable as a
   * phrase (it says an obstacle), and codebook rules rely on it.
   */
  public static final CharArraySet STOP_WORDS = stopWords();

  private static CharArraySet stopWords() {
    List<String> negations = List.of("pas", "ne", "sans", "aucun", "aucune", "jamais", "plus", "rien", "ni", "non");
    CharArraySet set = new CharArraySet(200, true);
    for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
      String text = new String((char[]) word);
      if (!negations.contains(text)) {
        set.add(text);
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }

  /** Each filter changes a word on its own, wherever it stands: their terms are remembered ({@link RememberedWords}). */
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new RememberedWords(source, FrenchTextAnalyzer::filters));
  }

  /** What follows the tokenizer, word by word. */
  static TokenStream filters(TokenStream words) {
    TokenStream result = new ElisionFilter(words, ARTICLES);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, STOP_WORDS);
    result = new FrenchLightStemFilter(result);
    return new ASCIIFoldingFilter(result);
  }

  /** Wildcard and fuzzy terms are not stemmed, only lower-cased and folded: "Légitim*" → "legitim*". */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
