package fr.parole.coding.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reliability data for two coders: each unit (a segment) gets at most one category from each
 * coder. This is the data model only; the measures ({@link PercentAgreement}, {@link CohenKappa},
 * {@link KrippendorffAlpha}) read it, in the way DKPro Statistics separates a
 * {@code CodingAnnotationStudy} from the measures that take it.
 *
 * <pre>{@code
 * AgreementStudy study = new AgreementStudy("alice", "bob")
 *     .addUnit("s1", "type/levier", "type/levier")
 *     .addUnit("s2", "type/levier", "type/obstacle")
 *     .addUnit("s3", "type/obstacle", null); // bob did not code s3: a missing value
 * }</pre>
 *
 * <p>A {@code null} category is a missing value (the coder did not code the unit). Percent
 * agreement and Cohen's kappa use the <em>paired</em> units only (both categories present);
 * Krippendorff's alpha uses the pairable values, which for two coders are the same units.
 *
 * <p>A study is filled once, then measured; it is not meant to be shared between threads while
 * it is being filled.
 */
public final class AgreementStudy {
  /** Category of a unit in a {@linkplain #binaryView(String) binary view} when the code is applied. */
  public static final String PRESENT = "présent";
  /** Category of a unit in a {@linkplain #binaryView(String) binary view} when the code is not applied. */
  public static final String ABSENT = "absent";

  /** One unit: its id and the category each coder gave it ({@code null} when missing). */
  public record CodedUnit(String unitId, String categoryA, String categoryB) {
    public CodedUnit {
      Objects.requireNonNull(unitId, "unitId");
      if (categoryA == null && categoryB == null) {
        throw new IllegalArgumentException("Unit " + unitId + " has no category from either coder");
      }
    }

    /** True when both coders coded the unit. */
    public boolean isPaired() {
      return categoryA != null && categoryB != null;
    }

    /** True when both coders coded the unit with the same category. */
    public boolean isAgreement() {
      return isPaired() && categoryA.equals(categoryB);
    }
  }

  private final String coderA;
  private final String coderB;
  private final Map<String, CodedUnit> units = new LinkedHashMap<>();

  public AgreementStudy(String coderA, String coderB) {
    this.coderA = Objects.requireNonNull(coderA, "coderA");
    this.coderB = Objects.requireNonNull(coderB, "coderB");
  }

  /**
   * Adds a unit with the category each coder gave it; {@code null} for a coder who did not code
   * it. Returns this study, to chain calls.
   *
   * @throws IllegalArgumentException if the unit is already in the study, or has no category at all
   */
  public AgreementStudy addUnit(String unitId, String categoryA, String categoryB) {
    CodedUnit unit = new CodedUnit(unitId, categoryA, categoryB);
    if (units.putIfAbsent(unitId, unit) != null) {
      throw new IllegalArgumentException("Unit " + unitId + " is already in the study");
    }
    return this;
  }

  public String coderA() {
    return coderA;
  }

  public String coderB() {
    return coderB;
  }

  /** All units, in the order they were added. */
  public List<CodedUnit> units() {
    return List.copyOf(units.values());
  }

  /** The units both coders coded, in the order they were added. */
  public List<CodedUnit> pairedUnits() {
    return units.values().stream().filter(CodedUnit::isPaired).toList();
  }

  /** The number of units, paired or not. */
  public int size() {
    return units.size();
  }

  /** Every category either coder used, sorted. */
  public SortedSet<String> categories() {
    SortedSet<String> categories = new TreeSet<>();
    for (CodedUnit unit : units.values()) {
      if (unit.categoryA() != null) {
        categories.add(unit.categoryA());
      }
      if (unit.categoryB() != null) {
        categories.add(unit.categoryB());
      }
    }
    return Collections.unmodifiableSortedSet(categories);
  }

  /**
   * The study seen through one category: each paired unit becomes {@link #PRESENT} or
   * {@link #ABSENT} for each coder. Category-specific agreement is the agreement of this binary
   * study (one category against all the others).
   */
  public AgreementStudy binaryView(String category) {
    Objects.requireNonNull(category, "category");
    AgreementStudy view = new AgreementStudy(coderA, coderB);
    for (CodedUnit unit : pairedUnits()) {
      view.addUnit(unit.unitId(), presence(category.equals(unit.categoryA())),
          presence(category.equals(unit.categoryB())));
    }
    return view;
  }

  /** The values of each unit that has any, as Krippendorff's reliability data (one list per unit). */
  List<List<String>> valuesByUnit() {
    List<List<String>> values = new ArrayList<>(units.size());
    for (CodedUnit unit : units.values()) {
      List<String> unitValues = new ArrayList<>(2);
      if (unit.categoryA() != null) {
        unitValues.add(unit.categoryA());
      }
      if (unit.categoryB() != null) {
        unitValues.add(unit.categoryB());
      }
      values.add(unitValues);
    }
    return values;
  }

  static String presence(boolean present) {
    return present ? PRESENT : ABSENT;
  }

  @Override
  public String toString() {
    return "AgreementStudy[" + coderA + " vs " + coderB + ", " + units.size() + " units]";
  }
}
