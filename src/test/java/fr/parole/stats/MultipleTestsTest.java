package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holm's adjustment against its definition computed apart (reference_per_code.py, standard library
 * only: SciPy could not be installed; values in reference-per-code-output.txt), and R's documented
 * behaviour ({@code p.adjust(c(0.5, 0.6), "holm")} is 1, 1).
 */
class MultipleTestsTest {
  @Test
  void holmMatchesItsDefinition() {
    assertList(List.of(0.03, 0.06, 0.06, 0.02), MultipleTests.holm(List.of(0.01, 0.04, 0.03, 0.005)));
    assertList(List.of(1.0, 1.0), MultipleTests.holm(List.of(0.5, 0.6)));
    // Ties keep their order and share their adjusted value.
    assertList(List.of(0.06, 0.06, 0.9), MultipleTests.holm(List.of(0.02, 0.02, 0.9)));
    assertEquals(List.of(), MultipleTests.holm(List.of()));
    assertList(List.of(0.2), MultipleTests.holm(List.of(0.2)));
  }

  @Test
  void refusesWhatIsNoPValue() {
    assertThrows(IllegalArgumentException.class, () -> MultipleTests.holm(List.of(0.1, 1.5)));
    assertThrows(IllegalArgumentException.class, () -> MultipleTests.holm(List.of(Double.NaN)));
  }

  private static void assertList(List<Double> expected, List<Double> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), 1e-12, "p " + i);
    }
  }
}
