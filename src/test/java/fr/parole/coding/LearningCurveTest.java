package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.agreement.EvaluationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The learning-curve simulation on the demo's 36 coded quotes. */
class LearningCurveTest {
  private static Codebook book;
  private static GoldLabels gold;
  private static GoldEvaluation evaluation;
  private static LearningCurve curve;

  @BeforeAll
  static void read() {
    book = new CodebookLibrary().load("partenariat");
    gold = GoldLabels.read(book, TextTable.read(Path.of("corpora/demo/reference/gold-partenariat.tsv")), Map.of());
    evaluation = new GoldEvaluation(Tagged.tagger());
    curve = new LearningCurve(book, gold, evaluation, "shipped", List.of());
  }

  /** The rows of {@code ids} in that order, or ({@code in} false) every other row. */
  private static List<GoldLabels.Labelled> rows(List<String> ids, boolean in) {
    if (in) {
      return ids.stream().map(id -> gold.rows().stream().filter(r -> r.row().id().equals(id)).findFirst().orElseThrow())
          .toList();
    }
    return gold.rows().stream().filter(r -> !ids.contains(r.row().id())).toList();
  }

  private static Map<String, Double> thresholds(LearnedCoder model) {
    Map<String, Double> thresholds = new HashMap<>();
    CodeThresholds.of(book, Optional.ofNullable(model)).forEach(t -> thresholds.put(t.code(), t.value()));
    return thresholds;
  }

  @Test
  void figuresAreThoseOfTheModelOfTheDecisionsOnTheSegmentsNotYetCoded() {
    LearningCurve.Point at10 = curve.run(LearningCurve.Order.RANDOM, 3, List.of(10)).get(0);
    assertEquals(10, at10.coded().size());
    assertEquals(26, at10.uncoded());
    // In the order decided: the calibration's folds depend on it.
    LearnedCoder model = LearnedCoder.train(book, evaluation.examples(rows(at10.coded(), true)), evaluation::tag);
    List<GoldLabels.Labelled> uncoded = rows(at10.coded(), false);
    EvaluationReport learned = evaluation.report(gold, evaluation.predict(gold, uncoded, CombinedCoder.of(book, model),
        thresholds(model)));
    EvaluationReport rules = evaluation.report(gold, evaluation.predict(gold, uncoded, new RuleCoder(book),
        thresholds(null)));
    assertEquals(CoderExperiment.figures(learned, "type")[0], at10.learned().get("type"), 1e-12);
    assertEquals(CoderExperiment.figures(learned, "niveau")[0], at10.learned().get("niveau"), 1e-12);
    assertEquals(CoderExperiment.figures(rules, "type")[0], at10.rules().get("type"), 1e-12);
    EvaluationReport everywhere = evaluation.report(gold, evaluation.predict(gold, gold.rows(),
        CombinedCoder.of(book, model), thresholds(model)));
    assertNotEquals(CoderExperiment.figures(everywhere, "type")[0], at10.learned().get("type"),
        "scored on the coded segments too, the figure would differ");
  }

  @Test
  void theQueueTakesTheMostUnsureSegment() {
    List<String> first = curve.run(LearningCurve.Order.RANDOM, 5, List.of(12)).get(0).coded();
    LearnedCoder model = LearnedCoder.train(book, evaluation.examples(rows(first, true)), evaluation::tag);
    List<Integer> uncoded = new ArrayList<>();
    IntStream.range(0, gold.rows().size()).filter(i -> !first.contains(gold.rows().get(i).row().id()))
        .forEach(uncoded::add);
    int pick = curve.mostUnsure(uncoded, model);
    double most = curve.uncertainty(uncoded.get(pick), model);
    for (int row : uncoded) {
      assertTrue(curve.uncertainty(row, model) <= most, "row " + row + " is more unsure than the pick");
    }
    assertTrue(uncoded.stream().map(r -> curve.uncertainty(r, model)).distinct().count() > 2, "the measure varies");
    assertEquals(0, curve.mostUnsure(uncoded, null), "without a model, the shuffle's first");
  }

  @Test
  void bothOrdersStartAlikeThenTheQueueChoosesAndTheRandomOrderFollowsItsSeed() {
    List<String> random = curve.run(LearningCurve.Order.RANDOM, 9, List.of(20)).get(0).coded();
    List<String> queue = curve.run(LearningCurve.Order.QUEUE, 9, List.of(20)).get(0).coded();
    assertEquals(random.get(0), queue.get(0), "no model before the first decision: the seed decides");
    assertNotEquals(random, queue);
    assertEquals(random, curve.run(LearningCurve.Order.RANDOM, 9, List.of(20)).get(0).coded());
    assertEquals(20, Set.copyOf(queue).size(), "each segment is decided once");
    assertTrue(curve.run(LearningCurve.Order.RANDOM, 9, List.of(50, 100)).isEmpty(), "36 segments: no point at 50");
  }

  @Test
  void theModelIsRetrainedAfterEachDecisionUpTo20ThenEvery5() {
    assertTrue(IntStream.rangeClosed(1, 20).allMatch(LearningCurve::retrainsAfter));
    assertFalse(LearningCurve.retrainsAfter(21));
    assertTrue(LearningCurve.retrainsAfter(25));
    assertFalse(LearningCurve.retrainsAfter(99));
    assertTrue(LearningCurve.retrainsAfter(100));
  }

  @Test
  void withAHeldOutSplitBothOrdersAreScoredOnTheSameSegmentsNeverOffered() {
    List<Integer> held = curve.heldOut(0.3, 13);
    assertEquals(held, curve.heldOut(0.3, 13), "the split is fixed by its own seed");
    assertTrue(held.size() >= 9 && held.size() <= 13, "about 30 % of the 36 quotes: " + held.size());
    java.util.Set<String> heldIds = new java.util.HashSet<>();
    held.forEach(i -> heldIds.add(gold.rows().get(i).row().id()));
    for (LearningCurve.Order order : LearningCurve.Order.values()) {
      for (long seed = 1; seed <= 2; seed++) {
        LearningCurve.Point at20 = curve.run(order, seed, List.of(10, 20), held).get(1);
        assertEquals(held.size(), at20.uncoded(), "measured on the held-out split, whatever was decided");
        assertTrue(at20.coded().stream().noneMatch(heldIds::contains), "never offered to the queue: " + order);
      }
    }
    LearningCurve.Point random = curve.run(LearningCurve.Order.RANDOM, 3, List.of(10), held).get(0);
    LearnedCoder model = LearnedCoder.train(book, evaluation.examples(rows(random.coded(), true)), evaluation::tag);
    List<GoldLabels.Labelled> test = held.stream().map(gold.rows()::get).toList();
    EvaluationReport learned = evaluation.report(gold, evaluation.predict(gold, test, CombinedCoder.of(book, model),
        thresholds(model)));
    assertEquals(CoderExperiment.figures(learned, "type")[0], random.learned().get("type"), 1e-12);
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> curve.heldOut(1.0, 13));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> curve.heldOut(0, 13));
  }
}
