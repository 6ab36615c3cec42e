package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.junit.jupiter.api.Test;

/**
 * Compares Parole's measures with DKPro Statistics Agreement 2.2.0 (Meyer et al. 2014), an
 * independent implementation, on random studies (fixed seed). Only defined values are compared:
 * where Parole returns NaN with a reason, DKPro throws {@code InsufficientDataException} or, for
 * alpha when lone values add a category, returns 0 — the undefined cases are tested in
 * {@link AgreementEdgeCasesTest}.
 */
class DkproCrossCheckTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void twoCodersWithMissingValues() {
    Random random = new Random(20240611);
    int compared = 0;
    for (int trial = 0; trial < 500; trial++) {
      int categories = 1 + random.nextInt(4);
      AgreementStudy ours = new AgreementStudy("A", "B");
      CodingAnnotationStudy paired = new CodingAnnotationStudy(2); // kappa: no missing values
      CodingAnnotationStudy withMissing = new CodingAnnotationStudy(2);
      int units = random.nextInt(30);
      for (int u = 0; u < units; u++) {
        // About 15 % of units miss coder A's value, 13 % coder B's; never both.
        boolean aMissing = random.nextDouble() < 0.15;
        boolean bMissing = !aMissing && random.nextDouble() < 0.15;
        String a = aMissing ? null : "c" + random.nextInt(categories);
        String b = bMissing ? null : "c" + random.nextInt(categories);
        ours.addUnit("u" + u, a, b);
        withMissing.addItem(a, b);
        if (a != null && b != null) {
          paired.addItem(a, b);
        }
      }

      PercentAgreement.Result percent = PercentAgreement.compute(ours);
      CohenKappa.Result kappa = CohenKappa.compute(ours);
      KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(ours);
      if (paired.getCategoryCount() >= 2) {
        assertEquals(dkpro(() -> new PercentageAgreement(paired).calculateAgreement()), percent.value(), TOLERANCE);
      }
      if (kappa.isDefined()) {
        assertEquals(dkpro(() -> new CohenKappaAgreement(paired).calculateAgreement()), kappa.value(), TOLERANCE,
            "trial " + trial);
        compared++;
      }
      if (alpha.isDefined()) {
        assertEquals(dkpro(() -> new KrippendorffAlphaAgreement(withMissing, new NominalDistanceFunction())
            .calculateAgreement()), alpha.value(), TOLERANCE, "trial " + trial);
        compared++;
      }
    }
    assertTrue(compared > 500, "only " + compared + " comparisons");
  }

  @Test
  void alphaWithManyCodersAndMissingValues() {
    Random random = new Random(42);
    int compared = 0;
    for (int trial = 0; trial < 300; trial++) {
      int coders = 2 + random.nextInt(4);
      int categories = 2 + random.nextInt(4);
      List<List<String>> ours = new ArrayList<>();
      CodingAnnotationStudy theirs = new CodingAnnotationStudy(coders);
      int units = 1 + random.nextInt(20);
      for (int u = 0; u < units; u++) {
        String[] values = new String[coders];
        boolean any = false;
        for (int c = 0; c < coders; c++) {
          values[c] = random.nextDouble() < 0.3 ? null : "c" + random.nextInt(categories);
          any |= values[c] != null;
        }
        if (any) {
          ours.add(Arrays.asList(values));
          theirs.addItemAsArray(values);
        }
      }
      KrippendorffAlpha.Result alpha = KrippendorffAlpha.compute(ours);
      if (alpha.isDefined()) {
        assertEquals(dkpro(() -> new KrippendorffAlphaAgreement(theirs, new NominalDistanceFunction())
            .calculateAgreement()), alpha.value(), TOLERANCE, "trial " + trial);
        compared++;
      }
    }
    assertTrue(compared > 250, "only " + compared + " comparisons");
  }

  private static double dkpro(DoubleSupplier measure) {
    try {
      return measure.getAsDouble();
    } catch (InsufficientDataException e) {
      return Double.NaN;
    }
  }
}
