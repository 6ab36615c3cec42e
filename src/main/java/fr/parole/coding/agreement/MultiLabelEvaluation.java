package fr.parole.coding.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The evaluation of a non-exclusive dimension, where a unit may carry several codes: per code
 * precision, recall, F1 and support; micro averages (every decision pooled: TP, FP and FN summed
 * over codes, so frequent codes weigh more) and macro averages (the mean of the per-code figures,
 * every code weighing the same; an undefined value counts as 0, over the codes seen in the reference
 * or the predictions); the Hamming loss (the share of unit × code decisions that are wrong, over
 * {@code labels} codes); the exact-match ratio (units whose whole set is right); and how many units
 * have no code in the reference, in the predictions, and in both. See Tsoumakas, Katakis &amp;
 * Vlahavas (2010), "Mining multi-label data", <i>Data Mining and Knowledge Discovery Handbook</i>,
 * and Manning, Raghavan &amp; Schütze (2008), section 13.6.
 *
 * @param labels the number of codes a unit could get (the dimension's codes at the reference's level)
 */
public record MultiLabelEvaluation(String dimension, int units, int labels, List<CodeScores> codes, int exactMatches,
    int goldEmpty, int predictedEmpty, int bothEmpty) implements MacroAverages {
  public MultiLabelEvaluation {
    Objects.requireNonNull(dimension, "dimension");
    codes = List.copyOf(codes);
  }

  /**
   * Evaluates {@code items} of one dimension; {@code labels} is the number of codes a unit could get.
   *
   * @throws AgreementException if a unit appears twice
   */
  public static MultiLabelEvaluation evaluate(String dimension, Collection<MultiLabelItem> items, int labels) {
    SortedSet<String> codes = new TreeSet<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    int exact = 0;
    int goldEmpty = 0;
    int predictedEmpty = 0;
    int bothEmpty = 0;
    for (MultiLabelItem item : items) {
      if (!seen.add(item.unitId())) {
        throw new AgreementException("L'unité « " + item.unitId() + " » apparaît deux fois dans la dimension « "
            + dimension + " ».");
      }
      codes.addAll(item.gold());
      codes.addAll(item.predicted());
      exact += item.gold().equals(item.predicted()) ? 1 : 0;
      goldEmpty += item.gold().isEmpty() ? 1 : 0;
      predictedEmpty += item.predicted().isEmpty() ? 1 : 0;
      bothEmpty += item.gold().isEmpty() && item.predicted().isEmpty() ? 1 : 0;
    }
    List<CodeScores> scores = new ArrayList<>();
    for (String code : codes) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (MultiLabelItem item : items) {
        boolean gold = item.gold().contains(code);
        boolean predicted = item.predicted().contains(code);
        tp += gold && predicted ? 1 : 0;
        fp += predicted && !gold ? 1 : 0;
        fn += gold && !predicted ? 1 : 0;
      }
      scores.add(new CodeScores(code, tp, fp, fn));
    }
    return new MultiLabelEvaluation(dimension, items.size(), Math.max(labels, codes.size()), scores, exact, goldEmpty,
        predictedEmpty, bothEmpty);
  }

  private int sum(java.util.function.ToIntFunction<CodeScores> count) {
    return codes.stream().mapToInt(count).sum();
  }

  public double microPrecision() {
    return ratio(sum(CodeScores::truePositives), sum(CodeScores::truePositives) + sum(CodeScores::falsePositives));
  }

  public double microRecall() {
    return ratio(sum(CodeScores::truePositives), sum(CodeScores::truePositives) + sum(CodeScores::falseNegatives));
  }

  /** 2·TP / (2·TP + FP + FN), every code's decisions pooled. */
  public double microF1() {
    int tp = sum(CodeScores::truePositives);
    return ratio(2 * tp, 2 * tp + sum(CodeScores::falsePositives) + sum(CodeScores::falseNegatives));
  }

  /** (FP + FN) / (units × labels): the share of code decisions that are wrong. */
  public double hammingLoss() {
    return ratio(sum(CodeScores::falsePositives) + sum(CodeScores::falseNegatives), units * labels);
  }

  /** The share of units whose predicted set is exactly the reference's. */
  public double exactMatch() {
    return ratio(exactMatches, units);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
