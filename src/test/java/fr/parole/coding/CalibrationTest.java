package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  /** Texts whose code applies with probability σ(2·score − 1), and a rule "r#0" that fires on 60 % of positives. */
  private static Calibration fitted(boolean withRules, long seed) {
    Random random = new Random(seed);
    int n = 4000;
    double[] scores = new double[n];
    boolean[] positive = new boolean[n];
    List<List<String>> fired = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextGaussian() * 2;
      positive[i] = random.nextDouble() < Calibration.sigmoid(2 * scores[i] - 1);
      fired.add(positive[i] && random.nextDouble() < 0.6 || !positive[i] && random.nextDouble() < 0.05
          ? List.of("code#0") : List.of());
    }
    return Calibration.fit(scores, fired, positive, withRules);
  }

  @Test
  void withoutRulesItRecoversTheScoresScaleAndOffset() {
    Calibration alone = fitted(false, 1);
    assertEquals(2, alone.a(), 0.25);
    assertEquals(-1, alone.c(), 0.25);
    assertEquals(0, alone.b());
    assertTrue(alone.rules().isEmpty());
  }

  @Test
  void aRuleThatFiresMostlyOnTextsWithTheCodeRaisesTheirProbability() {
    Calibration withRules = fitted(true, 2);
    double b = withRules.b() + withRules.rules().getOrDefault("code#0", 0.0);
    assertTrue(b > 1, "the rule is evidence: " + withRules);
    assertTrue(withRules.probability(0, List.of("code#0")) > withRules.probability(0, List.of()));
  }

  @Test
  void perfectlySeparatedTextsGiveAFiniteFit() {
    double[] scores = {-3, -2, -1, 1, 2, 3};
    boolean[] positive = {false, false, false, true, true, true};
    Calibration c = Calibration.fit(scores, List.of(List.of(), List.of(), List.of(), List.of("x#0"), List.of("x#0"),
        List.of("x#1")), positive, true);
    assertTrue(Double.isFinite(c.a()) && Double.isFinite(c.b()) && Double.isFinite(c.c()), c.toString());
    double high = c.probability(3, List.of("x#1"));
    assertTrue(high > 0.5 && high < 1, String.valueOf(high));
  }

  @Test
  void itIsWrittenAndReadBack() {
    Calibration c = fitted(true, 3);
    assertEquals(c, Calibration.parse(c.toString()));
  }

  @Test
  void theThresholdIsHalfTheBestF1AndNeedsFiveTexts() {
    double[] p = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4, 0.3, 0.2, 0.1, 0.05};
    boolean[] y = {true, true, true, true, false, true, false, false, false, false};
    ThresholdChoice.Choice choice = ThresholdChoice.best(p, y);
    // Best: counting the 6 first (5 of 5 positives, one wrong), F1 = 10/11; threshold 5/11.
    assertEquals(10.0 / 11, 2 * choice.threshold(), 1e-9);
    assertEquals(ThresholdChoice.f1(p, y, choice.threshold()), choice.f1(), 1e-9);
    assertEquals(0.8, choice.f1(), 1e-9, "at 5/11 the text at 0.4 is left out: the F1 recorded is the one there");
    boolean[] four = {true, true, true, true, false, false, false, false, false, false};
    assertNull(ThresholdChoice.best(p, four), "four texts: no calibrated threshold");
  }

  @Test
  void aCodeTheModelCannotTellApartGetsNoThresholdUnlessItsDimensionIsExclusive() {
    // Half the texts have the code and the probabilities say nothing of which: counting all of them
    // (F1 2/3) is as good as any threshold.
    double[] p = new double[20];
    boolean[] y = new boolean[20];
    for (int i = 0; i < 20; i++) {
      p[i] = 0.3 + 0.01 * i;
      y[i] = i % 2 == 0;
    }
    assertNull(ThresholdChoice.best(p, y), "no better than counting every text");
    assertTrue(ThresholdChoice.best(p, y, false) != null, "an exclusive dimension keeps its threshold");
  }
}
