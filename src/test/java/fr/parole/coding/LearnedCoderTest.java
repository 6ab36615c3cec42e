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
    double modelAlone = LearnedCoder.train(book, examples(), Tagged::text)
        .probabilities(Tagged.text("La formation commune aide beaucoup")).get("type").get("levier");
    assertTrue(first.confidence() > modelAlone && first.confidence() <= 1, first + " vs " + modelAlone);
  }

  /** Texts about recognition: the negation alone tells the lever from the obstacle. */
  private static List<LearnedCoder.Example> recognition() {
    List<LearnedCoder.Example> examples = new ArrayList<>();
    for (String who : List.of("les patients", "les soignants", "les aidants", "les usagers")) {
      examples.add(new LearnedCoder.Example(Tagged.text(who + " sont reconnus"), Map.of("type", "levier")));
      examples.add(new LearnedCoder.Example(Tagged.text(who + " ne sont pas reconnus"), Map.of("type", "obstacle")));
    }
    return examples;
  }

  @Test
  void aNegatedWordChangesThePrediction() {
    Codebook bare = new CodebookReader().parse("nu.yaml", """
        id: nu
        label: Nu
        dimensions:
          - id: type
            codes:
              - id: levier
              - id: obstacle
        """);
    LearnedCoder coder = LearnedCoder.train(bare, recognition(), Tagged::text);
    assertEquals("type/levier", coder.suggest(Tagged.text("Les médecins sont reconnus")).get(0).code());
    assertEquals("type/obstacle", coder.suggest(Tagged.text("Les médecins ne sont pas reconnus")).get(0).code());
  }

  @Test
  void theCodebookExamplesTeachWordsNoCodedTextHas() {
    // "changé" appears only in the codebook's example of levier ("La formation commune a tout changé.").
    List<LearnedCoder.Example> coded = List.of(
        new LearnedCoder.Example(Tagged.text("Les soignants manquent de temps"), Map.of("type", "obstacle")),
        new LearnedCoder.Example(Tagged.text("Le comité de pilotage aide"), Map.of("type", "levier")));
    LearnedCoder.Recipe without = new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.standard(), false, false, false);
    String text = "Tout a changé";
    Map<String, Double> withBook = LearnedCoder.train(book, coded, Tagged::text).probabilities(Tagged.text(text))
        .get("type");
    Map<String, Double> withoutBook = LearnedCoder.train(book, coded, Tagged::text, without)
        .probabilities(Tagged.text(text)).get("type");
    assertTrue(withBook.get("levier") > withoutBook.get("levier") && withBook.get("levier") > 0.5,
        withBook + " vs " + withoutBook);
  }

  @Test
  void codebookTextsTeachTheCodePeopleUseAndSkipUnusedBranches() {
    Dimension type = book.dimension("type").orElseThrow();
    List<CodebookTexts.Text> texts = new CodebookTexts(type, true, true).texts(List.of("levier"));
    assertEquals(List.of(new CodebookTexts.Text("levier", "Levier. Ce qui favorise le partenariat."),
        new CodebookTexts.Text("levier", "La formation commune a tout changé.")), texts);
    Codebook deep = new CodebookReader().parse("profond.yaml", """
        id: profond
        label: Profond
        dimensions:
          - id: type
            codes:
              - id: levier
              - id: obstacle
                children:
                  - id: manque_de_temps
                    examples: ["On court toute la journée."]
              - id: pratique
                examples: ["On fait des réunions."]
        """);
    List<CodebookTexts.Text> sub = new CodebookTexts(deep.dimension("type").orElseThrow(), true, false)
        .texts(List.of("levier", "obstacle"));
    assertEquals(List.of(new CodebookTexts.Text("obstacle", "On court toute la journée.")), sub,
        "a sub-code's example teaches its parent; pratique, unused, teaches nothing");
  }

  @Test
  void confidencesAreProbabilitiesNotCertainties() {
    LearnedCoder coder = LearnedCoder.train(book, examples(), Tagged::text);
    Map<String, Double> type = coder.probabilities(Tagged.text("La formation des équipes manque de temps")).get("type");
    assertEquals(1.0, type.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    assertTrue(type.values().stream().allMatch(p -> p > 0.01 && p < 0.99), type.toString());
  }

  @Test
  void aModelFromAnEarlierVersionIsRefusedWithAFrenchMessage() throws Exception {
    // The default model of type as shipped before lemma features (commit 9dcb4c8).
    java.io.InputStream old = LearnedCoderTest.class.getResourceAsStream("/fr/parole/coding/stems-model.bin");
    CodebookException e = org.junit.jupiter.api.Assertions.assertThrows(CodebookException.class,
        () -> LearnedCoder.load(Map.of("type", old)));
    assertTrue(e.getMessage().contains("parole train"), e.getMessage());
  }

  @Test
  void calibrationNeverRaisesAConfidenceAboveOneNorDropsARuleHit() {
    // The rules of levier fire on every text and are always wrong in training: they still show.
    List<LearnedCoder.Example> misled = new ArrayList<>();
    for (String text : List.of("formation et temps perdu", "formation sans moyens", "la formation ne sert à rien",
        "une formation imposée")) {
      misled.add(new LearnedCoder.Example(Tagged.text(text), Map.of("type", "obstacle")));
    }
    misled.addAll(examples());
    LearnedCoder model = LearnedCoder.train(book, misled, Tagged::text);
    assertTrue(model.ruleHits("type").precision("levier") < RuleCoder.RULE_CONFIDENCE);
    List<Suggestion> suggestions = new CombinedCoder(new RuleCoder(book), model)
        .suggest(Tagged.text("Une formation pour rien"));
    assertTrue(suggestions.stream().anyMatch(s -> s.code().equals("type/levier") && s.origin().startsWith("rule")),
        suggestions.toString());
    assertTrue(suggestions.stream().allMatch(s -> s.confidence() > 0 && s.confidence() <= 1), suggestions.toString());
  }

  @Test
  void aSubCodeRuleHitTakesTheProbabilityOfTheCodeTheModelKnows() {
    CombinedCoder both = new CombinedCoder(new RuleCoder(book), LearnedCoder.train(book, examples(), Tagged::text));
    List<Suggestion> suggestions = both.suggest(Tagged.text("On n'a pas le temps de les recevoir"));
    Suggestion first = suggestions.get(0);
    assertEquals("type/manque_de_temps", first.code(), suggestions.toString());
    assertEquals("rule+model", first.origin());
    assertTrue(suggestions.stream().noneMatch(s -> s.code().equals("type/obstacle")),
        "the sub-code stands for its parent: " + suggestions);
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
