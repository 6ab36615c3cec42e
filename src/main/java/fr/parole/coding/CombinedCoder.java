package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules and a learned model together: one ranked list of suggestions per text. In a dimension the
 * model knows, its probabilities are the prior and each rule hit is evidence weighed by how often
 * that code's rules were right on the texts the model learned from ({@link RuleHits}): the code a
 * rule names gets that precision, the others share the rest, and the two are multiplied (Bayes'
 * rule with the rule and the words taken as independent). A rule hit is thus always suggested, at
 * the combined probability of its code; a code only the model proposes is suggested too. In a
 * dimension without a model, rule hits keep {@link RuleCoder#RULE_CONFIDENCE}. Within a dimension,
 * suggestions are ordered by confidence, so the first is the coder's best guess.
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
    // One analysis of the text for both: the model's stems are the rules' text field.
    SegmentTerms terms = rules.terms(text);
    List<Suggestion> hits = rules.suggest(terms);
    if (model == null) {
      return ranked(hits);
    }
    Map<String, Map<String, Double>> probabilities = model.probabilities(terms);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Suggestion hit : hits) {
      if (!probabilities.containsKey(dimensionOf(hit.code()))) {
        suggestions.add(hit);
      }
    }
    probabilities.forEach((dimension, prior) -> suggestions.addAll(combine(dimension, prior, hits)));
    return ranked(suggestions);
  }

  /** One dimension: the model's probabilities updated by the rule hits. */
  private List<Suggestion> combine(String dimension, Map<String, Double> prior, List<Suggestion> allHits) {
    List<Suggestion> hits = allHits.stream().filter(h -> dimensionOf(h.code()).equals(dimension)).toList();
    RuleHits calibration = model.ruleHits(dimension);
    Map<String, Double> posterior = new LinkedHashMap<>(prior);
    Map<Suggestion, String> labelled = new LinkedHashMap<>();
    for (Suggestion hit : hits) {
      String label = model.labelOf(hit.code()).orElse(null);
      if (label == null) {
        continue;
      }
      labelled.put(hit, label);
      double precision = calibration.precision(label);
      double elsewhere = (1 - precision) / Math.max(1, prior.size() - 1);
      posterior.replaceAll((code, p) -> p * (code.equals(label) ? precision : elsewhere));
    }
    double total = posterior.values().stream().mapToDouble(Double::doubleValue).sum();
    posterior.replaceAll((code, p) -> p / total);
    String best = posterior.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<Suggestion> suggestions = new ArrayList<>();
    boolean bestNamed = false;
    for (Suggestion hit : hits) {
      String label = labelled.get(hit);
      if (label == null) {
        suggestions.add(hit); // a code the model was never taught: the rule alone speaks for it
        continue;
      }
      bestNamed |= label.equals(best);
      suggestions.add(new Suggestion(hit.code(), posterior.get(label), label.equals(best) ? "rule+model" : "rule",
          hit.evidence()));
    }
    if (!bestNamed) {
      suggestions.add(new Suggestion(dimension + "/" + best, posterior.get(best), "model", "modèle appris"));
    }
    return suggestions;
  }

  private static String dimensionOf(String path) {
    return path.substring(0, path.indexOf('/'));
  }

  /** By dimension, then by confidence; ties keep their order (rules in codebook order first). */
  private static List<Suggestion> ranked(List<Suggestion> suggestions) {
    List<Suggestion> ranked = new ArrayList<>(suggestions);
    ranked.sort(Comparator.comparing((Suggestion s) -> dimensionOf(s.code()))
        .thenComparing(Comparator.comparingDouble(Suggestion::confidence).reversed()));
    return ranked;
  }
}
