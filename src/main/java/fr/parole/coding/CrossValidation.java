package fr.parole.coding;

import fr.parole.coding.agreement.Evaluation;
import fr.parole.coding.agreement.EvaluationItem;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.nlp.FrenchTagger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation on a gold file: the rows are shuffled (fixed seed, so runs repeat),
 * cut into k folds; each fold is coded by a model trained on the other folds. Rules, model and
 * both combined are scored on the same predictions' folds, so the three figures compare.
 */
public final class CrossValidation {
  private final Codebook codebook;
  private final GoldEvaluation evaluation;
  private final LearnedCoder.Recipe recipe;

  public CrossValidation(Codebook codebook, FrenchTagger tagger) {
    this(codebook, new GoldEvaluation(codebook, tagger), LearnedCoder.Recipe.standard());
  }

  CrossValidation(Codebook codebook, GoldEvaluation evaluation, LearnedCoder.Recipe recipe) {
    this.codebook = codebook;
    this.evaluation = evaluation;
    this.recipe = recipe;
  }

  /** The three reports: rules alone, model alone, rules and model together. */
  public record Result(int folds, EvaluationReport rules, EvaluationReport model, EvaluationReport combined) {}

  public Result run(TextTable gold, int folds, long seed) {
    if (folds < 2 || folds > gold.rows().size()) {
      throw new CodebookException("Validation croisée : entre 2 et " + gold.rows().size() + " plis (--folds), pas "
          + folds + ".");
    }
    RuleCoder rules = new RuleCoder(codebook);
    List<TextTable.Row> rows = new ArrayList<>(gold.rows());
    Collections.shuffle(rows, new Random(seed));
    List<EvaluationItem> byRules = new ArrayList<>();
    List<EvaluationItem> byModel = new ArrayList<>();
    List<EvaluationItem> byBoth = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<TextTable.Row> test = new ArrayList<>();
      List<TextTable.Row> train = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        (i % folds == fold ? test : train).add(rows.get(i));
      }
      LearnedCoder model = LearnedCoder.train(codebook, evaluation.examples(gold, train), evaluation::tag, recipe);
      byRules.addAll(evaluation.items(gold, test, rules));
      byModel.addAll(evaluation.items(gold, test, model));
      byBoth.addAll(evaluation.items(gold, test, new CombinedCoder(rules, model)));
    }
    return new Result(folds, Evaluation.evaluate(byRules), Evaluation.evaluate(byModel), Evaluation.evaluate(byBoth));
  }
}
