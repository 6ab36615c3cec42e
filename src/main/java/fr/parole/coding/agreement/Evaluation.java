package fr.parole.coding.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Evaluates predicted labels against gold labels in exclusive dimensions, for
 * {@code parole evaluate}: each unit has at most one gold label and one predicted label per
 * dimension (the machine's most confident counted suggestion). Non-exclusive dimensions are scored
 * by {@link MultiLabelEvaluation}.
 *
 * <p>Per dimension: accuracy, Cohen's kappa between gold and prediction (computed by
 * {@link CohenKappa}, the gold file and the machine being the two coders), and per code
 * precision, recall, F1 and support ({@link CodeScores}) with macro averages
 * ({@link DimensionEvaluation}).
 *
 * <p>A missing label ({@code null}: no gold code, or no suggestion) is wrong unless the other is
 * missing too. For kappa it is one more category, {@link #NO_LABEL}, so that a unit the machine
 * left uncoded counts as a disagreement rather than disappearing. It is not a code: it gets no
 * precision or recall of its own, but a missing prediction is a false negative for the gold code
 * and a missing gold label makes the prediction a false positive.
 */
public final class Evaluation {
  /** The category standing for "no label" in the kappa study. */
  public static final String NO_LABEL = "(aucun)";

  private Evaluation() {}

  /**
   * Evaluates {@code items}, grouped by dimension.
   *
   * @throws AgreementException if a unit appears twice in the same dimension
   */
  public static EvaluationReport evaluate(Collection<EvaluationItem> items) {
    Objects.requireNonNull(items, "items");
    Map<String, List<EvaluationItem>> byDimension = new TreeMap<>();
    Set<List<String>> seen = new HashSet<>();
    for (EvaluationItem item : items) {
      if (!seen.add(List.of(item.dimension(), item.unitId()))) {
        throw new AgreementException("L'unité « " + item.unitId() + " » apparaît deux fois dans la dimension « "
            + item.dimension() + " » : gardez une seule étiquette de référence par unité et par dimension.");
      }
      byDimension.computeIfAbsent(item.dimension(), d -> new ArrayList<>()).add(item);
    }
    List<DimensionEvaluation> dimensions = new ArrayList<>();
    byDimension.forEach((dimension, dimensionItems) -> dimensions.add(evaluate(dimension, dimensionItems)));
    return new EvaluationReport(dimensions);
  }

  private static DimensionEvaluation evaluate(String dimension, List<EvaluationItem> items) {
    int correct = 0;
    AgreementStudy study = new AgreementStudy("référence", "prédiction");
    SortedSet<String> codes = new TreeSet<>();
    for (EvaluationItem item : items) {
      if (item.isCorrect()) {
        correct++;
      }
      study.addUnit(item.unitId(), orNoLabel(item.gold()), orNoLabel(item.predicted()));
      if (item.gold() != null) {
        codes.add(item.gold());
      }
      if (item.predicted() != null) {
        codes.add(item.predicted());
      }
    }
    List<CodeScores> scores = new ArrayList<>();
    for (String code : codes) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (EvaluationItem item : items) {
        boolean gold = code.equals(item.gold());
        boolean predicted = code.equals(item.predicted());
        if (gold && predicted) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (gold) {
          fn++;
        }
      }
      scores.add(new CodeScores(code, tp, fp, fn));
    }
    return new DimensionEvaluation(dimension, items.size(), correct, CohenKappa.compute(study), scores);
  }

  private static String orNoLabel(String label) {
    return label == null ? NO_LABEL : label;
  }
}
