package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCoderTest {
  private final RuleCoder coder = new RuleCoder(new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL));

  private List<String> codes(String text) {
    return coder.suggest(text).stream().map(Suggestion::code).toList();
  }

  @Test
  void aPhraseRuleFiresOnItsWordsWhateverTheirForm() {
    // Stemming and accent folding: "Comités de pilotage" matches the rule "comité de pilotage".
    assertEquals(List.of("type/levier"), codes("Les Comités de pilotage ont associé des patients."));
    assertEquals(List.of("type/levier"), codes("On a mis en place des formations communes."));
  }

  @Test
  void childCodesHaveTheirOwnRules() {
    assertEquals(List.of("type/manque_de_temps"), codes("Les soignants n'ont pas le temps de les recevoir."));
  }

  @Test
  void noRuleNoSuggestion() {
    assertEquals(List.of(), codes("Le repas était froid."));
  }

  @Test
  void aSuggestionSaysWhichRuleFired() {
    Suggestion s = coder.suggest("formation des aidants").get(0);
    assertEquals("rule", s.origin());
    assertTrue(s.evidence().contains("formation*"), s.evidence());
    assertTrue(s.confidence() > 0 && s.confidence() < 1);
  }
}
