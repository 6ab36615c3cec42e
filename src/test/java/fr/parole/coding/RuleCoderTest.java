package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** Issue 10: no steering committee is no steering committee, whatever else the sentence says. */
  @ParameterizedTest
  @ValueSource(strings = {
      "il n'y a pas de comité de pilotage",
      "Il n'y a pas de comité de pilotage dans notre établissement.",
      "Pas de comité de pilotage.",
      "il n'y a pas de comité de pilotage, les patients partenaires ne participent pas aux décisions",
      "Il n'y a pas de comité de pilotage : les représentants des usagers ne sont pas invités.",
      "Il n'existe aucun comité de pilotage",
      "On n'a pas de copil pour ce projet.",
      "Il n'y a jamais eu de comité de pilotage associant des usagers",
      "Le comité de pilotage n'existe pas encore.",
      "Nous n'avons pas de comité de pilotage partagé.",
      "sans comité de pilotage, le projet avance mal"})
  void aNegatedSteeringCommitteeIsNotOne(String text) {
    Codebook partenariat = new CodebookLibrary().load("partenariat");
    assertEquals(List.of(), codes(new RuleCoder(partenariat), text).stream()
        .filter(c -> c.equals("type/comite_de_pilotage")).toList(), text);
    LearnedCoder shipped = new LearnedModels().load(partenariat, null).orElseThrow();
    List<Suggestion> suggestions = CombinedCoder.of(partenariat, shipped).suggest(Tagged.text(text));
    assertTrue(suggestions.stream().noneMatch(s -> s.code().equals("type/comite_de_pilotage")), suggestions.toString());
  }

  @Test
  void aSteeringCommitteeThatExistsIsOne() {
    Codebook partenariat = new CodebookLibrary().load("partenariat");
    for (String text : List.of("Nous avons un comité de pilotage avec des usagers.",
        "Le comité de pilotage, où siègent deux patientes, n'a pas pris de décision sans elles.")) {
      assertTrue(codes(new RuleCoder(partenariat), text).contains("type/comite_de_pilotage"), text);
    }
  }

  @Test
  void aRequiredPartOfARuleFoundOnlyNegatedDoesNotFireIt() {
    String book = """
        id: et
        dimensions:
          - id: type
            codes:
              - id: pilotage
                rules: ['pilotage AND usagers']
          - id: esatis
            negated_mentions: count
            codes:
              - id: attente
                rules: ['attente AND urgences']
        """;
    RuleCoder coder = new RuleCoder(new CodebookReader().parse("et.yaml", book));
    assertEquals(List.of(), codes(coder, "Pas de pilotage, mais les usagers sont invités."));
    assertEquals(List.of("type/pilotage"), codes(coder, "Le pilotage est partagé avec les usagers."));
    assertEquals(List.of("esatis/attente"), codes(coder, "Pas d'attente aux urgences."),
        "a theme counts negated mentions: no waiting is about waiting");
  }

  private static List<String> codes(RuleCoder coder, String text) {
    return coder.suggest(Tagged.text(text)).stream().map(Suggestion::code).toList();
  }
}
