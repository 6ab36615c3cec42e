package fr.parole.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Codes by group when a segment may carry several codes of a dimension (a comment about waiting,
 * noise and meals). A chi-square of code × group would count such a segment three times, and a
 * segment with no code not at all: its observations would not be one per unit. So each code is
 * tested on its own: a 2 × k table of the group's segments that carry the code and those that do
 * not, tested by {@link Crosstabs} (chi-square; Fisher's exact test for a 2 × 2 table with small
 * expected counts; a Monte-Carlo p-value for a larger one), then Holm's adjustment over the codes
 * tested ({@link MultipleTests#holm}). See {@code docs/statistics.md}.
 */
public final class CodePresence {
  /** The row labels of each code's table. */
  public static final String WITH = "avec le code";
  public static final String WITHOUT = "sans le code";

  private final Crosstabs crosstabs;

  public CodePresence(Crosstabs crosstabs) {
    this.crosstabs = Objects.requireNonNull(crosstabs, "crosstabs");
  }

  public CodePresence() {
    this(new Crosstabs());
  }

  /**
   * @param groupSizes each group's segments (coded or not); groups without segments are left out
   * @param coded code → group → segments of the group carrying the code (at most the group's size)
   */
  public Table analyse(String groupVariable, Map<String, Long> groupSizes, Map<String, ? extends Map<String, Long>> coded) {
    Map<String, Long> sizes = new TreeMap<>();
    groupSizes.forEach((group, n) -> {
      if (n < 0) {
        throw new StatisticsException("Effectif négatif pour « " + group + " » (" + groupVariable + ") : " + n + ".");
      }
      if (n > 0) {
        sizes.put(group, n);
      }
    });
    List<String> groups = List.copyOf(sizes.keySet());
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    List<Row> rows = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    new TreeMap<String, Map<String, Long>>(coded).forEach((code, byGroup) -> {
      long[][] counts = new long[2][groups.size()];
      long with = 0;
      for (int j = 0; j < groups.size(); j++) {
        long n = byGroup.getOrDefault(groups.get(j), 0L);
        if (n < 0 || n > sizes.get(groups.get(j))) {
          throw new StatisticsException("« " + code + " » : " + n + " segments codés dans « " + groups.get(j)
              + " » qui n'en a que " + sizes.get(groups.get(j)) + ".");
        }
        counts[0][j] = n;
        counts[1][j] = sizes.get(groups.get(j)) - n;
        with += n;
      }
      Optional<CrosstabResult> test = Optional.empty();
      Optional<StatisticsException> refused = Optional.empty();
      try {
        test = Optional.of(crosstabs.analyse(CountTable.of(code, groupVariable, List.of(WITH, WITHOUT), groups, counts)));
        pValues.add(test.get().retainedPValue());
      } catch (StatisticsException e) {
        refused = Optional.of(e); // e.g. every segment carries the code: nothing to compare
      }
      rows.add(new Row(code, with, Arrays.stream(counts[0]).boxed().toList(), test, refused, Double.NaN));
    });
    List<Double> adjusted = MultipleTests.holm(pValues);
    List<Row> done = new ArrayList<>();
    int k = 0;
    for (Row row : rows) {
      done.add(row.test().isPresent() ? row.withAdjusted(adjusted.get(k++)) : row);
    }
    return new Table(groupVariable, groups, groups.stream().map(sizes::get).toList(), total, done);
  }

  /**
   * Each code by group.
   *
   * @param groups the groups with segments, sorted; {@code sizes} their segments
   * @param total the segments of all groups
   */
  public record Table(String groupVariable, List<String> groups, List<Long> sizes, long total, List<Row> rows) {
    public Table {
      groups = List.copyOf(groups);
      sizes = List.copyOf(sizes);
      rows = List.copyOf(rows);
    }

    /** Codes tested: the m of Holm's adjustment. */
    public long tested() {
      return rows.stream().filter(r -> r.test().isPresent()).count();
    }
  }

  /**
   * One code: its segments in all groups and in each (in the order of {@link Table#groups()}),
   * the test of its 2 × k table, or why there is none, and the p-value adjusted for the codes tested.
   */
  public record Row(String code, long coded, List<Long> codedByGroup, Optional<CrosstabResult> test,
      Optional<StatisticsException> refused, double adjustedPValue) {
    public Row {
      codedByGroup = List.copyOf(codedByGroup);
    }

    Row withAdjusted(double p) {
      return new Row(code, coded, codedByGroup, test, refused, p);
    }

    /** Share of the group's segments carrying the code, in percent. */
    public double percent(Table table, int group) {
      return CodeFrequencies.percent(codedByGroup.get(group), table.sizes().get(group));
    }

    /** Whether the groups differ at {@code level} once adjusted for the codes tested. */
    public boolean differs(double level) {
      return test.isPresent() && adjustedPValue < level;
    }
  }
}
