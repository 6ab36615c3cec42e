package fr.parole.coding;

import fr.parole.coding.agreement.Evaluation;
import fr.parole.coding.agreement.EvaluationItem;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.nlp.FrenchModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Nested cross-validation behind docs/benchmarks.md: how well does "pick the recipe with the best
 * cross-validated accuracy" do on quotes it did not pick with? Outer 6 folds × seeds 1-5; in each
 * outer fold, a 5-fold cross-validation on the training quotes alone picks one of 14 naive Bayes
 * recipes per dimension, which is then scored on the held-out quotes. Not a test (about 10 min).
 */
public final class NestedExperiment {
  public static void main(String[] args) {
    Codebook book = new CodebookLibrary().load("partenariat");
    TextTable gold = TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv"));
    GoldEvaluation ev = new GoldEvaluation(book, FrenchModels.load().newTagger());
    List<LearnedCoder.Recipe> candidates = new ArrayList<>();
    for (String f : new String[] {"STEMS", "LEMMAS", "LEMMAS+NEGATION", "LEMMAS+NEGATION+LEMMA_PAIRS",
        "STEMS+LEMMAS+NEGATION_ADDED", "ALL_LEMMAS+LEMMAS+NEGATION_ADDED", "STEMS+LEMMAS+NEGATION"}) {
      for (boolean cb : new boolean[] {false, true}) {
        candidates.add(new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.named(f), cb, cb, false));
      }
    }
    for (String dim : List.of("type", "niveau")) {
      double[] accs = new double[5];
      double[] kappas = new double[5];
      for (int seed = 1; seed <= 5; seed++) {
        List<TextTable.Row> rows = new ArrayList<>(gold.rows());
        Collections.shuffle(rows, new Random(seed));
        List<EvaluationItem> items = new ArrayList<>();
        for (int fold = 0; fold < 6; fold++) {
          List<TextTable.Row> test = new ArrayList<>(), train = new ArrayList<>();
          for (int i = 0; i < rows.size(); i++) (i % 6 == fold ? test : train).add(rows.get(i));
          LearnedCoder.Recipe best = null;
          double bestAcc = -1;
          for (LearnedCoder.Recipe r : candidates) {
            List<EvaluationItem> inner = new ArrayList<>();
            for (int g = 0; g < 5; g++) {
              List<TextTable.Row> it = new ArrayList<>(), il = new ArrayList<>();
              for (int i = 0; i < train.size(); i++) (i % 5 == g ? it : il).add(train.get(i));
              inner.addAll(ev.items(gold, it, LearnedCoder.train(book, ev.examples(gold, il), ev::tag, r)));
            }
            double acc = Evaluation.evaluate(inner).dimension(dim).orElseThrow().accuracy();
            if (acc > bestAcc) { bestAcc = acc; best = r; }
          }
          System.out.println(dim + " seed " + seed + " fold " + fold + " picks " + best.algorithm() + " " + best.features().name() + " cb=" + best.codebookExamples());
          items.addAll(ev.items(gold, test, LearnedCoder.train(book, ev.examples(gold, train), ev::tag, best)));
        }
        EvaluationReport rep = Evaluation.evaluate(items);
        accs[seed - 1] = rep.dimension(dim).orElseThrow().accuracy();
        kappas[seed - 1] = rep.dimension(dim).orElseThrow().kappa().value();
      }
      System.out.printf(Locale.ROOT, "%s nested: accuracy %s kappa %s%n", dim, Arrays.toString(accs), Arrays.toString(kappas));
    }
  }
}
