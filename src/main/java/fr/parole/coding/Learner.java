package fr.parole.coding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a dimension's model and keeps it as a {@link WeightTable}: naive Bayes counted here (the
 * model OpenNLP's trainer gives, in a fraction of its time), logistic regression by OpenNLP. An exclusive
 * dimension gets one model choosing among its codes (one of n); a non-exclusive one gets one
 * yes-or-no model per code (one versus the rest), so that a text may have several codes and each
 * code's probability says whether that code applies, not which code is best.
 *
 * @param algorithm OpenNLP trainer: {@code NAIVEBAYES} (multinomial naive Bayes, on which
 *     {@link WeightTable} takes the geometric mean of the factors) or {@code MAXENT_QN} (logistic
 *     regression, L-BFGS, with an L2 penalty)
 */
record Learner(String algorithm) {
  /** The feature every text has when training logistic regression: its weight is the intercept. */
  private static final String INTERCEPT = "\u0000";
  private static final String YES = "1";
  private static final double L1_COST = 0.03;
  private static final double L2_COST = 0.3;
  private static final String NO = "0";
  /** The log-weight OpenNLP's naive Bayes gives a code no training text has. */
  private static final double ABSENT = Math.log(1e-6);

  /** One text to learn from: its features and its codes (the model's labels). */
  record Sample(String[] features, Set<String> codes) {}

  boolean naiveBayes() {
    return "NAIVEBAYES".equals(algorithm);
  }

  /** One model choosing one of {@code labels}; a text with several codes counts once for each. */
  WeightTable oneOfN(List<Sample> samples, List<String> labels) {
    if (naiveBayes()) {
      return bayesOneOfN(samples, labels.toArray(String[]::new));
    }
    List<Event> events = new ArrayList<>();
    for (Sample sample : samples) {
      for (String code : sample.codes()) {
        events.add(new Event(code, context(sample.features())));
      }
    }
    MaxentModel model = train(events);
    String[] outcomes = labels.toArray(String[]::new);
    double[] bias = new double[outcomes.length];
    Map<String, double[]> weights = new HashMap<>();
    Map<String, Context> parameters = parameters(model);
    parameters.forEach((feature, context) -> {
      double[] w = new double[outcomes.length];
      for (int i = 0; i < outcomes.length; i++) {
        w[i] = weight(model, context, outcomes[i]);
      }
      put(feature, w, bias, weights);
    });
    return new WeightTable(outcomes, bias, weights, false);
  }

  /** One yes-or-no model per label: its score is the log-odds that the label applies. */
  WeightTable oneVsRest(List<Sample> samples, List<String> labels) {
    String[] outcomes = labels.toArray(String[]::new);
    if (naiveBayes()) {
      return bayesOneVsRest(samples, outcomes);
    }
    double[] bias = new double[outcomes.length];
    Map<String, double[]> weights = new HashMap<>();
    for (int i = 0; i < outcomes.length; i++) {
      List<Event> events = new ArrayList<>();
      for (Sample sample : samples) {
        events.add(new Event(sample.codes().contains(outcomes[i]) ? YES : NO, context(sample.features())));
      }
      if (events.stream().map(Event::getOutcome).distinct().count() < 2) {
        // Every text has the code, or none: the model can only say so.
        bias[i] = events.get(0).getOutcome().equals(YES) ? 5 : -5;
        continue;
      }
      MaxentModel model = train(events);
      int label = i;
      parameters(model).forEach((feature, context) -> {
        double w = weight(model, context, YES) - weight(model, context, NO);
        if (feature.equals(INTERCEPT)) {
          bias[label] = w;
        } else {
          weights.computeIfAbsent(feature, f -> new double[outcomes.length])[label] = w;
        }
      });
    }
    return new WeightTable(outcomes, bias, weights, false);
  }

  /**
   * Naive Bayes choosing one of {@code outcomes}, counted here: the same model as OpenNLP's trainer
   * gives ({@link BayesScores}, checked by a test), without its data indexer, which writes every
   * event to a file and sorts it and took 8 of the 8.5 s of a retraining on 2,000 decisions
   * (docs/benchmarks.md, issue 13). A code no text has gets {@link #ABSENT}.
   */
  private static WeightTable bayesOneOfN(List<Sample> samples, String[] outcomes) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < outcomes.length; i++) {
      index.put(outcomes[i], i);
    }
    Map<String, double[]> counts = new HashMap<>();
    double[] totals = new double[outcomes.length];
    for (Sample sample : samples) {
      for (String code : sample.codes()) {
        int i = index.get(code);
        for (String feature : sample.features()) {
          counts.computeIfAbsent(feature, f -> new double[outcomes.length])[i]++;
        }
        totals[i] += sample.features().length;
      }
    }
    double all = 0;
    for (double total : totals) {
      all += total;
    }
    double[] bias = new double[outcomes.length];
    for (int i = 0; i < outcomes.length; i++) {
      bias[i] = totals[i] == 0 ? ABSENT : Math.log(totals[i] / all);
    }
    double vocabulary = counts.size();
    Map<String, double[]> weights = new HashMap<>(counts.size() * 2);
    counts.forEach((feature, n) -> {
      double[] w = new double[outcomes.length];
      for (int i = 0; i < outcomes.length; i++) {
        w[i] = totals[i] == 0 ? ABSENT : BayesScores.logLikelihood(n[i], totals[i], vocabulary);
      }
      weights.put(feature, w);
    });
    return new WeightTable(outcomes, bias, weights, true);
  }

  /**
   * One naive Bayes yes-or-no model per code, counted here as {@link #bayesOneOfN} is: each
   * feature's count among the texts without the code is its count among all texts minus its count
   * among those with it, so each code costs one pass over its own texts and one over the
   * vocabulary, features numbered once rather than hashed for every code.
   */
  private static WeightTable bayesOneVsRest(List<Sample> samples, String[] outcomes) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] texts = new int[samples.size()][];
    for (int t = 0; t < texts.length; t++) {
      String[] features = samples.get(t).features();
      texts[t] = new int[features.length];
      for (int f = 0; f < features.length; f++) {
        Integer id = ids.get(features[f]);
        if (id == null) {
          id = ids.size();
          ids.put(features[f], id);
        }
        texts[t][f] = id;
      }
    }
    int vocabulary = ids.size();
    double[] counts = new double[vocabulary];
    double all = 0;
    for (int[] text : texts) {
      for (int id : text) {
        counts[id]++;
      }
      all += text.length;
    }
    double[] bias = new double[outcomes.length];
    double[][] rows = new double[vocabulary][outcomes.length];
    double[] yes = new double[vocabulary];
    for (int i = 0; i < outcomes.length; i++) {
      java.util.Arrays.fill(yes, 0);
      double yesTotal = 0;
      int with = 0;
      for (int t = 0; t < texts.length; t++) {
        if (samples.get(t).codes().contains(outcomes[i])) {
          with++;
          for (int id : texts[t]) {
            yes[id]++;
          }
          yesTotal += texts[t].length;
        }
      }
      double noTotal = all - yesTotal;
      if (with == 0 || with == texts.length || yesTotal == 0 || noTotal == 0) {
        bias[i] = yesTotal == 0 ? -5 : 5; // every text has the code, or none: the model can only say so
        continue;
      }
      bias[i] = Math.log(yesTotal / all) - Math.log(noTotal / all);
      for (int id = 0; id < vocabulary; id++) {
        rows[id][i] = BayesScores.logLikelihood(yes[id], yesTotal, vocabulary)
            - BayesScores.logLikelihood(counts[id] - yes[id], noTotal, vocabulary);
      }
    }
    Map<String, double[]> weights = new HashMap<>(vocabulary * 2);
    ids.forEach((feature, id) -> weights.put(feature, rows[id]));
    return new WeightTable(outcomes, bias, weights, true);
  }

  private String[] context(String[] features) {
    if (naiveBayes()) {
      return features;
    }
    String[] context = new String[features.length + 1];
    System.arraycopy(features, 0, context, 0, features.length);
    context[features.length] = INTERCEPT;
    return context;
  }

  private MaxentModel train(List<Event> events) {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1); // study corpora are small: every word counts
    parameters.put("PrintMessages", false);
    if (!naiveBayes()) {
      // A light lasso and ridge: with a few hundred texts and thousands of features, unpenalised
      // weights would learn the training texts by heart (values compared in docs/benchmarks.md).
      parameters.put("L1Cost", L1_COST);
      parameters.put("L2Cost", L2_COST);
    }
    try {
      return TrainerFactory.getEventTrainer(parameters, null).train(ObjectStreamUtils.createObjectStream(events));
    } catch (IOException e) {
      throw new UncheckedIOException("Training on an in-memory stream cannot fail on I/O", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> parameters(MaxentModel model) {
    Object[] data = ((opennlp.tools.ml.model.AbstractModel) model).getDataStructures();
    return (Map<String, Context>) data[1];
  }

  private static double weight(MaxentModel model, Context context, String outcome) {
    int index = model.getIndex(outcome);
    int[] outcomes = context.getOutcomes();
    for (int j = 0; j < outcomes.length; j++) {
      if (outcomes[j] == index) {
        return context.getParameters()[j];
      }
    }
    return 0;
  }

  private static void put(String feature, double[] w, double[] bias, Map<String, double[]> weights) {
    if (feature.equals(INTERCEPT)) {
      System.arraycopy(w, 0, bias, 0, w.length);
    } else {
      weights.put(feature, w);
    }
  }
}
