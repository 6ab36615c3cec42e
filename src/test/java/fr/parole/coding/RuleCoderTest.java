package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCoderTest {
  private final RuleCoder coder = new RuleCoder(new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL));

  private List<String> codes(String text) {
    return coder.suggest(Tagged.text(text)).stream().map(Suggestion::code).toList();
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
    Suggestion s = coder.suggest(Tagged.text("formation des aidants")).get(0);
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
    RuleCoder coder = new RuleCoder(new CodebookReader().parse("neg.yaml", book));
    assertEquals(List.of(), coder.suggest(Tagged.text("Je n'ai jamais eu de douleur.")).stream().map(Suggestion::code).toList());
    assertEquals(List.of("esatis/douleur"),
        coder.suggest(Tagged.text("La douleur a été mal prise en charge.")).stream().map(Suggestion::code).toList());
    assertEquals(List.of("esatis/manque_de_temps"),
        coder.suggest(Tagged.text("Les infirmières n'ont pas le temps.")).stream().map(Suggestion::code).toList());
  }

  @Test
  void rulesCanAskForLemmasAndPartsOfSpeechAndStayNegationAware() {
    String book = """
        id: lemmes
        dimensions:
          - id: esatis
            codes:
              - id: attente
                rules: ['lemma:attendre']
              - id: chambre
                rules: ['lemma:chambre AND pos:ADJ']
        """;
    RuleCoder coder = new RuleCoder(new CodebookReader().parse("lemmes.yaml", book));
    // "attendu", "attendions": forms the stemmer keeps apart, one lemma.
    assertEquals(List.of("esatis/attente"), codes(coder, "Nous avons attendu trois heures."));
    assertEquals(List.of("esatis/attente"), codes(coder, "Nous attendions le médecin."));
    assertEquals(List.of(), codes(coder, "Je n'ai jamais attendu."));
    assertEquals(List.of("esatis/chambre"), codes(coder, "Les chambres sont propres."));
    assertEquals(List.of(), codes(coder, "On m'a montré la chambre."));
  }

  private static List<String> codes(RuleCoder coder, String text) {
    return coder.suggest(Tagged.text(text)).stream().map(Suggestion::code).toList();
  }
}
