package fr.parole.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import java.io.Reader;
import java.util.regex.Pattern;

/**
 * How rules write the tagger's fields: {@code lemma:} takes lemmas as the dictionary gives them
 * (lower case, accents kept, straight apostrophe: {@code lemma:"prendre en charge"}), {@code pos:}
 * takes Universal Dependencies tags in any case ({@code pos:noun} is {@code pos:NOUN}). The
 * tagger writes these terms itself, so the analysis only splits the query on spaces.
 */
public final class TagFieldAnalyzer extends Analyzer {
  private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[’‘]");

  private final boolean upperCase;

  private TagFieldAnalyzer(boolean upperCase) {
    this.upperCase = upperCase;
  }

  public static TagFieldAnalyzer lemmas() {
    return new TagFieldAnalyzer(false);
  }

  public static TagFieldAnalyzer partsOfSpeech() {
    return new TagFieldAnalyzer(true);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(CURLY_APOSTROPHE, "'", reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return initReader(fieldName, reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new WhitespaceTokenizer();
    return new TokenStreamComponents(source, normalize(fieldName, source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return upperCase ? new UpperCaseFilter(in) : new LowerCaseFilter(in);
  }
}
