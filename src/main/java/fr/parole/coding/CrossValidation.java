package fr.parole.coding;

import fr.parole.coding.agreement.EvaluationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * k-fold cross-validation on a gold file: the rows are shuffled (fixed seed, so runs repeat), cut
 * into k folds; each fold is coded by a model trained on the other folds, its probabilities
 * calibrated and its thresholds chosen there too (by a cross-validation inside those folds,
 * {@link DimensionTrainer}), so nothing of the fold being scored is seen. Rules, model and both
 * combined are scored on the same folds, each counting what it would count (rules: every hit;
 * model: its codes at or above the thresholds calibrated for it alone; both: at or above the
 * thresholds a coding run would record), so the three figures compare. Texts of other files
 * ({@code alsoTrainOn}, e.g. constructed training texts) can join every fold's training set: the
 * folds of the gold are then what is measured, on a model that learned from both.
 */
public final class CrossValidation {
  private final Codebook codebook;
  private final GoldEvaluation evaluation;
  private final LearnedCoder.Recipe recipe;

  /** With {@code evaluation}'s tagging, which keeps each text it tagged (the gold's and other files' alike). */
  public CrossValidation(Codebook codebook, GoldEvaluation evaluation) {
    this(codebook, evaluation, LearnedCoder.Recipe.standard());
  }

  CrossValidation(Codebook codebook, GoldEvaluation evaluation, LearnedCoder.Recipe recipe) {
    this.codebook = codebook;
    this.evaluation = evaluation;
    this.recipe = recipe;
  }

  /** The three reports: rules alone, model alone, rules and model together. */
  public record Result(int folds, EvaluationReport rules, EvaluationReport model, EvaluationReport combined) {}

  public Result run(GoldLabels gold, int folds, long seed) {
    return run(gold, List.of(), folds, seed);
  }

  /** As {@link #run(GoldLabels, int, long)}, each fold's model also learning from {@code alsoTrainOn}. */
  public Result run(GoldLabels gold, List<GoldLabels> alsoTrainOn, int folds, long seed) {
    if (folds < 2 || folds > gold.rows().size()) {
      throw new CodebookException("Validation croisée : entre 2 et " + gold.rows().size() + " plis (--folds), pas "
          + folds + ".");
    }
    RuleCoder rules = new RuleCoder(codebook);
    List<GoldLabels.Labelled> rows = new ArrayList<>(gold.rows());
    Collections.shuffle(rows, new Random(seed));
    Map<String, Map<String, Set<String>>> byRules = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> byModel = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> byBoth = new LinkedHashMap<>();
    List<LearnedCoder.Example> extra = new ArrayList<>();
    alsoTrainOn.forEach(other -> extra.addAll(evaluation.examples(other)));
    for (int fold = 0; fold < folds; fold++) {
      List<GoldLabels.Labelled> test = new ArrayList<>();
      List<GoldLabels.Labelled> train = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        (i % folds == fold ? test : train).add(rows.get(i));
      }
      List<LearnedCoder.Example> examples = new ArrayList<>(extra);
      examples.addAll(evaluation.examples(train));
      LearnedCoder model = LearnedCoder.train(codebook, examples, evaluation::tag, recipe);
      byRules.putAll(evaluation.predict(gold, test, rules, Map.of()));
      byModel.putAll(evaluation.predict(gold, test, model, withCodebook(model.thresholdsWithoutRules())));
      CombinedCoder both = CombinedCoder.of(codebook, model);
      byBoth.putAll(evaluation.predict(gold, test, both, thresholds(model)));
    }
    return new Result(folds, evaluation.report(gold, byRules), evaluation.report(gold, byModel),
        evaluation.report(gold, byBoth));
  }

  /** The thresholds a coding run with {@code model} records, by code. */
  private Map<String, Double> thresholds(LearnedCoder model) {
    Map<String, Double> thresholds = new HashMap<>();
    CodeThresholds.of(codebook, Optional.of(model)).forEach(t -> thresholds.put(t.code(), t.value()));
    return thresholds;
  }

  /** {@code calibrated}, except where the codebook sets a code's threshold itself. */
  private Map<String, Double> withCodebook(Map<String, Double> calibrated) {
    Map<String, Double> thresholds = new HashMap<>(calibrated);
    codebook.codes().stream().filter(c -> c.threshold() != null).forEach(c -> thresholds.put(c.path(), c.threshold()));
    return thresholds;
  }
}
