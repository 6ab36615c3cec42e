package fr.parole.coding;

import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.nlp.FrenchModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cross-validated comparison behind docs/benchmarks.md: each training recipe of the learned
 * coder on the dev quotes, 6 folds × seeds 1-5 (mean ± standard deviation) and leave-one-out. The
 * figure is micro-F1 for the non-exclusive {@code type} (each quote's codes at or above their
 * thresholds) and accuracy for the exclusive {@code niveau}, each followed by macro-F1 or kappa.
 * Run: {@code java -cp target/classes:target/test-classes:<dependencies> fr.parole.coding.CoderExperiment}
 * (see the benchmark page for the exact command). Not a test: it prints a Markdown table.
 */
public final class CoderExperiment {
  private CoderExperiment() {}

  static Map<String, LearnedCoder.Recipe> recipes() {
    Map<String, LearnedCoder.Recipe> recipes = new LinkedHashMap<>();
    recipes.put("naive Bayes, stems", recipe("NAIVEBAYES", "STEMS", false, false));
    recipes.put("naive Bayes, stems + lemmas + non:lemma", recipe("NAIVEBAYES", "STEMS+LEMMAS+NEGATION_ADDED", false, false));
    recipes.put("… + codebook examples", recipe("NAIVEBAYES", "STEMS+LEMMAS+NEGATION_ADDED", true, false));
    recipes.put("… + codebook definitions (shipped)", LearnedCoder.Recipe.standard());
    recipes.put("logistic regression (L-BFGS), shipped features, codebook", recipe("MAXENT_QN", "STEMS+LEMMAS+NEGATION_ADDED", true, true));
    recipes.put("shipped + character 3-5-grams", recipe("NAIVEBAYES", "STEMS+LEMMAS+NEGATION_ADDED+CHAR_NGRAMS", true, true));
    return recipes;
  }

  private static LearnedCoder.Recipe recipe(String algorithm, String features, boolean examples, boolean definitions) {
    return new LearnedCoder.Recipe(algorithm, TextFeatures.named(features), examples, definitions);
  }

  public static void main(String[] args) {
    Codebook book = new CodebookLibrary().load("partenariat");
    GoldLabels gold = GoldLabels.read(book, TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv")),
        Map.of());
    GoldEvaluation evaluation = new GoldEvaluation(FrenchModels.load().newTagger());
    System.out.println("| Recipe | Dimension | Rules | Model, 6 folds × 5 seeds | Rules + model, 6 folds × 5 seeds "
        + "| Model, LOO | Rules + model, LOO |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (Map.Entry<String, LearnedCoder.Recipe> recipe : recipes().entrySet()) {
      List<CrossValidation.Result> runs = new ArrayList<>();
      for (long seed = 1; seed <= 5; seed++) {
        runs.add(new CrossValidation(book, evaluation, recipe.getValue()).run(gold, 6, seed));
      }
      CrossValidation.Result loo = new CrossValidation(book, evaluation, recipe.getValue()).run(gold, 36, 1);
      for (String dimension : List.of("type", "niveau")) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", recipe.getKey(), dimension,
            one(loo.rules(), dimension), spread(runs, dimension, false), spread(runs, dimension, true),
            one(loo.model(), dimension), one(loo.combined(), dimension));
      }
    }
  }

  /** Micro-F1 (non-exclusive) or accuracy (exclusive), then macro-F1 or kappa. */
  static double[] figures(EvaluationReport report, String dimension) {
    return report.dimension(dimension).map(d -> new double[] {d.accuracy(), d.kappa().value()})
        .orElseGet(() -> {
          var m = report.multiLabel(dimension).orElseThrow();
          return new double[] {m.microF1(), m.macroF1()};
        });
  }

  private static String one(EvaluationReport report, String dimension) {
    double[] f = figures(report, dimension);
    return String.format(Locale.ROOT, "%.3f / %.2f", f[0], f[1]);
  }

  /** Mean ± standard deviation over the seeds of the first figure, then the mean of the second. */
  private static String spread(List<CrossValidation.Result> runs, String dimension, boolean combined) {
    double[] first = new double[runs.size()];
    double second = 0;
    for (int i = 0; i < runs.size(); i++) {
      double[] f = figures(combined ? runs.get(i).combined() : runs.get(i).model(), dimension);
      first[i] = f[0];
      second += f[1] / runs.size();
    }
    double mean = 0;
    for (double a : first) {
      mean += a / first.length;
    }
    double variance = 0;
    for (double a : first) {
      variance += (a - mean) * (a - mean) / (first.length - 1);
    }
    return String.format(Locale.ROOT, "%.3f ± %.3f / %.2f", mean, Math.sqrt(variance), second);
  }
}
