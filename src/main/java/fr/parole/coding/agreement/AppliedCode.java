package fr.parole.coding.agreement;

import java.util.Objects;

/**
 * One coding to compare: {@code coder} applied the code {@code codePath} ({@code dimension/code},
 * e.g. {@code type/levier}) to the unit {@code unitId} (a segment). A coder may apply several
 * codes of a dimension to the same unit.
 */
public record AppliedCode(String unitId, String coder, String codePath) {
  public AppliedCode {
    Objects.requireNonNull(unitId, "unitId");
    Objects.requireNonNull(coder, "coder");
    dimensionOf(codePath);
  }

  /** The dimension of the code: what comes before the first {@code /}. */
  public String dimension() {
    return dimensionOf(codePath);
  }

  /**
   * The dimension of a code path: {@code type} for {@code type/levier}.
   *
   * @throws IllegalArgumentException if the path has no dimension
   */
  public static String dimensionOf(String codePath) {
    Objects.requireNonNull(codePath, "codePath");
    int slash = codePath.indexOf('/');
    if (slash <= 0) {
      throw new IllegalArgumentException("A code path is dimension/code, got: " + codePath);
    }
    return codePath.substring(0, slash);
  }
}
