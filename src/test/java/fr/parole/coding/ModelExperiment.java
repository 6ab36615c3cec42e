package fr.parole.coding;

import fr.parole.coding.agreement.DimensionEvaluation;
import fr.parole.coding.agreement.EvaluationReport;
import fr.parole.nlp.FrenchModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import fr.parole.coding.TextFeatures.Kind;

/** Scratch: compares recipes over seeds. */
public final class ModelExperiment {
  public static void main(String[] args) {
    Codebook book = new CodebookLibrary().load("partenariat");
    TextTable gold = TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv"));
    GoldEvaluation evaluation = new GoldEvaluation(book, FrenchModels.load().newTagger());
    Map<String, LearnedCoder.Recipe> recipes = new LinkedHashMap<>();
    TextFeatures stems = new TextFeatures(EnumSet.of(Kind.STEMS));
    TextFeatures lem = new TextFeatures(EnumSet.of(Kind.LEMMAS));
    TextFeatures lemNeg = new TextFeatures(EnumSet.of(Kind.LEMMAS, Kind.NEGATION));
    TextFeatures std = TextFeatures.standard();
    TextFeatures stdPron = new TextFeatures(EnumSet.of(Kind.LEMMAS, Kind.NEGATION, Kind.LEMMA_PAIRS, Kind.PRONOUNS));
    LearnedCoder.Recipe chosen = LearnedCoder.Recipe.standard();
    String[] variants = args.length > 0 ? args : new String[] {"raw NOISY_OR", "raw BAYES_FLAT", "raw BAYES_CALIBRATED", "temp NOISY_OR", "temp BAYES_FLAT", "temp BAYES_CALIBRATED"};
    for (String v : variants) {
      recipes.put(v, chosen);
    }
    long[] seeds = {1, 2, 3, 4, 5};
    for (var e : recipes.entrySet()) {
      long t0 = System.nanoTime();
      LearnedCoder.tempered = e.getKey().startsWith("temp");
      CombinedCoder.mode = CombinedCoder.Mode.valueOf(e.getKey().substring(e.getKey().indexOf(' ') + 1));
      Map<String, List<double[]>> by = new LinkedHashMap<>();
      for (long seed : seeds) {
        CrossValidation.Result r = new CrossValidation(book, evaluation, e.getValue()).run(gold, 6, seed);
        add(by, "model", r.model());
        add(by, "comb", r.combined());
      }
      CrossValidation.Result loo = new CrossValidation(book, evaluation, e.getValue()).run(gold, 36, 1);
      double secs = (System.nanoTime() - t0) / 1e9;
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s", e.getKey()));
      for (var k : by.entrySet()) {
        List<double[]> v = k.getValue();
        sb.append(String.format(Locale.ROOT, " %s %s", k.getKey(), fmt(v)));
      }
      sb.append(String.format(Locale.ROOT, " | LOO model n %.3f t %.3f comb n %.3f t %.3f | %.1fs",
          loo.model().dimension("niveau").get().accuracy(), loo.model().dimension("type").get().accuracy(),
          loo.combined().dimension("niveau").get().accuracy(), loo.combined().dimension("type").get().accuracy(), secs));
      System.out.println(sb);
    }
  }

  private static void add(Map<String, List<double[]>> by, String name, EvaluationReport r) {
    DimensionEvaluation n = r.dimension("niveau").orElseThrow();
    DimensionEvaluation t = r.dimension("type").orElseThrow();
    by.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {n.accuracy(), n.kappa().value(), t.accuracy(), t.kappa().value()});
  }

  private static String fmt(List<double[]> v) {
    double[] m = new double[4];
    double[] sd = new double[4];
    for (double[] x : v) for (int i = 0; i < 4; i++) m[i] += x[i] / v.size();
    for (double[] x : v) for (int i = 0; i < 4; i++) sd[i] += (x[i] - m[i]) * (x[i] - m[i]) / (v.size() - 1);
    return String.format(Locale.ROOT, "n %.3f±%.3f k %.2f | t %.3f±%.3f k %.2f", m[0], Math.sqrt(sd[0]), m[1], m[2], Math.sqrt(sd[2]), m[3]);
  }
}
