package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules and a learned model together: one ranked list of suggestions per text. A code both
 * suggest gets the confidence of two independent pieces of evidence, 1 − (1 − r)(1 − m); within a
 * dimension, suggestions are ordered by confidence, so the first is the coder's best guess.
 */
public final class CombinedCoder implements Coder {
  private final RuleCoder rules;
  private final LearnedCoder model;

  public CombinedCoder(RuleCoder rules, LearnedCoder model) {
    this.rules = rules;
    this.model = model;
  }

  @Override
  public List<Suggestion> suggest(TaggedText text) {
    Map<String, Suggestion> byCode = new LinkedHashMap<>();
    for (Suggestion rule : rules.suggest(text)) {
      byCode.put(rule.code(), rule);
    }
    if (model != null) {
      for (Suggestion learned : model.suggest(text)) {
        byCode.merge(learned.code(), learned, (r, m) -> new Suggestion(r.code(),
            1 - (1 - r.confidence()) * (1 - m.confidence()), "rule+model", r.evidence()));
      }
    }
    List<Suggestion> ranked = new ArrayList<>(byCode.values());
    ranked.sort(Comparator.comparing((Suggestion s) -> s.code().substring(0, s.code().indexOf('/')))
        .thenComparing(Comparator.comparingDouble(Suggestion::confidence).reversed()));
    return ranked;
  }
}
