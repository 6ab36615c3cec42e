package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearnedCoderTest {
  private final Codebook book = new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL);

  private static List<LearnedCoder.Example> examples() {
    List<LearnedCoder.Example> examples = new ArrayList<>();
    String[] levers = {"la formation commune aide beaucoup", "une formation des équipes a été utile",
        "le comité de pilotage soutient le projet", "la formation des cadres est un atout"};
    String[] obstacles = {"les soignants manquent de temps", "le temps manque toujours aux équipes",
        "pas le temps de recevoir les patients", "faute de temps rien ne se fait"};
    for (String text : levers) {
      examples.add(new LearnedCoder.Example(Tagged.text(text), Map.of("type", "levier")));
    }
    for (String text : obstacles) {
      examples.add(new LearnedCoder.Example(Tagged.text(text), Map.of("type", "obstacle")));
    }
    return examples;
  }

  @Test
  void learnsWordsThatSeparateCodes() {
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text);
    assertEquals(List.of("type"), coder.dimensions(), "niveau has no examples: no model");
    Suggestion s = coder.suggest(Tagged.text("Une formation pour tous")).get(0);
    assertEquals("type/levier", s.code());
    assertTrue(s.confidence() > 0.5 && s.confidence() <= 1, String.valueOf(s.confidence()));
    assertEquals("type/obstacle", coder.suggest(Tagged.text("Nous manquons de temps")).get(0).code());
  }

  @Test
  void aSavedModelGivesTheSameSuggestions() throws Exception {
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    coder.save("type", bytes);
    LearnedCoder loaded = LearnedCoder.load(Map.of("type", new ByteArrayInputStream(bytes.toByteArray())));
    String text = "La formation des soignants manque de temps";
    assertEquals(coder.suggest(Tagged.text(text)), loaded.suggest(Tagged.text(text)));
  }

  @Test
  void combinedConfidenceRewardsAgreementAndRanksPerDimension() {
    CombinedCoder both = new CombinedCoder(new RuleCoder(book), LearnedCoder.train(book, examples(), Tagged::text));
    List<Suggestion> suggestions = both.suggest(Tagged.text("La formation commune aide beaucoup"));
    Suggestion first = suggestions.get(0);
    assertEquals("type/levier", first.code());
    assertEquals("rule+model", first.origin());
    assertTrue(first.confidence() > RuleCoder.RULE_CONFIDENCE);
  }

  @Test
  void crossValidationScoresEveryRowOnce() {
    TextTable gold = TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv"));
    CrossValidation.Result result = new CrossValidation(new CodebookLibrary().load("partenariat"), Tagged.tagger()).run(gold, 6, 42);
    assertEquals(36, result.rules().dimension("type").orElseThrow().units());
    assertEquals(36, result.combined().dimension("niveau").orElseThrow().units());
    // Same seed, same folds, same figures.
    CrossValidation.Result again = new CrossValidation(new CodebookLibrary().load("partenariat"), Tagged.tagger()).run(gold, 6, 42);
    assertEquals(result.combined().dimension("type").orElseThrow().correct(),
        again.combined().dimension("type").orElseThrow().correct());
  }
}
