package fr.parole.coding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Turns a model's score for a code into the probability that the code applies, and lets the
 * code's rules weigh in: {@code p = σ(a·score + b·[a rule fired] + Σ d_k·[rule k fired] + c)}. This is
 * Platt scaling (Platt 1999) with the rules as more inputs, fitted on scores the model gave to
 * texts it was not trained on (cross-validation inside training), so that a 0.7 means that about
 * 7 texts in 10 so scored had the code, and a rule counts for what it was worth on those texts
 * rather than for a fixed weight: {@code b} for the code's rules together, and {@code d_k} for what
 * rule k was worth more or less than the others (a rule on "infirmière" is surer than one on
 * "personnel"). Platt's smoothed targets, a small ridge on {@code a} and {@code b} and a larger one
 * on each {@code d_k} (a rule that fired on few texts stays close to its code's {@code b}) keep the
 * fit finite when a few examples separate perfectly.
 *
 * @param a weight of the model's score
 * @param b weight of a hit of any of the code's rules (0 when fitted without rules)
 * @param c intercept
 * @param rules per rule ({@code code#index} in the codebook), its own extra weight
 */
record Calibration(double a, double b, double c, Map<String, Double> rules) {
  /** Ridge on a and b, as if one more observation pulled each towards 0. */
  private static final double RIDGE = 1.0;
  /** Ridge on each rule's own weight: a rule must fire on several texts to stand apart from its code's. */
  private static final double RULE_RIDGE = 3.0;
  private static final int ITERATIONS = 100;

  Calibration {
    rules = Collections.unmodifiableMap(new TreeMap<>(rules));
  }

  /** A calibration without per-rule weights. */
  Calibration(double a, double b, double c) {
    this(a, b, c, Map.of());
  }

  /** The probability of the code for a text with this score, the code's rules in {@code fired} having fired. */
  double probability(double score, Collection<String> fired) {
    double z = a * score + c;
    if (!fired.isEmpty()) {
      z += b;
      for (String rule : fired) {
        z += rules.getOrDefault(rule, 0.0);
      }
    }
    return sigmoid(z);
  }

  /**
   * Fits the calibration on held-out scores, {@code fired} holding for each text the code's rules
   * that fired on it; {@code withRules} false fits the model alone ({@code b = 0}, no rule weights).
   * Newton-Raphson with step halving on the penalised log-likelihood, from a = 1 and the rest 0.
   */
  static Calibration fit(double[] scores, List<? extends Collection<String>> fired, boolean[] positive,
      boolean withRules) {
    int n = scores.length;
    List<String> keys = new ArrayList<>();
    if (withRules) {
      fired.forEach(f -> f.stream().filter(k -> !keys.contains(k)).forEach(keys::add));
      Collections.sort(keys);
    }
    int d = 3 + keys.size();
    double[][] x = new double[n][d];
    int positives = 0;
    for (boolean p : positive) {
      positives += p ? 1 : 0;
    }
    double[] target = new double[n];
    for (int i = 0; i < n; i++) {
      target[i] = positive[i] ? (positives + 1.0) / (positives + 2.0) : 1.0 / (n - positives + 2.0);
      x[i][0] = scores[i];
      x[i][2] = 1;
      if (withRules && !fired.get(i).isEmpty()) {
        x[i][1] = 1;
        for (String key : fired.get(i)) {
          x[i][3 + keys.indexOf(key)] = 1;
        }
      }
    }
    double[] ridge = new double[d];
    ridge[0] = RIDGE;
    ridge[1] = RIDGE;
    for (int j = 3; j < d; j++) {
      ridge[j] = RULE_RIDGE;
    }
    double[] w = new double[d];
    w[0] = 1;
    double loss = loss(w, x, target, ridge);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int j = 0; j < d; j++) {
        gradient[j] = ridge[j] * w[j];
        hessian[j][j] = ridge[j] + 1e-9;
      }
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(w, x[i]));
        double residual = p - target[i];
        double weight = Math.max(p * (1 - p), 1e-12);
        for (int j = 0; j < d; j++) {
          if (x[i][j] == 0) {
            continue;
          }
          gradient[j] += residual * x[i][j];
          for (int k = 0; k < d; k++) {
            hessian[j][k] += weight * x[i][j] * x[i][k];
          }
        }
      }
      RealVector step = new LUDecomposition(new Array2DRowRealMatrix(hessian, false)).getSolver()
          .solve(new ArrayRealVector(gradient, false));
      // Newton's step, halved until the loss goes down (a full step can overshoot on separable data).
      double[] next = new double[d];
      double nextLoss = Double.POSITIVE_INFINITY;
      for (double length = 1; length > 1e-6; length /= 2) {
        for (int j = 0; j < d; j++) {
          next[j] = w[j] - length * step.getEntry(j);
        }
        nextLoss = loss(next, x, target, ridge);
        if (nextLoss <= loss) {
          break;
        }
      }
      if (!(nextLoss <= loss)) {
        break;
      }
      boolean converged = loss - nextLoss < 1e-10;
      w = next.clone();
      loss = nextLoss;
      if (converged) {
        break;
      }
    }
    Map<String, Double> rules = new TreeMap<>();
    for (int k = 0; k < keys.size(); k++) {
      rules.put(keys.get(k), w[3 + k]);
    }
    return new Calibration(w[0], withRules ? w[1] : 0, w[2], rules);
  }

  /** The penalised negative log-likelihood of {@code w} (cross-entropy against the smoothed targets). */
  private static double loss(double[] w, double[][] x, double[] target, double[] ridge) {
    double loss = 0;
    for (int j = 0; j < w.length; j++) {
      loss += ridge[j] / 2 * w[j] * w[j];
    }
    for (int i = 0; i < x.length; i++) {
      double z = dot(w, x[i]);
      // log(1 + e^z) - t·z, computed without overflow
      loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - target[i] * z;
    }
    return loss;
  }

  private static double dot(double[] w, double[] x) {
    double z = 0;
    for (int j = 0; j < w.length; j++) {
      z += w[j] * x[j];
    }
    return z;
  }

  static double sigmoid(double x) {
    return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
  }

  /** {@code a,b,c} then {@code ;rule=d} for each rule weight, as kept in a model file. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.17g,%.17g,%.17g", a, b, c));
    rules.forEach((rule, weight) -> text.append(';').append(rule).append('=')
        .append(String.format(Locale.ROOT, "%.17g", weight)));
    return text.toString();
  }

  /** Reads {@link #toString()}. */
  static Calibration parse(String text) {
    String[] parts = text.split(";");
    String[] abc = parts[0].split(",");
    Map<String, Double> rules = new TreeMap<>();
    for (int i = 1; i < parts.length; i++) {
      int eq = parts[i].lastIndexOf('=');
      rules.put(parts[i].substring(0, eq), Double.parseDouble(parts[i].substring(eq + 1)));
    }
    return new Calibration(Double.parseDouble(abc[0]), Double.parseDouble(abc[1]), Double.parseDouble(abc[2]), rules);
  }
}
