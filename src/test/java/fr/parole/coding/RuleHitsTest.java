package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleHitsTest {
  private final Codebook book = new CodebookReader().parse("essai.yaml", CodebookReaderTest.SMALL);

  @Test
  void aSubCodeHitCountsForTheCodePeopleUse() {
    RuleHits hits = RuleHits.count(book.dimension("type").orElseThrow(), List.of(
        Tagged.text("On n'a pas le temps de les recevoir."),
        Tagged.text("Le manque de temps est un frein, mais la formation aide."),
        Tagged.text("Le repas était bon.")), List.of(Set.of("obstacle"), Set.of("levier"), Set.of("obstacle")),
        new RuleCoder(book));
    // manque_de_temps fires twice and speaks for obstacle (the code used); right once.
    assertArrayEquals(new int[] {2, 1}, hits.of("obstacle"));
    // formation* fires once, on a lever.
    assertArrayEquals(new int[] {1, 1}, hits.of("levier"));
    assertEquals("levier=1/1;obstacle=2/1", hits.toString());
    assertArrayEquals(hits.of("obstacle"), RuleHits.parse(hits.toString()).of("obstacle"));
  }

  @Test
  void aHitOnACodeNobodyUsedIsCountedUnderItAndNeverRight() {
    RuleHits hits = RuleHits.count(book.dimension("type").orElseThrow(), List.of(
        Tagged.text("La formation commune aide."), Tagged.text("On n'a pas le temps.")),
        List.of(Set.of("obstacle"), Set.of("obstacle")), new RuleCoder(book));
    assertArrayEquals(new int[] {1, 0}, hits.of("levier"), "levier was never used: its rule was wrong here");
    assertTrue(hits.precision("levier") < RuleCoder.RULE_CONFIDENCE);
  }

  @Test
  void aTextWithSeveralCodesMakesEachOfTheirRulesRight() {
    RuleHits hits = RuleHits.count(book.dimension("type").orElseThrow(), List.of(
        Tagged.text("La formation aide mais on manque de temps.")), List.of(Set.of("levier", "obstacle")),
        new RuleCoder(book));
    assertArrayEquals(new int[] {1, 1}, hits.of("levier"));
    assertArrayEquals(new int[] {1, 1}, hits.of("obstacle"));
  }

  @Test
  void precisionStartsAtTheRuleConfidenceAndStaysBetweenZeroAndOne() {
    assertEquals(RuleCoder.RULE_CONFIDENCE, RuleHits.parse(null).precision("levier"), 1e-9);
    double allWrong = RuleHits.parse("levier=50/0").precision("levier");
    double allRight = RuleHits.parse("levier=50/50").precision("levier");
    assertTrue(allWrong > 0 && allWrong < 0.1, String.valueOf(allWrong));
    assertTrue(allRight < 1 && allRight > RuleCoder.RULE_CONFIDENCE, String.valueOf(allRight));
    assertEquals((1 + 2 * 0.8) / (3 + 2), RuleHits.parse("levier=3/1").precision("levier"), 1e-9);
  }
}
