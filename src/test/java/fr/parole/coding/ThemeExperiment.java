package fr.parole.coding;

import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.coding.agreement.MultiLabelEvaluation;
import fr.parole.nlp.FrenchModels;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares training recipes of a non-exclusive dimension: each is trained on a training file and
 * scored on a separate gold file (rules alone, model alone, both), micro and macro F1. Not a test:
 * run {@code java -cp target/classes:target/test-classes:<dependencies> fr.parole.coding.ThemeExperiment
 * <codebook> <training.tsv> <gold.tsv> <dimension>=<gold column>} (docs/benchmarks.md).
 */
public final class ThemeExperiment {
  private ThemeExperiment() {}

  static Map<String, LearnedCoder.Recipe> recipes() {
    Map<String, LearnedCoder.Recipe> recipes = new LinkedHashMap<>();
    recipes.put("naive Bayes, stems + lemmas + non:lemma, codebook texts (shipped)", LearnedCoder.Recipe.standard());
    recipes.put("naive Bayes, without codebook texts", new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.standard(),
        false, false));
    recipes.put("naive Bayes, stems", new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.named("STEMS"), true, true));
    recipes.put("naive Bayes, lemmas", new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.named("LEMMAS"), true, true));
    recipes.put("naive Bayes, shipped features + lemma pairs", new LearnedCoder.Recipe("NAIVEBAYES",
        TextFeatures.named("STEMS+LEMMAS+NEGATION_ADDED+LEMMA_PAIRS"), true, true));
    recipes.put("naive Bayes, lemmas + non:lemma", new LearnedCoder.Recipe("NAIVEBAYES",
        TextFeatures.named("LEMMAS+NEGATION_ADDED"), true, true));
    recipes.put("logistic regression (L-BFGS), shipped features", new LearnedCoder.Recipe("MAXENT_QN",
        TextFeatures.standard(), true, true));
    recipes.put("naive Bayes, shipped features + character 3-5-grams", new LearnedCoder.Recipe("NAIVEBAYES",
        TextFeatures.named("STEMS+LEMMAS+NEGATION_ADDED+CHAR_NGRAMS"), true, true));
    recipes.put("naive Bayes, lemmas + non:lemma + character 3-5-grams", new LearnedCoder.Recipe("NAIVEBAYES",
        TextFeatures.named("LEMMAS+NEGATION_ADDED+CHAR_NGRAMS"), true, true));
    return recipes;
  }

  public static void main(String[] args) {
    Codebook book = new CodebookLibrary().load(args[0]);
    String[] column = args[3].split("=");
    GoldEvaluation evaluation = new GoldEvaluation(FrenchModels.load().newTagger());
    GoldLabels training = GoldLabels.read(book, TextTable.read(Path.of(args[1])), Map.of());
    GoldLabels gold = GoldLabels.read(book, TextTable.read(Path.of(args[2])), Map.of(column[0], column[1]));
    String dimension = column[0];
    System.out.printf("| Recipe | Rules micro / macro F1 | Model | Rules + model |%n|---|---|---|---|%n");
    for (Map.Entry<String, LearnedCoder.Recipe> recipe : recipes().entrySet()) {
      if (args.length > 4 && !recipe.getKey().contains(args[4])) {
        continue;
      }
      LearnedCoder model = LearnedCoder.train(book, evaluation.examples(training), evaluation::tag, recipe.getValue());
      Map<String, Double> thresholds = new HashMap<>();
      CodeThresholds.of(book, Optional.of(model)).forEach(t -> thresholds.put(t.code(), t.value()));
      EvaluationReport rules = evaluation.evaluate(gold, new RuleCoder(book), Map.of());
      EvaluationReport alone = evaluation.evaluate(gold, model, model.thresholdsWithoutRules());
      EvaluationReport both = evaluation.evaluate(gold, CombinedCoder.of(book, model), thresholds);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", recipe.getKey(), f1(rules, dimension),
          f1(alone, dimension), f1(both, dimension));
      if (args.length > 4) {
        both.multiLabel(dimension).orElseThrow().codes().forEach(c -> System.out.printf(Locale.ROOT,
            "    %-20s P %.3f R %.3f F1 %.3f n=%d  seuil %.3f%n", c.code(), c.precision(), c.recall(), c.f1(),
            c.support(), thresholds.getOrDefault(dimension + "/" + c.code(), 0.5)));
      }
    }
  }

  private static String f1(EvaluationReport report, String dimension) {
    MultiLabelEvaluation m = report.multiLabel(dimension).orElseThrow();
    return String.format(Locale.ROOT, "%.3f / %.3f (P %.3f R %.3f)", m.microF1(), m.macroF1(), m.microPrecision(),
        m.microRecall());
  }
}
