package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultiLabelEvaluationTest {
  private static MultiLabelItem item(String id, Set<String> gold, Set<String> predicted) {
    return new MultiLabelItem(id, "esatis", gold, predicted);
  }

  /** Four comments, 5 possible themes; checked by hand (and against scikit-learn's definitions). */
  private static final List<MultiLabelItem> ITEMS = List.of(
      item("1", Set.of("attente", "repas"), Set.of("attente", "repas")),
      item("2", Set.of("attente", "chambre"), Set.of("attente")),
      item("3", Set.of("repas"), Set.of("repas", "cout")),
      item("4", Set.of(), Set.of()));

  @Test
  void microPoolsDecisionsMacroAveragesCodes() {
    MultiLabelEvaluation e = MultiLabelEvaluation.evaluate("esatis", ITEMS, 5);
    // attente 2/0/0, chambre 0/0/1, cout 0/1/0, repas 2/0/0: TP 4, FP 1, FN 1.
    assertEquals(List.of(new CodeScores("attente", 2, 0, 0), new CodeScores("chambre", 0, 0, 1),
        new CodeScores("cout", 0, 1, 0), new CodeScores("repas", 2, 0, 0)), e.codes());
    assertEquals(0.8, e.microPrecision(), 1e-9);
    assertEquals(0.8, e.microRecall(), 1e-9);
    assertEquals(0.8, e.microF1(), 1e-9);
    assertEquals((1 + 0 + 0 + 1) / 4.0, e.macroF1(), 1e-9, "F1 per code 1, 0, 0, 1");
    assertEquals((1 + 0 + 0 + 1) / 4.0, e.macroPrecision(), 1e-9, "chambre never predicted: 0, not left out");
    assertEquals(2.0 / (4 * 5), e.hammingLoss(), 1e-9);
    assertEquals(0.5, e.exactMatch(), 1e-9);
    assertEquals(1, e.goldEmpty());
    assertEquals(1, e.predictedEmpty());
    assertEquals(1, e.bothEmpty());
  }

  @Test
  void aUnitTwiceIsRefused() {
    assertThrows(AgreementException.class, () -> MultiLabelEvaluation.evaluate("esatis",
        List.of(item("1", Set.of(), Set.of()), item("1", Set.of(), Set.of())), 5));
  }

  @Test
  void nothingToScoreGivesNaNNotZero() {
    MultiLabelEvaluation e = MultiLabelEvaluation.evaluate("esatis", List.of(item("1", Set.of(), Set.of())), 5);
    assertEquals(Double.NaN, e.microF1());
    assertEquals(0.0, e.hammingLoss());
  }
}
