package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/** The remembered analysis gives exactly what the filters give, word for word, the first time and after. */
class RememberedWordsTest {
  /** The same chains with nothing remembered. */
  private static final Analyzer FILTERS = unremembered(FrenchTextAnalyzer::filters);
  private static final Analyzer EXACT_FILTERS = unremembered(ExactFormAnalyzer::filters);

  private static Analyzer unremembered(java.util.function.UnaryOperator<TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }

  private static final List<String> EDGES = List.of("", "   ", "le la les", "Les patients, les PATIENTS !",
      "l'hôpital l’hôpital L'HÔPITAL qu'on jusqu'à aujourd'hui", "pas le temps, sans attendre, ni oui ni non",
      "À 15h30 le 12/03/2019 : 3 patients sur 10 (30 %)", "contact@hopital.fr 06 12 34 56 78 www.chu.fr",
      "Œuvre, cœur, ÆSOP, naïve, noël, maïs", "et et et le le le de de de patient",
      "ceci est un très très long moooooooooooooooooooooooooooooooooot", "l' d' qu' ’", "日本語 テキスト ❤️ 😀");

  @Test
  void theDemoAndItsEdgesGiveTheFiltersOwnTokens() throws IOException {
    Analyzer remembered = new FrenchTextAnalyzer();
    Analyzer exact = new ExactFormAnalyzer();
    List<String> texts = new ArrayList<>(EDGES);
    try (Stream<Path> files = Files.walk(Path.of("corpora", "demo"))) {
      for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(md|csv|txt)"))
          .toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertTrue(texts.size() > 20, "the demo's files are read: " + texts.size());
    long tokens = 0;
    for (int pass = 0; pass < 2; pass++) { // the first pass meets every word, the second remembers them
      for (String text : texts) {
        List<String> expected = tokens(FILTERS, text);
        assertEquals(expected, tokens(remembered, text), text.length() > 80 ? text.substring(0, 80) : text);
        assertEquals(tokens(EXACT_FILTERS, text), tokens(exact, text), "exact: " + text.substring(0,
            Math.min(80, text.length())));
        tokens += expected.size();
      }
    }
    assertTrue(tokens > 10_000, "tokens compared: " + tokens);
  }

  @Test
  void theMemoryStartsAgainPastItsBoundAndStaysExact() throws IOException {
    Analyzer remembered = new FrenchTextAnalyzer();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < RememberedWords.MOST_WORDS + 5_000; i++) {
      text.append("mots").append(i).append(" les ");
    }
    assertEquals(tokens(FILTERS, text.toString()), tokens(remembered, text.toString()));
    assertEquals(tokens(FILTERS, "les patients"), tokens(remembered, "les patients"));
  }

  /** Every token's term, position increment, offsets and type, then the stream's end. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-"
            + offset.endOffset() + type.type());
      }
      stream.end();
      tokens.add("fin +" + increment.getPositionIncrement() + "@" + offset.endOffset());
    }
    return tokens;
  }
}
