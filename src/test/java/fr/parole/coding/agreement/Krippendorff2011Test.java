package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha (nominal) on the worked examples of Krippendorff, K. (2011), Computing
 * Krippendorff's Alpha-Reliability, University of Pennsylvania: section A (binary data, two
 * observers), section B (nominal data, two observers) and section C (nominal data, four observers,
 * missing values). The same data are in Krippendorff (2004), Content Analysis, 2nd ed., pp. 224,
 * 230, and in DKPro Statistics' {@code Krippendorff2004Test}. Published values are checked to
 * 1e-3, our exact fractions (worked out in the comments) to 1e-12.
 */
class Krippendorff2011Test {
  private static final String N = null; // a missing value

  @Test
  void binaryDataTwoObservers() {
    AgreementStudy study = Tables.fromRows(
        new String[] {"0", "1", "0", "0", "0", "0", "0", "0", "1", "0"},
        new String[] {"1", "1", "1", "0", "0", "1", "0", "0", "0", "0"});

    // Coincidences: o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n_0 = 14, n_1 = 6, n = 20.
    // alpha = 1 − (n − 1)·o_01 / (n_0·n_1) = 1 − 19·4 / 84 = 8/84 = 2/21.
    // D_o = 8/20 = 0.4; D_e = 2·14·6 / (20·19) = 168/380 = 42/95 = 0.442.
    KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(study);
    assertEquals(0.095, alpha.value(), 1e-3); // as published
    assertEquals(2.0 / 21, alpha.value(), 1e-12);
    assertEquals(0.4, alpha.observedDisagreement(), 1e-12);
    assertEquals(42.0 / 95, alpha.expectedDisagreement(), 1e-12);
    assertEquals(10, alpha.units());
    assertEquals(20, alpha.pairableValues());
    // Krippendorff (2004: p. 224) also gives the percent agreement of these data: 6 of 10 units.
    assertEquals(0.6, PercentAgreement.compute(study).value(), 1e-12);
  }

  @Test
  void nominalDataTwoObservers() {
    AgreementStudy study = Tables.fromRows(
        "a a b b d c c c e d d a".split(" "),
        "b a b b b c c c e d d d".split(" "));

    // 9 of 12 units agree, so Σ_c o_cc = 18; n = 24.
    // n_a = 4, n_b = 6, n_c = 6, n_d = 6, n_e = 2: Σ n_c(n_c − 1) = 12 + 30 + 30 + 30 + 2 = 104.
    // alpha = (23·18 − 104) / (24·23 − 104) = 310 / 448 = 155/224 = 0.6920.
    // D_o = 1 − 18/24 = 1/4; D_e = 1 − 104/552 = 56/69.
    KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(study);
    assertEquals(0.692, alpha.value(), 1e-3); // as published
    assertEquals(155.0 / 224, alpha.value(), 1e-12);
    assertEquals(0.25, alpha.observedDisagreement(), 1e-12);
    assertEquals(56.0 / 69, alpha.expectedDisagreement(), 1e-12);
    assertEquals(0.75, PercentAgreement.compute(study).value(), 1e-12);
  }

  @Test
  void nominalDataFourObserversWithMissingValues() {
    // Observers (rows) × units (columns); unit 12 has a single value, so it is not pairable.
    String[][] observers = {
        {"1", "2", "3", "3", "2", "1", "4", "1", "2", N, N, N},
        {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", N, "3"},
        {N, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", N},
        {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", N}};

    // Pairable values: n = 40 in 11 units; n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3.
    // o_11 = 3·2/2 (unit 1) + 3·2/3 (unit 8) + 2·1/1 (unit 11) = 7; likewise o_22 = 10,
    // o_33 = 8, o_44 = 4, o_55 = 3: Σ_c o_cc = 32.
    // Σ n_c(n_c − 1) = 72 + 156 + 90 + 20 + 6 = 344.
    // alpha = (39·32 − 344) / (40·39 − 344) = 904 / 1216 = 113/152 = 0.7434.
    // D_o = 1 − 32/40 = 0.2; D_e = 1 − 344/1560 = 152/195 = 0.779.
    KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(columns(observers));
    assertEquals(0.743, alpha.value(), 1e-3); // as published
    assertEquals(113.0 / 152, alpha.value(), 1e-12);
    assertEquals(0.2, alpha.observedDisagreement(), 1e-12);
    assertEquals(152.0 / 195, alpha.expectedDisagreement(), 1e-12);
    assertEquals(11, alpha.units());
    assertEquals(40, alpha.pairableValues());
  }

  @Test
  void twoObserversOfTheMissingValuesExample() {
    // Observers A and B only: units 10 and 12 have B's value alone, unit 11 none.
    AgreementStudy study = Tables.fromRows(
        new String[] {"1", "2", "3", "3", "2", "1", "4", "1", "2", N, N, N},
        new String[] {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", N, "3"});

    // 9 paired units, 8 agree (not unit 6): Σ o_cc = 16, n = 18.
    // n_1 = 5, n_2 = 7, n_3 = 4, n_4 = 2: Σ n_c(n_c − 1) = 20 + 42 + 12 + 2 = 76.
    // alpha = (17·16 − 76) / (18·17 − 76) = 196 / 230 = 98/115.
    KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(study);
    assertEquals(98.0 / 115, alpha.value(), 1e-12);
    assertEquals(9, alpha.units());

    // Kappa and percent agreement use the same 9 paired units.
    // A: 1→3, 2→3, 3→2, 4→1; B: 1→2, 2→4, 3→2, 4→1; Σ a_c·b_c = 6 + 12 + 4 + 1 = 23.
    // kappa = (9·8 − 23) / (81 − 23) = 49/58.
    CohenKappa.Result kappa = CohenKappa.compute(study);
    assertEquals(49.0 / 58, kappa.value(), 1e-12);
    assertEquals(9, kappa.units());
    assertEquals(8.0 / 9, PercentAgreement.compute(study).value(), 1e-12);
  }

  private static List<List<String>> columns(String[][] observers) {
    List<List<String>> units = new ArrayList<>();
    for (int u = 0; u < observers[0].length; u++) {
      String[] values = new String[observers.length];
      for (int o = 0; o < observers.length; o++) {
        values[o] = observers[o][u];
      }
      units.add(Arrays.asList(values)); // Arrays.asList keeps the nulls
    }
    return units;
  }
}
