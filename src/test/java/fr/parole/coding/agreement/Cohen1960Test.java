package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Cohen's kappa on the tables of Cohen, J. (1960), A Coefficient of Agreement for Nominal Scales,
 * Educational and Psychological Measurement 20(1), 37–46, as transcribed in DKPro Statistics'
 * {@code Cohen1960Test} (p. 37 and p. 45 examples, 3 categories). Published values are checked
 * to 1e-3 (they are printed with three decimals), our exact fractions to 1e-12.
 */
class Cohen1960Test {
  private static final String[] CATEGORIES = {"1", "2", "3"};

  /** Cohen (1960: p. 45): 200 units; rows coder A, columns coder B. */
  private static final int[][] EXAMPLE_P45 = {
      {88, 14, 18},
      {10, 40, 10},
      {2, 6, 12}};

  /** Cohen (1960: p. 37): 100 units with less agreement than chance. */
  private static final int[][] EXAMPLE_P37 = {
      {25, 12, 3},
      {13, 2, 15},
      {12, 16, 2}};

  @Test
  void publishedKappaOfTheP45Example() {
    CohenKappa.Result kappa = CohenKappa.compute(Tables.fromContingencyTable(CATEGORIES, EXAMPLE_P45));

    // By hand: N = 200; agreements = 88 + 40 + 12 = 140, so A_o = 140/200 = 0.70.
    // Row totals (A) 120, 60, 20; column totals (B) 100, 60, 40;
    // A_e = (120·100 + 60·60 + 20·40) / 200² = 16400 / 40000 = 0.41.
    // kappa = (0.70 − 0.41) / (1 − 0.41) = 0.29 / 0.59 = 29/59 = 0.491525…
    assertEquals(200, kappa.units());
    assertEquals(0.70, kappa.observed(), 1e-12);
    assertEquals(0.41, kappa.expected(), 1e-12);
    assertEquals(0.492, kappa.value(), 1e-3); // as published
    assertEquals(29.0 / 59, kappa.value(), 1e-12);
    assertTrue(kappa.isDefined());
  }

  @Test
  void agreementBelowChanceGivesANegativeKappa() {
    CohenKappa.Result kappa = CohenKappa.compute(Tables.fromContingencyTable(CATEGORIES, EXAMPLE_P37));

    // Published: p_o = 0.29, p_c = 0.35 (rows 40, 30, 30; columns 50, 30, 20 out of 100).
    // kappa = (0.29 − 0.35) / (1 − 0.35) = −0.06 / 0.65 = −6/65: the coders agree less than chance.
    assertEquals(0.29, kappa.observed(), 1e-12);
    assertEquals(0.35, kappa.expected(), 1e-12);
    assertEquals(-6.0 / 65, kappa.value(), 1e-12);
  }

  @Test
  void percentAgreementOfTheP45Example() {
    PercentAgreement.Result percent = PercentAgreement.compute(Tables.fromContingencyTable(CATEGORIES, EXAMPLE_P45));

    assertEquals(140, percent.agreements());
    assertEquals(200, percent.units());
    assertEquals(0.70, percent.value(), 1e-12);
  }

  @Test
  void categorySpecificKappaIsTheKappaOfTheBinaryView() {
    AgreementStudy study = Tables.fromContingencyTable(CATEGORIES, EXAMPLE_P45).binaryView("1");

    // Category 1 against the rest: both present 88; A present 120, B present 100;
    // both absent = 200 − 120 − 100 + 88 = 68, so agreements = 88 + 68 = 156.
    // Σ a_c·b_c = 120·100 (present) + 80·100 (absent) = 20000.
    // kappa = (200·156 − 20000) / (200² − 20000) = 11200 / 20000 = 0.56.
    CohenKappa.Result kappa = CohenKappa.compute(study);
    assertEquals(200, kappa.units());
    assertEquals(0.56, kappa.value(), 1e-12);
    assertEquals(156.0 / 200, PercentAgreement.compute(study).value(), 1e-12);
  }
}
