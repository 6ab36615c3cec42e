package fr.parole.coding.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Agreement of a whole team of coders at once (blinded parallel coding with two or more coders):
 * one figure per code and per dimension for the team, where {@link CoderAgreement} gives one per
 * pair.
 *
 * <p><b>Who read a unit.</b> A coder <em>read</em> a unit when they applied at least one code of
 * the codebook to it, in any dimension. For a coder who read it, a code they did not apply is
 * « absent » (they saw the segment and did not judge it to be this code), and a dimension in
 * which they applied nothing is the category « (aucun code) ». For a coder who did not read it,
 * every value is missing: a list of codings cannot tell « nothing applies » from « not read yet »,
 * and counting the unread segments of a coder who stopped half-way as absences would make the team
 * look as if it disagreed on them. Alpha uses every value of units read by at least two coders;
 * Fleiss' kappa only the units read by the most coders (all of them once everyone has finished);
 * the pairs count every pair of readers.
 *
 * <p>Unlike {@link MultiCodeStudy}, a unit read by a coder but not coded in a dimension is kept:
 * in an assignment every coder is asked to code every segment, so a reader's silence on a
 * dimension is a decision.
 */
public final class TeamAgreement {
  /** The category of a dimension a reader applied no code of. */
  public static final String NONE = "(aucun code)";
  static final String PRESENT = "présent";
  static final String ABSENT = "absent";

  private TeamAgreement() {}

  /** One code: how many readers applied it (summed over units), and the team's scores on present/absent. */
  public record TeamCode(String code, int applications, TeamScores scores) {}

  /** One dimension: the scores on each unit's category (the set of codes, or « (aucun code) »), then per code. */
  public record TeamDimension(String dimension, TeamScores overall, List<TeamCode> codes) {
    public TeamDimension {
      codes = List.copyOf(codes);
    }
  }

  /**
   * @param coders    the team, in the given order
   * @param units     units read by at least one coder
   * @param readers   per coder, the units they read
   */
  public record TeamReport(List<String> coders, int units, Map<String, Integer> readers, List<TeamDimension> dimensions) {
    public TeamReport {
      coders = List.copyOf(coders);
      readers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(readers));
      dimensions = List.copyOf(dimensions);
    }
  }

  /**
   * The team's agreement on {@code codings}; codings of people outside {@code coders} are ignored.
   *
   * @throws AgreementException if fewer than two different coders are given
   */
  public static TeamReport compare(Collection<AppliedCode> codings, List<String> coders) {
    Objects.requireNonNull(codings, "codings");
    if (coders.size() < 2 || new LinkedHashSet<>(coders).size() != coders.size()) {
      throw new AgreementException("L'accord d'une équipe demande au moins deux codeurs différents (reçu : "
          + String.join(", ", coders) + ").");
    }
    // unit → coder index → codes; units in order of first coding
    Map<String, List<SortedSet<String>>> byUnit = new LinkedHashMap<>();
    SortedSet<String> dimensions = new TreeSet<>();
    Map<String, SortedSet<String>> codes = new TreeMap<>();
    for (AppliedCode coding : codings) {
      int coder = coders.indexOf(coding.coder());
      if (coder < 0) {
        continue;
      }
      List<SortedSet<String>> unit = byUnit.computeIfAbsent(coding.unitId(), u -> {
        List<SortedSet<String>> empty = new ArrayList<>();
        coders.forEach(c -> empty.add(new TreeSet<>()));
        return empty;
      });
      unit.get(coder).add(coding.codePath());
      dimensions.add(coding.dimension());
      codes.computeIfAbsent(coding.dimension(), d -> new TreeSet<>()).add(coding.codePath());
    }
    Map<String, Integer> readers = new LinkedHashMap<>();
    for (int c = 0; c < coders.size(); c++) {
      int index = c;
      readers.put(coders.get(c), (int) byUnit.values().stream().filter(u -> !u.get(index).isEmpty()).count());
    }
    List<TeamDimension> result = new ArrayList<>();
    for (String dimension : dimensions) {
      List<TeamCode> perCode = new ArrayList<>();
      for (String code : codes.get(dimension)) {
        int[] applications = {0};
        List<List<String>> values = values(byUnit, own -> {
          if (own.contains(code)) {
            applications[0]++;
            return PRESENT;
          }
          return ABSENT;
        });
        perCode.add(new TeamCode(code, applications[0], TeamScores.of(values)));
      }
      List<List<String>> overall = values(byUnit, own -> {
        List<String> inDimension = own.stream().filter(c -> AppliedCode.dimensionOf(c).equals(dimension)).toList();
        return inDimension.isEmpty() ? NONE : String.join(" + ", inDimension);
      });
      result.add(new TeamDimension(dimension, TeamScores.of(overall), perCode));
    }
    return new TeamReport(coders, byUnit.size(), readers, result);
  }

  /** Each unit's values, one per coder: {@code null} for a coder who did not read it. */
  private static List<List<String>> values(Map<String, List<SortedSet<String>>> byUnit,
      Function<SortedSet<String>, String> value) {
    List<List<String>> values = new ArrayList<>();
    for (List<SortedSet<String>> unit : byUnit.values()) {
      List<String> row = new ArrayList<>();
      for (SortedSet<String> own : unit) {
        row.add(own.isEmpty() ? null : value.apply(own));
      }
      values.add(row);
    }
    return values;
  }
}
