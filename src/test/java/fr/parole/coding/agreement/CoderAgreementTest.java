package fr.parole.coding.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report behind {@code parole agreement --coders alice,bob}, on a small study worked out by
 * hand (L = type/levier, O = type/obstacle):
 *
 * <pre>
 *   unit  alice (type)   bob (type)     alice (niveau)   bob (niveau)
 *   s1    L              L              institutionnel   institutionnel
 *   s2    L              O              institutionnel   institutionnel
 *   s3    O              O
 *   s4    L + O          O
 *   s5    O              O
 *   s6    L                                              individuel
 * </pre>
 */
class CoderAgreementTest {
  private static final String L = "type/levier";
  private static final String O = "type/obstacle";

  private static List<AppliedCode> codings() {
    List<AppliedCode> codings = new ArrayList<>();
    add(codings, "alice", "s1", L, "niveau/institutionnel");
    add(codings, "bob", "s1", L, "niveau/institutionnel");
    add(codings, "alice", "s2", L, "niveau/institutionnel");
    add(codings, "bob", "s2", O, "niveau/institutionnel");
    add(codings, "alice", "s3", O);
    add(codings, "bob", "s3", O);
    add(codings, "alice", "s4", L, O);
    add(codings, "bob", "s4", O);
    add(codings, "alice", "s5", O, O); // the same code twice counts once
    add(codings, "bob", "s5", O);
    add(codings, "alice", "s6", L);
    add(codings, "bob", "s6", "niveau/individuel");
    add(codings, "machine", "s3", L); // a third coder: ignored
    return codings;
  }

  private static void add(List<AppliedCode> codings, String coder, String unit, String... codes) {
    for (String code : codes) {
      codings.add(new AppliedCode(unit, coder, code));
    }
  }

  @Test
  void overallAgreementTakesTheSetOfCodesAsTheCategory() {
    DimensionAgreement type = CoderAgreement.compare(codings(), "alice", "bob").dimension("type").orElseThrow();

    // s6: only alice coded it in "type" (bob coded it in "niveau" only): left out.
    assertEquals(5, type.units());
    assertEquals(1, type.unitsCodedByOneCoder());
    // Categories, alice: L, L, O, L+O, O; bob: L, O, O, O, O. Agreements s1, s3, s5: 3/5.
    assertEquals(0.6, type.overall().percent().value(), 1e-12);
    // kappa: alice L 2, O 2, L+O 1; bob L 1, O 4; Σ a_c·b_c = 2·1 + 2·4 = 10.
    // (5·3 − 10) / (25 − 10) = 5/15 = 1/3.
    assertEquals(1.0 / 3, type.overall().kappa().value(), 1e-12);
    // alpha: n = 10, Σ o_cc = 6; n_L = 3, n_O = 6, n_L+O = 1: Σ n_c(n_c − 1) = 6 + 30 + 0 = 36.
    // (9·6 − 36) / (10·9 − 36) = 18/54 = 1/3.
    assertEquals(1.0 / 3, type.overall().alpha().value(), 1e-12);
    assertEquals(5, type.overall().units());
  }

  @Test
  void perCodeAgreementIsPresentOrAbsentOnTheSameUnits() {
    DimensionAgreement type = CoderAgreement.compare(codings(), "alice", "bob").dimension("type").orElseThrow();
    assertEquals(List.of(L, O), type.codes().stream().map(CodeAgreement::code).toList());

    // levier, (alice, bob): s1 P/P, s2 P/A, s3 A/A, s4 P/A, s5 A/A.
    CodeAgreement levier = type.codes().get(0);
    assertEquals(3, levier.appliedByA()); // s1, s2, s4 (s6 is not compared)
    assertEquals(1, levier.appliedByB());
    assertEquals(5, levier.scores().units());
    assertEquals(0.6, levier.scores().percent().value(), 1e-12);
    // kappa: Σ a_c·b_c = 3·1 (P) + 2·4 (A) = 11: (5·3 − 11) / (25 − 11) = 4/14 = 2/7.
    assertEquals(2.0 / 7, levier.scores().kappa().value(), 1e-12);
    // alpha: n_P = 4, n_A = 6, Σ o_cc = 6: (9·6 − (12 + 30)) / (90 − 42) = 12/48 = 1/4.
    assertEquals(0.25, levier.scores().alpha().value(), 1e-12);

    // obstacle: s1 A/A, s2 A/P, s3 P/P, s4 P/P, s5 P/P.
    CodeAgreement obstacle = type.codes().get(1);
    assertEquals(3, obstacle.appliedByA());
    assertEquals(4, obstacle.appliedByB());
    assertEquals(0.8, obstacle.scores().percent().value(), 1e-12);
    // kappa: Σ a_c·b_c = 3·4 + 2·1 = 14: (5·4 − 14) / (25 − 14) = 6/11.
    assertEquals(6.0 / 11, obstacle.scores().kappa().value(), 1e-12);
    // alpha: n_P = 7, n_A = 3, Σ o_cc = 8: (9·8 − (42 + 6)) / (90 − 48) = 24/42 = 4/7.
    assertEquals(4.0 / 7, obstacle.scores().alpha().value(), 1e-12);
  }

  @Test
  void aDimensionWhereBothCodersGaveTheSameSingleCodeHasNoKappa() {
    AgreementReport report = CoderAgreement.compare(codings(), "alice", "bob");
    assertEquals(List.of("niveau", "type"), report.dimensions().stream().map(DimensionAgreement::dimension).toList());
    DimensionAgreement niveau = report.dimension("niveau").orElseThrow();

    // s1 and s2 compared (both institutionnel); s6 has bob's code only.
    assertEquals(2, niveau.units());
    assertEquals(1, niveau.unitsCodedByOneCoder());
    assertEquals(1.0, niveau.overall().percent().value());
    assertTrue(niveau.overall().kappa().undefinedReason().isPresent());
    assertTrue(niveau.overall().alpha().undefinedReason().isPresent());
    // individuel was applied (by bob, to s6) but never to a compared unit: listed, absent everywhere.
    CodeAgreement individuel = niveau.codes().get(0);
    assertEquals("niveau/individuel", individuel.code());
    assertEquals(0, individuel.appliedByA());
    assertEquals(0, individuel.appliedByB());
    assertEquals(1.0, individuel.scores().percent().value());
    assertTrue(Double.isNaN(individuel.scores().kappa().value()));
  }

  @Test
  void aCoderWithoutCodingsGivesReasonsNotNumbers() {
    DimensionAgreement type = CoderAgreement.compare(codings(), "alice", "claire").dimension("type").orElseThrow();

    assertEquals(0, type.units());
    assertEquals(6, type.unitsCodedByOneCoder());
    assertEquals(AgreementValue.NO_UNITS, type.overall().kappa().undefinedReason().orElseThrow());
  }

  @Test
  void theSameCoderTwiceIsAUserError() {
    AgreementException e = assertThrows(AgreementException.class,
        () -> CoderAgreement.compare(codings(), "alice", "alice"));
    assertTrue(e.getMessage().contains("--coders"), e.getMessage());
  }

  @Test
  void aCodePathNeedsItsDimension() {
    assertThrows(IllegalArgumentException.class, () -> new AppliedCode("s1", "alice", "levier"));
    assertThrows(IllegalArgumentException.class, () -> new AppliedCode("s1", "alice", "/levier"));
    assertEquals("type", new AppliedCode("s1", "alice", "type/obstacle/manque_de_temps").dimension());
  }
}
