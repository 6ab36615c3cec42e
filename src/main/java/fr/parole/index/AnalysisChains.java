package fr.parole.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Parole's two indexing analyses written as Lucene factory names and parameters, the way Solr's
 * schema and Lucene's {@code CustomAnalyzer} name them: the SolrCloud configset is generated from
 * this description, and a test builds analyzers from it and checks they cut and stem every text as
 * {@link FrenchTextAnalyzer} and {@link ExactFormAnalyzer} do.
 */
public final class AnalysisChains {
  /** The elided articles' word file, as the chains name it. */
  public static final String ARTICLES_FILE = "articles.txt";
  /** The stop words' word file (negations kept: see {@link FrenchTextAnalyzer#STOP_WORDS}). */
  public static final String STOP_WORDS_FILE = "stopwords.txt";

  /** One step of a chain: a factory's SPI name ("elision") and its parameters. */
  public record Step(String name, Map<String, String> params) {
    public Step {
      params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
  }

  /** A tokenizer and its token filters. */
  public record Chain(Step tokenizer, List<Step> filters) {
    public Chain {
      filters = List.copyOf(filters);
    }
  }

  private static final Step STANDARD = new Step("standard", Map.of());
  private static final Step ELISION = new Step("elision", Map.of("articles", ARTICLES_FILE, "ignoreCase", "true"));
  private static final Step LOWER_CASE = new Step("lowercase", Map.of());

  /** The {@code text} field: elision, lower case, stop words, light stemming, accent folding. */
  public static final Chain TEXT = new Chain(STANDARD, List.of(ELISION, LOWER_CASE,
      new Step("stop", Map.of("words", STOP_WORDS_FILE, "ignoreCase", "true")),
      new Step("frenchLightStem", Map.of()), new Step("asciiFolding", Map.of())));

  /** The {@code exact} field: words as written, only split from their article and lower-cased. */
  public static final Chain EXACT = new Chain(STANDARD, List.of(ELISION, LOWER_CASE));

  private AnalysisChains() {}

  /** The word files the chains name, one word a line, by file name. */
  public static Map<String, List<String>> wordFiles() {
    return Map.of(ARTICLES_FILE, words(FrenchTextAnalyzer.ARTICLES), STOP_WORDS_FILE,
        words(FrenchTextAnalyzer.STOP_WORDS));
  }

  private static List<String> words(CharArraySet set) {
    List<String> words = new ArrayList<>();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    words.sort(null);
    return words;
  }
}
