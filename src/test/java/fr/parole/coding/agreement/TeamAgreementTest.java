package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.junit.jupiter.api.Test;

/**
 * Agreement of several coders at once: Fleiss' kappa on Fleiss' (1971) Table 1, Krippendorff's
 * 4-observer example through the team scores, both cross-checked with DKPro Statistics 2.2.0 on
 * random studies; then the team report built from codings, with its choice of missing values.
 */
class TeamAgreementTest {
  private static final String N = null;

  /** Fleiss (1971), Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 to 5). */
  private static final String[] FLEISS_1971 = {
      "444444", "222555", "233335", "555555", "222444", "113333", "333355", "113334", "114444", "555555",
      "144444", "124444", "222333", "144444", "224445", "333335", "111455", "111112", "224444", "133555",
      "555555", "244444", "224555", "114444", "144445", "222224", "111155", "224444", "133333", "555555"};

  private static List<List<String>> fleiss1971() {
    List<List<String>> units = new ArrayList<>();
    for (String row : FLEISS_1971) {
      units.add(Arrays.asList(row.split("")));
    }
    return units;
  }

  @Test
  void fleissKappaOfFleiss1971() {
    FleissKappa.Result kappa = FleissKappa.compute(fleiss1971());
    assertEquals(0.430, kappa.value(), 1e-3); // as published
    assertEquals(0.556, kappa.observed(), 1e-3);
    assertEquals(0.220, kappa.expected(), 1e-3);
    assertEquals(30, kappa.units());
    assertEquals(6, kappa.coders());
    // With the same six coders everywhere, the pairs' percent agreement is Fleiss' P̄.
    assertEquals(kappa.observed(), PairwisePercent.compute(fleiss1971()).value(), 1e-12);
    assertEquals(30 * 15, PairwisePercent.compute(fleiss1971()).pairs());
  }

  @Test
  void krippendorffFourObserversThroughTheTeamScores() {
    String[][] observers = {
        {"1", "2", "3", "3", "2", "1", "4", "1", "2", N, N, N},
        {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", N, "3"},
        {N, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", N},
        {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", N}};
    List<List<String>> units = new ArrayList<>();
    for (int u = 0; u < observers[0].length; u++) {
      List<String> unit = new ArrayList<>();
      for (String[] observer : observers) {
        unit.add(observer[u]);
      }
      units.add(unit);
    }
    TeamScores scores = TeamScores.of(units);
    assertEquals(0.743, scores.alpha().value(), 1e-3); // as published (Krippendorff 2011, section C)
    assertEquals(113.0 / 152, scores.alpha().value(), 1e-12);
    // Fleiss: the 8 units with all four values (2 to 9); units 1, 10, 11, 12 miss some.
    // Agreeing ordered pairs Σ n(n − 1), units 2 to 9: 6, 12, 12, 12, 0, 12, 6, 12 = 72 of 8·12 = 96.
    assertEquals(8, scores.kappa().units());
    assertEquals(4, scores.kappa().left());
    assertEquals(72.0 / 96, scores.kappa().observed(), 1e-12);
    // Pairs: the 8 complete units make 48, 36 agreeing; units 1 and 10 (three equal values) 3 of 3
    // each; unit 11 (two equal values) 1 of 1; unit 12 (one value) none.
    assertEquals(55, scores.percent().pairs());
    assertEquals(43, scores.percent().agreeingPairs());
    assertEquals(11, scores.units());
  }

  @Test
  void crossCheckedWithDkproOnRandomStudies() throws Exception {
    Random random = new Random(13);
    int compared = 0;
    for (int trial = 0; trial < 300; trial++) {
      int coders = 2 + random.nextInt(5);
      int categories = 2 + random.nextInt(4);
      List<List<String>> ours = new ArrayList<>();
      CodingAnnotationStudy theirs = new CodingAnnotationStudy(coders);
      for (int u = 0, units = 1 + random.nextInt(25); u < units; u++) {
        String[] values = new String[coders];
        for (int c = 0; c < coders; c++) {
          values[c] = "c" + random.nextInt(categories);
        }
        ours.add(Arrays.asList(values));
        theirs.addItemAsArray(values);
      }
      FleissKappa.Result kappa = FleissKappa.compute(ours);
      if (kappa.isDefined()) {
        assertEquals(dkpro(() -> new FleissKappaAgreement(theirs).calculateAgreement()), kappa.value(), 1e-9,
            "trial " + trial);
        assertEquals(dkpro(() -> new PercentageAgreement(theirs).calculateAgreement()),
            PairwisePercent.compute(ours).value(), 1e-9, "trial " + trial);
        compared++;
      }
    }
    assertTrue(compared > 250, "only " + compared);
  }

  private static double dkpro(java.util.function.DoubleSupplier measure) {
    try {
      return measure.getAsDouble();
    } catch (InsufficientDataException e) {
      return Double.NaN;
    }
  }

  @Test
  void undefinedValuesSayWhy() {
    FleissKappa.Result none = FleissKappa.compute(List.of(Arrays.asList("a", N), Arrays.asList(N, "b")));
    assertTrue(Double.isNaN(none.value()));
    assertEquals(AgreementValue.NO_UNITS, none.undefinedReason().orElseThrow());
    FleissKappa.Result same = FleissKappa.compute(List.of(List.of("a", "a", "a"), List.of("a", "a", "a")));
    assertTrue(same.undefinedReason().orElseThrow().contains("une seule valeur (« a »)"));
    assertEquals(1.0, PairwisePercent.compute(List.of(List.of("a", "a", "a"))).value(), 1e-12);
    assertTrue(Double.isNaN(PairwisePercent.compute(List.of(Arrays.asList("a", N))).value()));
  }

  private static AppliedCode coded(int unit, String coder, String code) {
    return new AppliedCode("s" + unit, coder, code);
  }

  @Test
  void aTeamOfThreeWithAReaderSilentOnACodeAndACoderWhoStoppedHalfWay() {
    List<AppliedCode> codings = List.of(
        coded(1, "anne", "type/levier"), coded(1, "bruno", "type/levier"), coded(1, "claire", "type/levier"),
        coded(2, "anne", "type/levier"), coded(2, "anne", "theme/attente"), coded(2, "bruno", "theme/attente"),
        coded(2, "claire", "type/obstacle"),
        coded(3, "anne", "type/obstacle"), coded(3, "bruno", "type/obstacle"),
        coded(4, "machine", "type/levier"), coded(4, "anne", "type/levier"));
    TeamAgreement.TeamReport report = TeamAgreement.compare(codings, List.of("anne", "bruno", "claire"));
    assertEquals(4, report.units());
    assertEquals(java.util.Map.of("anne", 4, "bruno", 3, "claire", 2), report.readers());
    TeamAgreement.TeamDimension type = report.dimensions().get(1);
    assertEquals("type", type.dimension());
    // Unit 2: Bruno read it (he coded a theme) and put no type: « (aucun code) », not missing.
    // Units: 1 {levier ×3}, 2 {levier, aucun, obstacle}, 3 {obstacle ×2, Claire missing}; unit 4 Anne alone.
    assertEquals(3, type.overall().units());
    assertEquals(3 + 0 + 1, type.overall().percent().agreeingPairs());
    assertEquals(3 + 3 + 1, type.overall().percent().pairs());
    TeamAgreement.TeamCode levier = type.codes().get(0);
    assertEquals("type/levier", levier.code());
    assertEquals(5, levier.applications(), "machine's codings are not the team's");
    // Levier present/absent: unit 1 all present (3/3), unit 2 {p, a, a} (1/3), unit 3 {a, a} (1/1).
    assertEquals(5, levier.scores().percent().agreeingPairs());
    assertEquals(7, levier.scores().percent().pairs());
    assertEquals(2, levier.scores().kappa().units(), "units 1 and 2 have the three coders");
    assertFalse(Double.isNaN(levier.scores().alpha().value()));
  }

  @Test
  void aTeamNeedsTwoDifferentCoders() {
    AgreementException one = assertThrows(AgreementException.class,
        () -> TeamAgreement.compare(List.of(), List.of("anne")));
    assertTrue(one.getMessage().contains("au moins deux codeurs différents (reçu : anne)"), one.getMessage());
    assertThrows(AgreementException.class, () -> TeamAgreement.compare(List.of(), List.of("anne", "anne")));
  }
}
