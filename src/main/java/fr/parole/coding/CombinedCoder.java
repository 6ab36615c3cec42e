package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import fr.parole.study.CodeThreshold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules and a learned model together: every code that may apply to a text, each with the
 * probability that it does. In a dimension the model knows, each code's probability comes from the
 * model's score and whether one of the code's rules fired, as calibrated on the training texts
 * ({@link Calibration}): a rule counts for what it was worth there. A code a rule names is
 * suggested under that code (a sub-code's rule gives the sub-code, with the probability of the code
 * the model learned it as; origin {@code rule+model}); a code only the model proposes is suggested
 * under its own name (origin {@code model}). A rule hit on a code the model never learned keeps the
 * precision that code's rules had on the training texts ({@link RuleHits}), and in a dimension
 * without a model, {@link RuleCoder#RULE_CONFIDENCE} (origin {@code rule}).
 *
 * <p>What is kept: every rule hit, and every other code whose probability reaches
 * {@link #BAND} times its threshold, i.e. what counts and a band below it that a reviewer may want to
 * see; in an exclusive dimension also its most probable code. A model of 14 codes thus does not
 * store 14 rows per text. Within a dimension, suggestions are ordered by confidence.
 */
public final class CombinedCoder implements Coder {
  /** A code below its threshold is still suggested down to this fraction of it. */
  public static final double BAND = 0.5;

  private final RuleCoder rules;
  private final LearnedCoder model;
  private final Map<String, Double> thresholds;

  /** {@code thresholds}: by code ({@code dimension/code}); a code without one has {@link CodeThreshold#DEFAULT}. */
  public CombinedCoder(RuleCoder rules, LearnedCoder model, Map<String, Double> thresholds) {
    this.rules = rules;
    this.model = model;
    this.thresholds = Map.copyOf(thresholds);
  }

  /** The codebook's rules with {@code model} (or none), each code at the threshold a coding run records. */
  public static CombinedCoder of(Codebook codebook, LearnedCoder model) {
    Map<String, Double> thresholds = new HashMap<>();
    CodeThresholds.of(codebook, Optional.ofNullable(model)).forEach(t -> thresholds.put(t.code(), t.value()));
    return new CombinedCoder(new RuleCoder(codebook), model, thresholds);
  }

  @Override
  public List<Suggestion> suggest(TaggedText text) {
    // One analysis of the text for both: the model's stems are the rules' text field.
    SegmentTerms terms = rules.terms(text);
    List<Suggestion> hits = rules.suggest(terms);
    if (model == null) {
      return ranked(hits);
    }
    Map<String, Map<String, Double>> probabilities = probabilities(terms, hits);
    List<Suggestion> suggestions = new ArrayList<>();
    for (Suggestion hit : hits) {
      if (!probabilities.containsKey(dimensionOf(hit.code()))) {
        suggestions.add(hit);
      }
    }
    probabilities.forEach((dimension, byCode) -> combine(dimension, byCode, hits, suggestions));
    return ranked(suggestions);
  }

  /**
   * Per dimension the model knows, each learned code's probability given the rules among
   * {@code hits} that fired, most probable first: what {@link #suggest} decides from, and what the
   * review queue's {@link Uncertainty} reads. Needs a model.
   */
  Map<String, Map<String, Double>> probabilities(SegmentTerms terms, List<Suggestion> hits) {
    Map<String, Set<String>> fired = new HashMap<>();
    for (Suggestion hit : hits) {
      if (model.labelOf(hit.code()).isPresent()) {
        fired.computeIfAbsent(dimensionOf(hit.code()), d -> new LinkedHashSet<>()).add(rules.key(hit));
      }
    }
    return model.probabilities(terms, fired, true);
  }

  /** One dimension the model knows: its codes' probabilities, named after the rules that fired. */
  private void combine(String dimension, Map<String, Double> byCode, List<Suggestion> hits, List<Suggestion> out) {
    String best = byCode.keySet().iterator().next();
    Set<String> named = new java.util.HashSet<>();
    for (Suggestion hit : hits) {
      if (!dimensionOf(hit.code()).equals(dimension)) {
        continue;
      }
      String label = model.labelOf(hit.code()).orElse(null);
      if (label == null) {
        String code = hit.code().substring(dimension.length() + 1);
        out.add(new Suggestion(hit.code(), model.ruleHits(dimension).precision(code), "rule", hit.evidence()));
      } else {
        named.add(label);
        out.add(new Suggestion(hit.code(), byCode.get(label), "rule+model", hit.evidence()));
      }
    }
    boolean exclusive = model.exclusive(dimension);
    byCode.forEach((label, p) -> {
      String path = dimension + "/" + label;
      if (!named.contains(label) && (p >= BAND * threshold(path) || exclusive && label.equals(best))) {
        out.add(new Suggestion(path, p, "model", "modèle appris"));
      }
    });
  }

  private double threshold(String path) {
    return thresholds.getOrDefault(path, CodeThreshold.DEFAULT);
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
