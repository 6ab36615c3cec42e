package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.index.FrenchQueryParser;
import fr.parole.index.IndexFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/** The direct rule matcher says what Lucene says, on every shipped rule and on the demo corpus. */
class RuleMatcherTest {
  /** Query shapes the shipped rules do not all use: stop words in phrases, slop, NOT, tagger fields. */
  private static final List<String> MORE_RULES = List.of(
      "\"comité de pilotage\"", "\"patient partenaire\"~3", "\"partenaire patient\"~2", "\"usager usager\"~4",
      "soign* AND NOT médecin*", "(RU OR usager*) AND (commission OR instance*)", "+patient* -formation",
      "\"pas le temps\"", "exact:patients", "exact:patient*", "lemma:être AND pos:ADJ", "lemma:\"prendre en charge\"",
      "lemma:soign*", "pos:PROPN", "lemma:avoir AND NOT lemma:être", "\"le la\"~5", "*ment", "projet~1",
      "lemma:aujourd’hui", "pos:noun AND pos:verb");

  private final Analyzer analyzer = IndexFields.analyzer();

  @Test
  void directMatchingAgreesWithLuceneOnTheDemoCorpus() throws IOException {
    List<Query> queries = new ArrayList<>();
    FrenchQueryParser parser = new FrenchQueryParser();
    CodebookLibrary library = new CodebookLibrary();
    for (String book : List.of("partenariat", "esatis")) {
      for (Code code : library.load(book).codes()) {
        for (String rule : code.rules()) {
          queries.add(parse(parser, rule));
        }
      }
    }
    for (String rule : MORE_RULES) {
      queries.add(parse(parser, rule));
    }
    int compared = 0;
    int matched = 0;
    for (String text : demoTexts()) {
      SegmentTerms terms = SegmentTerms.of(Tagged.text(text), analyzer);
      for (Query query : queries) {
        boolean lucene = RuleCoder.matchesInLucene(query, terms);
        boolean direct = RuleMatcher.compile(query).map(m -> m.match(terms) != null).orElse(lucene);
        assertEquals(lucene, direct, () -> query + " on: " + text);
        compared++;
        matched += lucene ? 1 : 0;
      }
    }
    assertTrue(compared > 10_000 && matched > 200, compared + " comparisons, " + matched + " matches");
  }

  @Test
  void everyShippedRuleIsMatchedDirectly() {
    FrenchQueryParser parser = new FrenchQueryParser();
    CodebookLibrary library = new CodebookLibrary();
    for (String book : List.of("partenariat", "esatis")) {
      for (Code code : library.load(book).codes()) {
        for (String rule : code.rules()) {
          assertTrue(RuleMatcher.compile(parse(parser, rule)).isPresent(), rule);
        }
      }
    }
  }

  @Test
  void aSloppyPhraseAllowsReversedWordsOnlyWithEnoughSlop() {
    FrenchQueryParser parser = new FrenchQueryParser();
    SegmentTerms terms = SegmentTerms.of(Tagged.text("Le partenaire est un patient."), analyzer);
    assertEquals(null, RuleMatcher.compile(parse(parser, "\"patient partenaire\"~2")).orElseThrow().match(terms));
    assertTrue(RuleMatcher.compile(parse(parser, "\"patient partenaire\"~4")).orElseThrow().match(terms) != null);
  }

  private static Query parse(FrenchQueryParser parser, String rule) {
    try {
      return parser.parse(rule);
    } catch (Exception e) {
      throw new AssertionError(rule, e);
    }
  }

  /** Every non-empty line of the demo transcripts. */
  private static List<String> demoTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("corpora/demo/entretiens"))) {
      for (Path file : files.sorted().toList()) {
        Files.readAllLines(file).stream().map(String::strip).filter(l -> l.length() > 20).forEach(texts::add);
      }
    }
    return texts;
  }
}
