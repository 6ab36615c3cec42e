package fr.parole.coding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A learned model as numbers: for each of its codes a bias, and for each feature it knows a
 * weight per code. A text's score for a code is the bias plus the weights of the features it has;
 * for naive Bayes, divided by how many known features it has plus one (the geometric mean of its
 * factors, see {@link BayesScores}). One map lookup per feature whatever the number of codes, so a
 * model of fourteen codes costs about what a model of one does. Models are trained by OpenNLP
 * ({@link Learner}) and kept in this form in the model file ({@link ModelFile}).
 */
final class WeightTable {
  private final String[] labels;
  private final double[] bias;
  private final Map<String, double[]> weights;
  private final boolean averaged;

  /** {@code averaged}: the sum is divided by the number of known features plus one (naive Bayes). */
  WeightTable(String[] labels, double[] bias, Map<String, double[]> weights, boolean averaged) {
    this.averaged = averaged;
    this.labels = labels.clone(); // may hold nulls when only scores are read (BayesScores)
    this.bias = bias.clone();
    this.weights = new HashMap<>(weights);
  }

  /** The codes, in the order of the scores. */
  String[] labels() {
    return labels.clone();
  }

  int size() {
    return labels.length;
  }

  /** The score of each code for a text with these features (each once). */
  double[] scores(String[] features) {
    double[] scores = bias.clone();
    int known = 0;
    for (String feature : features) {
      double[] w = weights.get(feature);
      if (w == null) {
        continue; // a word the model never saw says nothing
      }
      known++;
      for (int i = 0; i < scores.length; i++) {
        scores[i] += w[i];
      }
    }
    if (averaged) {
      for (int i = 0; i < scores.length; i++) {
        scores[i] /= known + 1;
      }
    }
    return scores;
  }

  /**
   * How much {@code feature} pushes a text towards the code at {@code label}: its weight there, or,
   * when {@code againstOthers} (one model choosing among the codes), its weight there less its mean
   * weight for the other codes, since only the difference moves the choice; NaN for a feature the
   * model never saw. Divided as the scores are, so weights of one text compare with each other.
   */
  double lean(String feature, int label, boolean againstOthers) {
    double[] w = weights.get(feature);
    if (w == null) {
      return Double.NaN;
    }
    double lean = w[label];
    if (againstOthers && w.length > 1) {
      double others = 0;
      for (int i = 0; i < w.length; i++) {
        others += i == label ? 0 : w[i];
      }
      lean -= others / (w.length - 1);
    }
    return lean;
  }

  /** {@code scores} (log-probabilities up to a constant) as probabilities that sum to 1. */
  static double[] softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double[] p = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      p[i] = Math.exp(scores[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Writes the table, features in sorted order so that the same model gives the same bytes. */
  void write(DataOutputStream out) throws IOException {
    out.writeBoolean(averaged);
    out.writeInt(labels.length);
    for (int i = 0; i < labels.length; i++) {
      out.writeUTF(labels[i]);
      out.writeDouble(bias[i]);
    }
    Map<String, double[]> sorted = new TreeMap<>(weights);
    out.writeInt(sorted.size());
    for (Map.Entry<String, double[]> entry : sorted.entrySet()) {
      out.writeUTF(entry.getKey());
      for (double w : entry.getValue()) {
        out.writeDouble(w);
      }
    }
  }

  static WeightTable read(DataInputStream in) throws IOException {
    boolean averaged = in.readBoolean();
    int n = in.readInt();
    String[] labels = new String[n];
    double[] bias = new double[n];
    for (int i = 0; i < n; i++) {
      labels[i] = in.readUTF();
      bias[i] = in.readDouble();
    }
    int features = in.readInt();
    Map<String, double[]> weights = new HashMap<>(features * 2);
    for (int f = 0; f < features; f++) {
      String feature = in.readUTF();
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = in.readDouble();
      }
      weights.put(feature, w);
    }
    return new WeightTable(labels, bias, weights, averaged);
  }
}
