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

  @Test
  void aNegatedWordDoesNotFireARuleButANegationRuleStillDoes() {
    String book = """
        id: neg
        dimensions:
          - id: esatis
            codes:
              - id: douleur
                rules: ['douleur*']
              - id: manque_de_temps
                rules: ['"pas le temps"']
        """;
    RuleCoder coder = RuleCoder.withFrenchNegation(new CodebookReader().parse("neg.yaml", book));
    assertEquals(List.of(), coder.suggest("Je n'ai jamais eu de douleur.").stream().map(Suggestion::code).toList());
    assertEquals(List.of("esatis/douleur"),
        coder.suggest("La douleur a été mal prise en charge.").stream().map(Suggestion::code).toList());
    assertEquals(List.of("esatis/manque_de_temps"),
        coder.suggest("Les infirmières n'ont pas le temps.").stream().map(Suggestion::code).toList());
  }
}
