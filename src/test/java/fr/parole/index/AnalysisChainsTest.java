package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.junit.jupiter.api.Test;

/** The chains the SolrCloud configset is generated from cut, stem and place words as Parole's analyzers do. */
class AnalysisChainsTest {
  static final List<String> TEXTS = List.of(
      "L'hôpital n'a pas le temps : les patients attendent jusqu'à l'aube.",
      "Légitimité du savoir expérientiel, qu'il soit reconnu ou non ; l'équipe d'infirmières écoute.",
      "Les FORMATIONS communes des soignants et des patient·e·s sont un levier (2019).");

  @Test
  void theTextChainAnalysesAsFrenchTextAnalyzer() throws IOException {
    for (String text : TEXTS) {
      assertEquals(tokens(new FrenchTextAnalyzer(), text), tokens(build(AnalysisChains.TEXT), text));
    }
  }

  @Test
  void theExactChainAnalysesAsExactFormAnalyzer() throws IOException {
    for (String text : TEXTS) {
      assertEquals(tokens(new ExactFormAnalyzer(), text), tokens(build(AnalysisChains.EXACT), text));
    }
  }

  static Analyzer build(AnalysisChains.Chain chain) throws IOException {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new WordFiles())
        .withTokenizer(chain.tokenizer().name(), new java.util.HashMap<>(chain.tokenizer().params()));
    for (AnalysisChains.Step step : chain.filters()) {
      builder.addTokenFilter(step.name(), new java.util.HashMap<>(step.params()));
    }
    return builder.build();
  }

  /** Each token as term@position[start,end). */
  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    return tokens(analyzer.tokenStream("text", text));
  }

  /** Each token of {@code stream} as term@position[start,end); closes it. */
  static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(term + "@" + position + "[" + offset.startOffset() + "," + offset.endOffset() + ")");
      }
      stream.end();
    }
    return tokens;
  }

  /** Serves the chains' word files as the configset holds them. */
  private static final class WordFiles implements ResourceLoader {
    @Override
    public InputStream openResource(String resource) throws IOException {
      List<String> words = AnalysisChains.wordFiles().get(resource);
      if (words == null) {
        throw new IOException("pas de fichier " + resource);
      }
      return new ByteArrayInputStream(String.join("\n", words).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      throw new UnsupportedOperationException(cname);
    }
  }
}
