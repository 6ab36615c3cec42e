package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FrenchTextAnalyzerTest {
  private final Analyzer french = new FrenchTextAnalyzer();
  private final Analyzer exact = new ExactFormAnalyzer();

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void removesElidedArticlesWithStraightAndCurlyApostrophes() throws IOException {
    assertEquals(List.of("hopital"), terms(french, "l'hôpital"));
    // The demo transcripts use the typographic apostrophe, as French word processors do.
    assertEquals(List.of("hopital"), terms(french, "l’hôpital"));
    assertEquals(List.of("equip", "soin"), terms(french, "qu'on d’équipes de soins"));
  }

  @Test
  void dropsStopWordsAndStemsPlurals() throws IOException {
    assertEquals(terms(french, "patient"), terms(french, "les patients"));
    assertEquals(terms(french, "représentation"), terms(french, "représentations"));
  }

  @Test
  void negationWordsAreKept() throws IOException {
    // "pas le temps" is an obstacle; with "pas" dropped it would be any mention of time.
    assertEquals(List.of("pas", "temp"), terms(french, "pas le temps"));
    assertEquals(List.of("san", "atendr"), terms(french, "sans attendre")); // the light stemmer also drops doubled letters
  }

  @Test
  void matchesWithoutAccentsOrCase() throws IOException {
    assertEquals(terms(french, "légitimité"), terms(french, "LEGITIMITE"));
    assertEquals(terms(french, "expérientiel"), terms(french, "experientiel"));
  }

  @Test
  void aujourdhuiStaysOneWord() throws IOException {
    // "aujourd" is not an elided article, so the word is kept whole (then stemmed and folded).
    assertEquals(1, terms(french, "aujourd'hui").size());
  }

  @Test
  void exactFieldKeepsAccentsAndEndings() throws IOException {
    assertEquals(List.of("hôpital"), terms(exact, "L'hôpital"));
    assertEquals(List.of("les", "patientes"), terms(exact, "les patientes"));
  }

  @Test
  void wildcardTermsAreFoldedNotStemmed() {
    BytesRef normalised = french.normalize("text", "Légitim");
    assertEquals("legitim", normalised.utf8ToString());
    assertEquals("légitim", exact.normalize("exact", "Légitim").utf8ToString());
  }
}
