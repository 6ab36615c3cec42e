package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cases where a measure is undefined, or takes its extreme values, each with its reason. */
class AgreementEdgeCasesTest {

  @Test
  void noUnitGivesNaNWithAReasonForEveryMeasure() {
    AgreementScores scores = AgreementScores.of(new AgreementStudy("alice", "bob"));

    for (AgreementValue value : new AgreementValue[] {scores.percent(), scores.kappa(), scores.alpha()}) {
      assertTrue(Double.isNaN(value.value()), value.toString());
      assertEquals(0, value.units());
      assertFalse(value.isDefined());
      assertEquals(AgreementValue.NO_UNITS, value.undefinedReason().orElseThrow());
    }
  }

  @Test
  void unitsCodedByOneCoderOnlyAreLeftOut() {
    // Nobody coded the same unit: nothing can be compared, whatever the codes.
    AgreementStudy study = new AgreementStudy("alice", "bob")
        .addUnit("s1", "type/levier", null)
        .addUnit("s2", null, "type/obstacle");

    AgreementScores scores = AgreementScores.of(study);
    assertEquals(0, scores.units());
    assertTrue(Double.isNaN(scores.percent().value()));
    assertTrue(Double.isNaN(scores.kappa().value()));
    assertTrue(Double.isNaN(scores.alpha().value()));
  }

  @Test
  void oneCategoryUsedByBothCodersLeavesKappaAndAlphaUndefined() {
    AgreementStudy study = new AgreementStudy("alice", "bob")
        .addUnit("s1", "type/levier", "type/levier")
        .addUnit("s2", "type/levier", "type/levier")
        .addUnit("s3", "type/levier", "type/levier");

    AgreementScores scores = AgreementScores.of(study);
    // The coders did agree on every unit...
    assertEquals(1.0, scores.percent().value());
    assertTrue(scores.percent().isDefined());
    // ...but with a single category there was no choice: chance agreement is 1, so kappa = 0/0.
    assertTrue(Double.isNaN(scores.kappa().value()));
    assertEquals(1.0, scores.kappa().expected());
    assertEquals(3, scores.kappa().units());
    assertTrue(scores.kappa().undefinedReason().orElseThrow().contains("type/levier"));
    // Alpha: no variation in the values, expected disagreement 0, alpha = 0/0.
    assertTrue(Double.isNaN(scores.alpha().value()));
    assertEquals(0.0, scores.alpha().expectedDisagreement());
    assertTrue(scores.alpha().undefinedReason().orElseThrow().contains("D_e = 0"));
  }

  @Test
  void oneCoderWithOneCategoryIsNotAnEdgeCase() {
    // alice always says levier, bob says obstacle once: chance agreement is below 1, so kappa is
    // defined, and here exactly 0 — alice's answers carry no information about bob's.
    AgreementStudy study = new AgreementStudy("alice", "bob")
        .addUnit("s1", "L", "L")
        .addUnit("s2", "L", "L")
        .addUnit("s3", "L", "L")
        .addUnit("s4", "L", "O");

    // kappa: N = 4, 3 agreements, Σ a_c·b_c = 4·3 = 12: (4·3 − 12) / (16 − 12) = 0.
    assertEquals(0.0, CohenKappa.compute(study).value(), 1e-12);
    // alpha: n = 8, n_L = 7, n_O = 1, Σ o_cc = 6: (7·6 − 42) / (56 − 42) = 0.
    assertEquals(0.0, KrippendorffAlpha.compute(study).value(), 1e-12);
    assertEquals(0.75, PercentAgreement.compute(study).value(), 1e-12);
  }

  @Test
  void perfectAgreementOnTwoCategoriesIsOne() {
    AgreementStudy study = new AgreementStudy("alice", "bob")
        .addUnit("s1", "L", "L")
        .addUnit("s2", "O", "O");

    assertEquals(1.0, CohenKappa.compute(study).value(), 1e-12);
    assertEquals(1.0, KrippendorffAlpha.compute(study).value(), 1e-12);
  }

  @Test
  void systematicDisagreementIsNegative() {
    AgreementStudy study = new AgreementStudy("alice", "bob")
        .addUnit("s1", "L", "O")
        .addUnit("s2", "O", "L");

    // kappa: N = 2, 0 agreements, Σ a_c·b_c = 1 + 1 = 2: (0 − 2) / (4 − 2) = −1.
    assertEquals(-1.0, CohenKappa.compute(study).value(), 1e-12);
    // alpha: n = 4, n_L = n_O = 2, Σ o_cc = 0: (3·0 − 4) / (12 − 4) = −0.5. Alpha's expected
    // disagreement draws pairs without replacement, so its floor is not −1 on small samples.
    assertEquals(-0.5, KrippendorffAlpha.compute(study).value(), 1e-12);
  }

  @Test
  void alphaIgnoresLoneValuesInMultiCoderData() {
    // A unit with one value (the others missing) cannot be compared; only the two full units count.
    KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(java.util.Arrays.asList(
        java.util.Arrays.asList("L", "L", null),
        java.util.Arrays.asList("O", "O", "O"),
        java.util.Arrays.asList(null, "X", null)));

    assertEquals(2, alpha.units());
    assertEquals(5, alpha.pairableValues());
    assertEquals(1.0, alpha.value(), 1e-12);
  }
}
