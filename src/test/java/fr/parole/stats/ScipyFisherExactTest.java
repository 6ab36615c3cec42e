package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Two-sided Fisher exact p-values against SciPy's {@code fisher_exact} (reference.py). */
class ScipyFisherExactTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void matchesScipy() {
    assertEquals(0.034965034965034975, FisherExactTest.twoSided(8, 2, 1, 5), TOLERANCE);
    // Symmetric table: the observed table and its mirror are equally likely, both count.
    assertEquals(0.48571428571428565, FisherExactTest.twoSided(3, 1, 1, 3), TOLERANCE);
    assertEquals(2.2980903403169824e-09, FisherExactTest.twoSided(120, 80, 60, 140), 1e-18);
    assertEquals(0.004662004662004661, FisherExactTest.twoSided(0, 7, 6, 1), TOLERANCE);
  }

  @Test
  void degenerateMarginsGiveOne() {
    assertEquals(1.0, FisherExactTest.twoSided(0, 0, 3, 4));
    assertEquals(1.0, FisherExactTest.twoSided(5, 0, 3, 0));
  }
}
