package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UncertaintyTest {
  private static Map<String, Double> ranked(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return map;
  }

  @Test
  void exclusiveIsOneMinusTheMarginOfTheTwoBest() {
    assertEquals(0.9, Uncertainty.of(ranked("a", 0.5, "b", 0.4, "c", 0.1), true, Map.of()), 1e-9);
    assertEquals(0.2, Uncertainty.of(ranked("a", 0.9, "b", 0.1), true, Map.of()), 1e-9);
    assertEquals(0.0, Uncertainty.of(ranked("a", 1.0), true, Map.of()), 1e-9);
  }

  @Test
  void nonExclusiveIsTheCodeClosestToItsThreshold() {
    // 0.3 under 0.6: half-way to sure "no"; 0.95 over 0.5: 0.9 of the way to sure "yes"
    assertEquals(0.5, Uncertainty.of(ranked("a", 0.3), false, Map.of("a", 0.6)), 1e-9);
    assertEquals(0.5, Uncertainty.of(ranked("b", 0.95, "a", 0.3), false, Map.of("a", 0.6)), 1e-9);
    assertEquals(1.0, Uncertainty.of(ranked("a", 0.6), false, Map.of("a", 0.6)), 1e-9);
  }

  @Test
  void moreUnsureRanksHigher() {
    double sure = Uncertainty.of(ranked("a", 0.99), false, Map.of());
    double unsure = Uncertainty.of(ranked("a", 0.55), false, Map.of());
    assertTrue(unsure > sure);
    assertEquals(0, Uncertainty.of(Map.of(), false, Map.of()));
  }
}
