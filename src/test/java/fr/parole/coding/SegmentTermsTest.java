package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.index.IndexFields;
import fr.parole.nlp.TaggedText;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One analysis of a text, shared by the rules and the learned model, and built only as far as they read. */
class SegmentTermsTest {
  private static final String TEXT = "Les patients n'étaient pas informés du partenariat ; l'infirmière attendait.";

  @Test
  void aFieldNoRuleReadsIsNotBuilt() {
    // partenariat's rules read the stemmed words and (through wildcards) the words as written only.
    RuleCoder partenariat = new RuleCoder(new CodebookLibrary().load("partenariat"));
    SegmentTerms terms = partenariat.terms(Tagged.text(TEXT));
    assertEquals(Set.of(), terms.built(), "nothing is analysed before a rule asks");
    partenariat.suggest(terms);
    assertEquals(Set.of(IndexFields.TEXT, IndexFields.EXACT), terms.built());

    // esatis also has lemma rules (lemma:attendre), never part-of-speech ones: the lemmas are laid
    // out only when one of those rules is worth trying.
    RuleCoder esatis = new RuleCoder(new CodebookLibrary().load("esatis"));
    SegmentTerms waiting = esatis.terms(Tagged.text(TEXT));
    assertTrue(esatis.suggest(waiting).stream().anyMatch(s -> s.code().equals("esatis/attente")),
        esatis.suggest(waiting).toString());
    assertTrue(waiting.built().contains(IndexFields.LEMMA), waiting.built().toString());
    assertFalse(waiting.built().contains(IndexFields.POS), waiting.built().toString());
    SegmentTerms meal = esatis.terms(Tagged.text("Le repas était froid et sans goût."));
    esatis.suggest(meal);
    assertFalse(meal.built().contains(IndexFields.LEMMA), meal.built().toString());
  }

  @Test
  void aRuleOnTagsStillSeesTheTagsAndNegation() {
    Codebook book = new CodebookReader().parse("essai.yaml", """
        id: essai
        dimensions:
          - id: theme
            label: Thème
            codes:
              - id: information
                label: Information
                rules: ['lemma:informer AND pos:VERB']
        """);
    RuleCoder rules = new RuleCoder(book);
    assertEquals(List.of("theme/information"),
        rules.suggest(Tagged.text("On nous a informés de tout.")).stream().map(Suggestion::code).toList());
    assertEquals(List.of(), rules.suggest(Tagged.text("On ne nous a pas informés.")),
        "a hit inside the negation's scope does not count");
  }

  @Test
  void theModelReadsTheSameFeaturesFromTheRulesTermsAsFromItsOwnAnalysis() {
    RuleCoder rules = new RuleCoder(new CodebookLibrary().load("partenariat"));
    TextFeatures features = TextFeatures.standard();
    int compared = 0;
    for (TextTable.Row row : TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv")).rows()) {
      TaggedText tagged = Tagged.text(row.text());
      SegmentTerms shared = rules.terms(tagged);
      rules.suggest(shared);
      assertArrayEquals(features.of(tagged), features.of(shared), row.text());
      compared++;
    }
    assertTrue(compared > 30, compared + " texts");
  }
}
