package fr.parole.coding.agreement;

import java.util.Objects;

/**
 * Agreement on one code, seen as present/absent on each compared unit of its dimension.
 *
 * @param code           the code path, e.g. {@code type/levier}
 * @param appliedByA     compared units to which coder A applied the code
 * @param appliedByB     compared units to which coder B applied the code
 * @param scores         percent agreement, kappa and alpha of the present/absent study
 */
public record CodeAgreement(String code, int appliedByA, int appliedByB, AgreementScores scores) {
  public CodeAgreement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(scores, "scores");
  }
}
