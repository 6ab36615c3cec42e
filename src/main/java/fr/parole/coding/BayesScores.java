package fr.parole.coding;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;

/**
 * Code probabilities from an OpenNLP naive Bayes model's counts: the same multinomial formula as
 * {@link NaiveBayesModel#eval} (log-prior plus one smoothed log-likelihood per known word, Lidstone
 * 0.05), computed here for two reasons. Naive Bayes multiplies one likelihood per word as if words
 * were independent, which makes it near-certain (0.9999) whatever it says; the score used here is
 * the geometric mean of the factors (their log-sum divided by their number), which keeps the
 * ranking and gives confidences that read as probabilities. That has to be done on the log-scores:
 * OpenNLP returns normalised probabilities, already rounded to 0 for long texts. And it is cheaper:
 * OpenNLP's eval keeps every term in a boxed map. A test checks that, untempered, both agree.
 */
final class BayesScores {
  /** What OpenNLP's bag-of-words generator writes before each feature it trains on. */
  static final String BAG_OF_WORDS = "bow=";
  private static final double SMOOTHING = 0.05;

  /**
   * Per known feature (as {@link TextFeatures} writes it, without {@link #BAG_OF_WORDS}), its smoothed
   * log-likelihood under each code: fixed by the model, so computed once, and read without building
   * the prefixed name of every feature of every text.
   */
  private final Map<String, double[]> logLikelihoods = new HashMap<>();
  private final double[] logPriors;

  @SuppressWarnings("unchecked")
  BayesScores(NaiveBayesModel model) {
    Object[] data = model.getDataStructures();
    Context[] parameters = (Context[]) data[0];
    Map<String, Context> counts = (Map<String, Context>) data[1];
    int codes = model.getNumOutcomes();
    double[] totals = new double[codes];
    for (Context context : parameters) {
      for (int j = 0; j < context.getOutcomes().length; j++) {
        totals[context.getOutcomes()[j]] += context.getParameters()[j];
      }
    }
    double all = 0;
    for (double total : totals) {
      all += total;
    }
    this.logPriors = new double[codes];
    for (int i = 0; i < codes; i++) {
      logPriors[i] = Math.log(totals[i] / all);
    }
    double vocabulary = counts.size();
    counts.forEach((feature, seen) -> {
      int[] outcomes = seen.getOutcomes();
      double[] n = seen.getParameters();
      double[] logs = new double[codes];
      int next = 0;
      for (int i = 0; i < codes; i++) {
        double count = next < outcomes.length && outcomes[next] == i ? n[next++] : 0;
        logs[i] = logLikelihood(count, totals[i], vocabulary);
      }
      // A document categorizer names every feature with its generator's prefix; events trained directly do not.
      logLikelihoods.put(feature.startsWith(BAG_OF_WORDS) ? feature.substring(BAG_OF_WORDS.length()) : feature, logs);
    });
  }

  /**
   * A feature's smoothed log-likelihood under a code, seen {@code count} times among the
   * {@code total} features of that code's texts, with {@code vocabulary} features known in all:
   * OpenNLP's formula, which {@link Learner} also counts by hand.
   */
  static double logLikelihood(double count, double total, double vocabulary) {
    return Math.log((count + SMOOTHING) / (total + SMOOTHING * vocabulary));
  }

  /** The model as a table of log-prior and log-likelihoods, codes in the model's outcome order. */
  WeightTable table(String[] outcomes) {
    return new WeightTable(outcomes, logPriors, logLikelihoods, true);
  }

  /** Log-prior of each code, in the model's outcome order. */
  double[] logPriors() {
    return logPriors.clone();
  }

  /** Per known feature, its log-likelihood under each code. */
  Map<String, double[]> logLikelihoods() {
    return logLikelihoods;
  }

  /** The probability of each code (in the model's outcome order) for a text with these features. */
  double[] probabilities(String[] features) {
    return probabilities(features, true);
  }

  /** {@code tempered} false gives naive Bayes' own (overconfident) probabilities, for comparison. */
  double[] probabilities(String[] features, boolean tempered) {
    return WeightTable.softmax(new WeightTable(new String[logPriors.length], logPriors, logLikelihoods, tempered)
        .scores(features));
  }
}
