package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.List;

/**
 * Says why a code is suggested for a text ({@link Explanation}): the code's rules that fire on it
 * and the words that weighed most for it in the learned model (its probability is the suggestion's
 * own, already stored or printed: not computed again here). Give it the text as the reader may see it
 * (pseudonymised): the words come from that text, and names and placeholders are left out.
 * Immutable once built and shared across threads, as the coders it holds are.
 */
public final class Explainer {
  /** How many words an explanation names: enough to see why, few enough to read at a glance. */
  public static final int WORDS = 5;

  private final RuleCoder rules;
  private final LearnedCoder model;

  /** {@code model}: the codebook's learned model, or null (the rules alone then speak). */
  public Explainer(Codebook codebook, LearnedCoder model) {
    this.rules = new RuleCoder(codebook);
    this.model = model;
  }

  /** Whether a learned model speaks here (else only rules explain). */
  public boolean hasModel() {
    return model != null;
  }

  public Explanation explain(TaggedText text, String code) {
    SegmentTerms terms = rules.terms(text);
    List<String> fired = rules.suggest(terms).stream().filter(s -> s.code().equals(code)).map(Suggestion::evidence)
        .toList();
    List<Explanation.Word> words = model == null ? List.of() : model.weighedWords(terms, code, WORDS);
    return new Explanation(code, fired, words);
  }
}
