package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code parole evaluate} on a fixed confusion matrix, values worked out by hand. Dimension
 * {@code type}, 10 units (L = levier, O = obstacle, R = ressource, A = autre, — = no suggestion):
 *
 * <pre>
 *   gold \ predicted   L   O   A   —
 *   L                  3   1   0   1
 *   O                  1   2   1   0
 *   R                  0   1   0   0
 * </pre>
 */
class EvaluationTest {
  private static final String L = "type/levier";
  private static final String O = "type/obstacle";
  private static final String R = "type/ressource";
  private static final String A = "type/autre";

  private static List<EvaluationItem> items() {
    return List.of(
        new EvaluationItem("u1", "type", L, L),
        new EvaluationItem("u2", "type", L, L),
        new EvaluationItem("u3", "type", L, L),
        new EvaluationItem("u4", "type", L, O),
        new EvaluationItem("u5", "type", L, null),
        new EvaluationItem("u6", "type", O, O),
        new EvaluationItem("u7", "type", O, O),
        new EvaluationItem("u8", "type", O, L),
        new EvaluationItem("u9", "type", O, A),
        new EvaluationItem("u10", "type", R, O),
        new EvaluationItem("u1", "niveau", "niveau/individuel", "niveau/individuel"),
        new EvaluationItem("u2", "niveau", "niveau/individuel", "niveau/individuel"));
  }

  @Test
  void accuracyAndKappaPerDimension() {
    DimensionEvaluation type = Evaluation.evaluate(items()).dimension("type").orElseThrow();

    assertEquals(10, type.units());
    assertEquals(5, type.correct()); // the diagonal: 3 + 2
    assertEquals(0.5, type.accuracy(), 1e-12);
    // kappa, "no suggestion" being a category: gold L 5, O 4, R 1; predicted L 4, O 4, A 1, — 1.
    // Σ a_c·b_c = 5·4 + 4·4 = 36; (10·5 − 36) / (100 − 36) = 14/64 = 7/32.
    assertEquals(7.0 / 32, type.kappa().value(), 1e-12);
    assertEquals(10, type.kappa().units());
  }

  @Test
  void precisionRecallAndF1PerCode() {
    DimensionEvaluation type = Evaluation.evaluate(items()).dimension("type").orElseThrow();
    assertEquals(List.of(A, L, O, R), type.codes().stream().map(CodeScores::code).toList());

    // autre: predicted once (u9), never in gold: P = 0/1, R = 0/0 undefined, F1 = 0/(0 + 1 + 0) = 0.
    CodeScores autre = type.codes().get(0);
    assertEquals(new CodeScores(A, 0, 1, 0), autre);
    assertEquals(0, autre.support());
    assertEquals(0.0, autre.precision());
    assertTrue(Double.isNaN(autre.recall()));
    assertEquals(0.0, autre.f1());

    // levier: TP 3; FP 1 (u8); FN 2 (u4, and u5 left without suggestion).
    // P = 3/4, R = 3/5, F1 = 2·3 / (2·3 + 1 + 2) = 6/9 = 2/3 (= 2·P·R / (P + R) = 0.9/1.35).
    CodeScores levier = type.codes().get(1);
    assertEquals(new CodeScores(L, 3, 1, 2), levier);
    assertEquals(5, levier.support());
    assertEquals(0.75, levier.precision(), 1e-12);
    assertEquals(0.6, levier.recall(), 1e-12);
    assertEquals(2.0 / 3, levier.f1(), 1e-12);

    // obstacle: TP 2; FP 2 (u4, u10); FN 2 (u8, u9): P = R = F1 = 1/2.
    CodeScores obstacle = type.codes().get(2);
    assertEquals(new CodeScores(O, 2, 2, 2), obstacle);
    assertEquals(0.5, obstacle.precision(), 1e-12);
    assertEquals(0.5, obstacle.recall(), 1e-12);
    assertEquals(0.5, obstacle.f1(), 1e-12);

    // ressource: in gold once (u10), never predicted: P = 0/0 undefined, R = 0, F1 = 0.
    CodeScores ressource = type.codes().get(3);
    assertEquals(new CodeScores(R, 0, 0, 1), ressource);
    assertTrue(Double.isNaN(ressource.precision()));
    assertEquals(0.0, ressource.recall());
    assertEquals(0.0, ressource.f1());
  }

  @Test
  void macroAveragesCountUndefinedValuesAsZero() {
    DimensionEvaluation type = Evaluation.evaluate(items()).dimension("type").orElseThrow();

    // Over the 4 codes (autre, levier, obstacle, ressource):
    // P = (0 + 3/4 + 1/2 + 0) / 4 = 5/16;  R = (0 + 3/5 + 1/2 + 0) / 4 = 11/40;
    // F1 = (0 + 2/3 + 1/2 + 0) / 4 = 7/24.
    assertEquals(5.0 / 16, type.macroPrecision(), 1e-12);
    assertEquals(11.0 / 40, type.macroRecall(), 1e-12);
    assertEquals(7.0 / 24, type.macroF1(), 1e-12);
  }

  @Test
  void dimensionsAreEvaluatedSeparately() {
    EvaluationReport report = Evaluation.evaluate(items());
    assertEquals(List.of("niveau", "type"), report.dimensions().stream().map(DimensionEvaluation::dimension).toList());

    DimensionEvaluation niveau = report.dimension("niveau").orElseThrow();
    assertEquals(1.0, niveau.accuracy());
    assertEquals(1.0, niveau.macroF1());
    // One code for both gold and machine: kappa is undefined, and says so.
    assertTrue(Double.isNaN(niveau.kappa().value()));
    assertTrue(niveau.kappa().undefinedReason().orElseThrow().contains("niveau/individuel"));
  }

  @Test
  void twoMissingLabelsAgreeButAreNoCode() {
    DimensionEvaluation type = Evaluation.evaluate(List.of(
        new EvaluationItem("u1", "type", null, null),
        new EvaluationItem("u2", "type", L, L))).dimension("type").orElseThrow();

    assertEquals(1.0, type.accuracy());
    assertEquals(1.0, type.kappa().value(), 1e-12); // (aucun) and levier: two categories, all agree
    assertEquals(List.of(new CodeScores(L, 1, 0, 0)), type.codes());
  }

  @Test
  void aUnitTwiceInADimensionIsAUserError() {
    AgreementException e = assertThrows(AgreementException.class, () -> Evaluation.evaluate(List.of(
        new EvaluationItem("u1", "type", L, L),
        new EvaluationItem("u1", "type", O, L))));
    assertTrue(e.getMessage().contains("u1"), e.getMessage());
  }
}
