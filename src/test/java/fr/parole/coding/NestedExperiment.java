package fr.parole.coding;

import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.nlp.FrenchModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Nested cross-validation behind docs/benchmarks.md: how well does "pick the recipe with the best
 * cross-validated accuracy" do on quotes it did not pick with? Outer 6 folds × seeds 1-5; in each
 * outer fold, a 5-fold cross-validation on the training quotes alone picks one of 14 naive Bayes
 * recipes per dimension (model alone, at its calibrated thresholds), which is then scored on the
 * held-out quotes: accuracy for the exclusive {@code niveau}, micro-F1 for {@code type}. Not a test
 * (about 15 min).
 */
public final class NestedExperiment {
  public static void main(String[] args) {
    Codebook book = new CodebookLibrary().load("partenariat");
    GoldLabels gold = GoldLabels.read(book, TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv")), Map.of());
    GoldEvaluation ev = new GoldEvaluation(FrenchModels.load().newTagger());
    List<LearnedCoder.Recipe> candidates = new ArrayList<>();
    for (String f : new String[] {"STEMS", "LEMMAS", "LEMMAS+NEGATION", "LEMMAS+NEGATION+LEMMA_PAIRS",
        "STEMS+LEMMAS+NEGATION_ADDED", "ALL_LEMMAS+LEMMAS+NEGATION_ADDED", "STEMS+LEMMAS+NEGATION"}) {
      for (boolean cb : new boolean[] {false, true}) {
        candidates.add(new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.named(f), cb, cb));
      }
    }
    for (String dim : List.of("type", "niveau")) {
      double[] accs = new double[5];
      double[] kappas = new double[5];
      for (int seed = 1; seed <= 5; seed++) {
        List<GoldLabels.Labelled> rows = new ArrayList<>(gold.rows());
        Collections.shuffle(rows, new Random(seed));
        Map<String, Map<String, Set<String>>> items = new LinkedHashMap<>();
        for (int fold = 0; fold < 6; fold++) {
          List<GoldLabels.Labelled> test = new ArrayList<>(), train = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) (i % 6 == fold ? test : train).add(rows.get(i));
          LearnedCoder.Recipe best = null;
          double bestAcc = -1;
          for (LearnedCoder.Recipe r : candidates) {
            Map<String, Map<String, Set<String>>> inner = new LinkedHashMap<>();
            for (int g = 0; g < 5; g++) {
              List<GoldLabels.Labelled> it = new ArrayList<>(), il = new ArrayList<>();
              for (int i = 0; i < train.size(); i++) (i % 5 == g ? it : il).add(train.get(i));
              LearnedCoder m = LearnedCoder.train(book, ev.examples(il), ev::tag, r);
              inner.putAll(ev.predict(gold, it, m, m.thresholdsWithoutRules()));
            }
            double acc = score(ev.report(gold, inner), dim);
            if (acc > bestAcc) { bestAcc = acc; best = r; }
          }
          System.out.println(dim + " seed " + seed + " fold " + fold + " picks " + best.algorithm() + " " + best.features().name() + " cb=" + best.codebookExamples());
          LearnedCoder m = LearnedCoder.train(book, ev.examples(train), ev::tag, best);
          items.putAll(ev.predict(gold, test, m, m.thresholdsWithoutRules()));
        }
        EvaluationReport rep = ev.report(gold, items);
        accs[seed - 1] = score(rep, dim);
        kappas[seed - 1] = rep.dimension(dim).map(d -> d.kappa().value()).orElse(Double.NaN);
      }
      System.out.printf(Locale.ROOT, "%s nested: accuracy or micro-F1 %s kappa %s%n", dim, Arrays.toString(accs),
          Arrays.toString(kappas));
    }
  }

  /** Accuracy for an exclusive dimension, micro-F1 for another. */
  private static double score(EvaluationReport report, String dimension) {
    return report.dimension(dimension).map(d -> d.accuracy())
        .orElseGet(() -> report.multiLabel(dimension).orElseThrow().microF1());
  }
}
