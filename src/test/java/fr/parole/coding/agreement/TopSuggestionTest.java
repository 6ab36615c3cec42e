package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.parole.coding.Suggestion;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopSuggestionTest {

  @Test
  void keepsTheMostConfidentSuggestionOfEachDimensionAndTheFirstOnATie() {
    Suggestion levier = new Suggestion("type/levier", 0.8, "rule", "formation*");
    Suggestion obstacle = new Suggestion("type/obstacle", 0.8, "rule", "\"pas le temps\"");
    Suggestion individuel = new Suggestion("niveau/individuel", 0.4, "model", "");
    Suggestion institutionnel = new Suggestion("niveau/institutionnel", 0.9, "model", "");

    Map<String, Suggestion> top = TopSuggestion.perDimension(List.of(levier, obstacle, individuel, institutionnel));

    // type: a tie at 0.8, the first listed (codebook order) wins; niveau: the higher confidence.
    assertEquals(Map.of("type", levier, "niveau", institutionnel), top);
  }

  @Test
  void noSuggestionNoDimension() {
    assertEquals(Map.of(), TopSuggestion.perDimension(List.of()));
  }
}
