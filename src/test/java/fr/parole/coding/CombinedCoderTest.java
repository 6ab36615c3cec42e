package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CombinedCoderTest {
  private final Codebook book = new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL);
  private final LearnedCoder model = LearnedCoder.train(book, LearnedCoderTest.examples(), Tagged::text);

  private static Suggestion find(List<Suggestion> suggestions, String code) {
    return suggestions.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
  }

  @Test
  void aRuleHitIsListedWithTheProbabilityOfItsCodeGivenTheRule() {
    List<Suggestion> suggestions = CombinedCoder.of(book, model).suggest(Tagged.text("La formation commune aide"));
    Suggestion lever = find(suggestions, "type/levier");
    assertEquals("rule+model", lever.origin(), suggestions.toString());
    assertEquals("\"comité de pilotage\" OR formation*", lever.evidence());
    double modelAlone = model.probabilities(Tagged.text("La formation commune aide")).get("type").get("levier");
    assertTrue(lever.confidence() > 0.5 && lever.confidence() < 1, lever + " (model alone " + modelAlone + ")");
  }

  @Test
  void aSubCodeRuleHitIsNamedAndTakesTheProbabilityOfTheCodeTheModelKnows() {
    List<Suggestion> suggestions = CombinedCoder.of(book, model).suggest(Tagged.text("On n'a pas le temps de les recevoir"));
    Suggestion sub = find(suggestions, "type/manque_de_temps");
    assertEquals("rule+model", sub.origin(), suggestions.toString());
    assertEquals(null, find(suggestions, "type/obstacle"), "the sub-code stands for its parent: " + suggestions);
  }

  @Test
  void aTextAboutTwoCodesGetsBothAndOneAboutNeitherGetsNoneThatCounts() {
    CombinedCoder coder = CombinedCoder.of(book, model);
    List<Suggestion> both = coder.suggest(Tagged.text("La formation est utile mais le temps manque"));
    Map<String, Double> thresholds = Map.of("type/levier", model.thresholds().get("type/levier").value(),
        "type/obstacle", model.thresholds().get("type/obstacle").value());
    assertTrue(find(both, "type/levier").confidence() >= thresholds.get("type/levier"), both.toString());
    assertTrue(find(both, "type/obstacle").confidence() >= thresholds.get("type/obstacle"), both.toString());
    List<Suggestion> neither = coder.suggest(Tagged.text("Le repas était froid et la chambre bruyante"));
    assertTrue(neither.stream().allMatch(s -> s.confidence() < thresholds.get(s.code())), neither.toString());
  }

  @Test
  void onlyCodesAboveHalfTheirThresholdAreKeptWhenNoRuleNamesThem() {
    // A threshold of 0.9 for levier: a model-only suggestion of it must reach 0.45 to be kept.
    CombinedCoder strict = new CombinedCoder(new RuleCoder(book), model, Map.of("type/levier", 0.9));
    for (String text : List.of("Le repas était froid", "Les soignants manquent de temps", "Une formation pour tous")) {
      for (Suggestion s : strict.suggest(Tagged.text(text))) {
        if (s.origin().equals("model")) {
          double threshold = s.code().equals("type/levier") ? 0.9 : 0.5;
          assertTrue(s.confidence() >= CombinedCoder.BAND * threshold, s + " for " + text);
        }
      }
    }
  }

  @Test
  void withoutAModelRuleHitsKeepTheRuleConfidence() {
    List<Suggestion> suggestions = CombinedCoder.of(book, null).suggest(Tagged.text("La formation commune aide"));
    assertEquals(List.of(new Suggestion("type/levier", RuleCoder.RULE_CONFIDENCE, "rule",
        "\"comité de pilotage\" OR formation*")), suggestions);
  }

  @Test
  void aRuleOfACodeTheModelNeverLearnedGivesItsPrecisionOnTheTrainingTexts() {
    List<LearnedCoder.Example> onlyObstacles = LearnedCoderTest.examples().stream()
        .filter(e -> !e.codes().get("type").contains("levier")).toList();
    LearnedCoder obstacles = LearnedCoder.train(book, onlyObstacles, Tagged::text);
    assertTrue(obstacles.labelOf("type/levier").isEmpty());
    List<Suggestion> suggestions = CombinedCoder.of(book, obstacles).suggest(Tagged.text("Une formation commune"));
    Suggestion lever = find(suggestions, "type/levier");
    assertEquals("rule", lever.origin());
    assertEquals(obstacles.ruleHits("type").precision("levier"), lever.confidence(), 1e-9);
  }
}
