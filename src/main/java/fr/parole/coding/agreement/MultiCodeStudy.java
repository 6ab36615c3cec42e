package fr.parole.coding.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Two coders' codings when a unit may receive several codes: for each dimension and unit, the set
 * of codes each coder applied. It turns them into {@link AgreementStudy} views that the measures
 * can read:
 *
 * <ul>
 *   <li>{@link #binaryStudy(String)}: for one code, each compared unit is {@code présent} or
 *       {@code absent} for each coder (did coder A apply it? did coder B?);
 *   <li>{@link #dimensionStudy(String)}: for one dimension, the category of a unit is the set of
 *       codes the coder gave it, written {@code type/levier + type/obstacle} when there are
 *       several. With one code per unit and dimension (the usual case, and always the case for a
 *       machine's top suggestion) it is simply that code; with several, only the same set counts
 *       as agreement (no partial credit).
 * </ul>
 *
 * <p><b>Which units are compared.</b> In a dimension, the compared units are those that
 * <em>both</em> coders coded at least once in that dimension. A unit that only one coder coded is
 * left out and counted in {@link #unitsCodedByOneCoder(String)}: a list of codings cannot tell "read and
 * found nothing to code" from "not read yet", and counting the second as an absence would make
 * agreement look worse (or, for rare codes, better) than it is.
 */
public final class MultiCodeStudy {
  private final String coderA;
  private final String coderB;
  // dimension → unit → {codes of A, codes of B}; units in order of first appearance
  private final Map<String, Map<String, List<SortedSet<String>>>> codings = new TreeMap<>();

  private MultiCodeStudy(String coderA, String coderB) {
    this.coderA = coderA;
    this.coderB = coderB;
  }

  /**
   * Collects the codings of {@code coderA} and {@code coderB}; codings by other coders are
   * ignored, and a code applied twice to the same unit by the same coder counts once.
   *
   * @throws AgreementException if the two coders are the same
   */
  public static MultiCodeStudy of(Collection<AppliedCode> codings, String coderA, String coderB) {
    Objects.requireNonNull(codings, "codings");
    Objects.requireNonNull(coderA, "coderA");
    Objects.requireNonNull(coderB, "coderB");
    if (coderA.equals(coderB)) {
      throw new AgreementException("Il faut deux codeurs différents pour mesurer un accord, pas « "
          + coderA + " » deux fois (exemple : --coders alice,bob).");
    }
    MultiCodeStudy study = new MultiCodeStudy(coderA, coderB);
    for (AppliedCode coding : codings) {
      int coder = coding.coder().equals(coderA) ? 0 : coding.coder().equals(coderB) ? 1 : -1;
      if (coder >= 0) {
        study.codings.computeIfAbsent(coding.dimension(), d -> new LinkedHashMap<>())
            .computeIfAbsent(coding.unitId(), u -> List.of(new TreeSet<>(), new TreeSet<>()))
            .get(coder).add(coding.codePath());
      }
    }
    return study;
  }

  public String coderA() {
    return coderA;
  }

  public String coderB() {
    return coderB;
  }

  /** The dimensions either coder used, sorted. */
  public List<String> dimensions() {
    return List.copyOf(codings.keySet());
  }

  /** The codes of {@code dimension} that either coder applied (to any unit), sorted. */
  public SortedSet<String> codes(String dimension) {
    SortedSet<String> codes = new TreeSet<>();
    for (List<SortedSet<String>> byCoder : units(dimension).values()) {
      codes.addAll(byCoder.get(0));
      codes.addAll(byCoder.get(1));
    }
    return Collections.unmodifiableSortedSet(codes);
  }

  /** The units both coders coded at least once in {@code dimension}, in order of first coding. */
  public List<String> comparedUnits(String dimension) {
    List<String> compared = new ArrayList<>();
    units(dimension).forEach((unit, byCoder) -> {
      if (!byCoder.get(0).isEmpty() && !byCoder.get(1).isEmpty()) {
        compared.add(unit);
      }
    });
    return compared;
  }

  /** The units of {@code dimension} that one coder coded and the other did not: left out. */
  public int unitsCodedByOneCoder(String dimension) {
    return units(dimension).size() - comparedUnits(dimension).size();
  }

  /** How many compared units of its dimension {@code coder} (0 for A, 1 for B) applied the code to. */
  int timesApplied(String codePath, int coder) {
    String dimension = AppliedCode.dimensionOf(codePath);
    Map<String, List<SortedSet<String>>> units = units(dimension);
    int count = 0;
    for (String unit : comparedUnits(dimension)) {
      if (units.get(unit).get(coder).contains(codePath)) {
        count++;
      }
    }
    return count;
  }

  /** For one code, whether each coder applied it to each compared unit of its dimension. */
  public AgreementStudy binaryStudy(String codePath) {
    String dimension = AppliedCode.dimensionOf(codePath);
    Map<String, List<SortedSet<String>>> units = units(dimension);
    AgreementStudy study = new AgreementStudy(coderA, coderB);
    for (String unit : comparedUnits(dimension)) {
      List<SortedSet<String>> byCoder = units.get(unit);
      study.addUnit(unit, AgreementStudy.presence(byCoder.get(0).contains(codePath)),
          AgreementStudy.presence(byCoder.get(1).contains(codePath)));
    }
    return study;
  }

  /** For one dimension, the set of codes each coder gave each compared unit, as one category. */
  public AgreementStudy dimensionStudy(String dimension) {
    Map<String, List<SortedSet<String>>> units = units(dimension);
    AgreementStudy study = new AgreementStudy(coderA, coderB);
    for (String unit : comparedUnits(dimension)) {
      List<SortedSet<String>> byCoder = units.get(unit);
      study.addUnit(unit, String.join(" + ", byCoder.get(0)), String.join(" + ", byCoder.get(1)));
    }
    return study;
  }

  private Map<String, List<SortedSet<String>>> units(String dimension) {
    return codings.getOrDefault(Objects.requireNonNull(dimension, "dimension"), Map.of());
  }
}
