package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.CodebookLibrary;
import fr.parole.study.LearningQueries.WindowRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** « Les plus utiles d'abord »: the segment the model is least sure of comes first. */
class UncertainFirstTest {
  @Test
  void theMostUnsureSegmentComesFirstAndPassingGoesToTheNext() {
    UncertainFirst order = new UncertainFirst(new CodebookLibrary().load("esatis"));
    List<WindowRow> window = List.of(
        new WindowRow(1, 10, "esatis/repas", 0.98, 0.5), // sure: far above its threshold
        new WindowRow(2, 11, "esatis/chambre", 0.52, 0.5), // unsure: at its threshold
        new WindowRow(3, 11, "esatis/repas", 0.95, 0.5),
        new WindowRow(4, 12, "esatis/attente", 0.30, 0.5)); // fairly unsure
    assertEquals(2L, order.pick(window, -1).orElseThrow(), "the suggestion at its threshold first");
    assertEquals(4L, order.pick(window, 2).orElseThrow(), "passed: the next most unsure");
    assertEquals(1L, order.pick(window, 4).orElseThrow());
    assertEquals(2L, order.pick(window, 1).orElseThrow(), "after the last, the first again");
    assertTrue(order.pick(List.of(), -1).isEmpty());
  }

  @Test
  void inAnExclusiveDimensionTheSmallestMarginComesFirstAndItsChoiceIsShown() {
    UncertainFirst order = new UncertainFirst(new CodebookLibrary().load("partenariat"));
    List<WindowRow> window = List.of(
        new WindowRow(1, 10, "niveau/institutionnel", 0.9, 0.5),
        new WindowRow(2, 10, "niveau/intermediaire", 0.1, 0.5),
        new WindowRow(3, 11, "niveau/institutionnel", 0.45, 0.5),
        new WindowRow(4, 11, "niveau/relation_de_soins", 0.48, 0.5));
    assertEquals(4L, order.pick(window, -1).orElseThrow(), "margin 0.03: the model's choice there");
  }
}
