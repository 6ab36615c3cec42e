package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.nlp.Pseudonymiser;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** « Pourquoi ? »: the rule that fired and the words that weighed most, as a person reads them, never a name. */
class ExplainerTest {
  private static final Codebook ESATIS = new CodebookLibrary().load("esatis");
  private static final LearnedCoder SHIPPED = new LearnedModels().load(ESATIS, null).orElseThrow();

  @Test
  void aSuggestionSaysItsRuleAndItsHeaviestWordsWithoutPrefixes() {
    Explanation why = new Explainer(ESATIS, SHIPPED).explain(Tagged.text("Les repas étaient froids et sans goût."),
        "esatis/repas");
    assertEquals(1, why.rules().size(), why.toString());
    assertTrue(why.rules().get(0).toLowerCase(Locale.ROOT).contains("repas"), why.rules().toString());
    assertFalse(why.words().isEmpty(), why.toString());
    assertTrue(why.words().size() <= Explainer.WORDS);
    List<String> words = why.words().stream().map(Explanation.Word::text).toList();
    assertTrue(words.stream().anyMatch(w -> w.contains("repas")), words.toString());
    for (Explanation.Word word : why.words()) {
      assertTrue(word.weight() > 0, "only words that push towards the code: " + word);
      assertFalse(word.text().contains("s:") || word.text().contains("_") || word.text().startsWith("non:")
          || word.text().startsWith("a:"), "no internal prefix: " + word.text());
    }
    for (int i = 1; i < why.words().size(); i++) {
      assertTrue(why.words().get(i - 1).weight() >= why.words().get(i).weight(), "heaviest first");
    }
    assertTrue(why.oneLine().startsWith("règle : ") && why.oneLine().contains(" ; mots : "), why.oneLine());
  }

  @Test
  void aNegatedWordReadsNonColonTheLemma() {
    FeatureWords words = new FeatureWords(new RuleCoder(ESATIS).terms(
        Tagged.text("Le médecin ne nous a pas écoutés.")));
    assertEquals("non : écouter", words.of("non:écouter"));
    assertEquals(null, words.of("non:manger"), "a feature the text does not have has no words");
  }

  @Test
  void aNameIsNeverAnExplanationWordNorIsItsPlaceholder() {
    String raw = "Le docteur Martin Durand était très accueillant et souriant avec nous.";
    String shown = Pseudonymiser.french(Tagged.MODELS).pseudonymise(raw, new Pseudonymiser.Placeholders());
    assertFalse(shown.contains("Durand"), shown);
    Explainer explainer = new Explainer(ESATIS, SHIPPED);
    for (Code code : ESATIS.codes()) {
      for (Explanation.Word word : explainer.explain(Tagged.text(shown), code.path()).words()) {
        String text = word.text().toLowerCase(Locale.ROOT);
        assertFalse(text.contains("martin") || text.contains("durand") || text.contains("nom"), word.toString());
      }
    }
    // Even on a raw text, a proper noun gives no word.
    for (Explanation.Word word : explainer.explain(Tagged.text(raw), "esatis/relations_humaines").words()) {
      assertFalse(word.text().toLowerCase(Locale.ROOT).contains("durand"), word.toString());
    }
  }

  @Test
  void withoutAModelOnlyTheRuleSpeaks() {
    Explanation why = new Explainer(ESATIS, null).explain(Tagged.text("Les repas étaient froids."), "esatis/repas");
    assertEquals(1, why.rules().size());
    assertTrue(why.words().isEmpty());
  }
}
