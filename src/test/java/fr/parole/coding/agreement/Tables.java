package fr.parole.coding.agreement;

/** Builds studies from the contingency tables and coders × units matrices printed in papers. */
final class Tables {
  private Tables() {}

  /**
   * A study from a contingency table: {@code counts[i][j]} units that coder A put in category
   * {@code categories[i]} and coder B in {@code categories[j]}. Units are numbered u1, u2, …
   */
  static AgreementStudy fromContingencyTable(String[] categories, int[][] counts) {
    AgreementStudy study = new AgreementStudy("A", "B");
    int unit = 0;
    for (int i = 0; i < counts.length; i++) {
      for (int j = 0; j < counts[i].length; j++) {
        for (int k = 0; k < counts[i][j]; k++) {
          study.addUnit("u" + ++unit, categories[i], categories[j]);
        }
      }
    }
    return study;
  }

  /** A study from two rows of a coders × units matrix; {@code null} is a missing value. */
  static AgreementStudy fromRows(String[] coderA, String[] coderB) {
    AgreementStudy study = new AgreementStudy("A", "B");
    for (int u = 0; u < coderA.length; u++) {
      if (coderA[u] != null || coderB[u] != null) {
        study.addUnit("u" + (u + 1), coderA[u], coderB[u]);
      }
    }
    return study;
  }
}
