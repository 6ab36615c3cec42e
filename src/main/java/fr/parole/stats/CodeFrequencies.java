package fr.parole.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Code frequencies cut by attributes (établissement, rôle, niveau, service, polarité, région,
 * année, item…), from coded segments held in memory. Percentages are of the group's segments
 * and sources: by default those coded at least once (what the codings tell), or the group's
 * whole corpus when the caller passes its sizes.
 */
public final class CodeFrequencies {
  /** The value shown for a segment that lacks the attribute. */
  public static final String MISSING = "(non renseigné)";

  private static final Comparator<List<String>> GROUP_ORDER = (a, b) -> {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  /** Percentages of the coded segments and sources of each group. */
  public CodeFrequencyTable by(Collection<CodedSegment> codings, List<String> attributes) {
    return compute(codings, attributes, Map.of());
  }

  /**
   * Percentages of the group sizes given (key: the group's attribute values, in the order of
   * {@code attributes}); a group missing from {@code sizes} falls back to its coded segments.
   */
  public CodeFrequencyTable by(Collection<CodedSegment> codings, List<String> attributes,
      Map<List<String>, CodeFrequencyTable.Group> sizes) {
    return compute(codings, attributes, sizes);
  }

  private CodeFrequencyTable compute(Collection<CodedSegment> codings, List<String> attributes,
      Map<List<String>, CodeFrequencyTable.Group> sizes) {
    checkAttributeCount(attributes);
    checkAttributesExist(codings, attributes);
    Map<List<String>, Tally> groups = new TreeMap<>(GROUP_ORDER);
    Map<String, Map<List<String>, Tally>> byCode = new TreeMap<>();
    for (CodedSegment coding : codings) {
      List<String> group = groupOf(coding, attributes);
      groups.computeIfAbsent(group, g -> new Tally()).add(coding);
      byCode.computeIfAbsent(coding.code(), c -> new TreeMap<>(GROUP_ORDER))
          .computeIfAbsent(group, g -> new Tally()).add(coding);
    }
    Map<List<String>, Count> groupCounts = new TreeMap<>(GROUP_ORDER);
    groups.forEach((group, tally) -> groupCounts.put(group, tally.count()));
    Map<String, Map<List<String>, Count>> codeCounts = new TreeMap<>();
    byCode.forEach((code, tallies) -> tallies.forEach((group, tally) ->
        codeCounts.computeIfAbsent(code, c -> new TreeMap<>(GROUP_ORDER)).put(group, tally.count())));
    return fromCounts(attributes, groupCounts, codeCounts, sizes);
  }

  /**
   * The same table from counts made elsewhere (e.g. by the store, without holding the codings):
   * each group's distinct segments and sources coded ({@code groups}, key: the group's values in the
   * order of {@code attributes}, a missing value as {@link #MISSING}), and each code's in each group
   * ({@code byCode}, groups where the code is absent may be left out). Group sizes as in
   * {@link #by(Collection, List, Map)}.
   */
  public CodeFrequencyTable fromCounts(List<String> attributes, Map<List<String>, Count> groups,
      Map<String, ? extends Map<List<String>, Count>> byCode, Map<List<String>, CodeFrequencyTable.Group> sizes) {
    checkAttributeCount(attributes);
    Map<List<String>, Count> sortedGroups = new TreeMap<>(GROUP_ORDER);
    sortedGroups.putAll(groups);
    List<CodeFrequencyTable.Group> groupList = new ArrayList<>();
    sortedGroups.forEach((values, count) -> groupList.add(sizes.getOrDefault(values,
        new CodeFrequencyTable.Group(values, count.segments(), count.sources()))));
    List<CodeFrequencyTable.Row> rows = new ArrayList<>();
    new TreeMap<>(byCode).forEach((code, counts) -> {
      long codeSegments = counts.values().stream().mapToLong(Count::segments).sum();
      for (CodeFrequencyTable.Group group : groupList) {
        Count count = counts.getOrDefault(group.values(), Count.NONE);
        rows.add(new CodeFrequencyTable.Row(code, group.values(), count.segments(), count.sources(),
            percent(count.segments(), group.segments()), percent(count.sources(), group.sources()),
            percent(count.segments(), codeSegments)));
      }
    });
    return new CodeFrequencyTable(attributes, groupList, rows);
  }

  /** Distinct segments and sources of a group, or of a code in a group. */
  public record Count(long segments, long sources) {
    static final Count NONE = new Count(0, 0);
  }

  private static void checkAttributeCount(List<String> attributes) {
    if (attributes.size() > 2) {
      throw new StatisticsException("Les fréquences se croisent par un ou deux attributs, pas "
          + attributes.size() + " (" + String.join(", ", attributes) + ").");
    }
  }

  private static void checkAttributesExist(Collection<CodedSegment> codings, List<String> attributes) {
    Set<String> known = new TreeSet<>();
    codings.forEach(c -> known.addAll(c.attributes().keySet()));
    for (String attribute : attributes) {
      if (!known.contains(attribute)) {
        throw new StatisticsException("L'attribut « " + attribute + " » n'existe pas dans les segments codés ; "
            + (known.isEmpty() ? "ils n'en portent aucun." : "attributs connus : " + String.join(", ", known) + "."));
      }
    }
  }

  private static List<String> groupOf(CodedSegment coding, List<String> attributes) {
    List<String> values = new ArrayList<>(attributes.size());
    for (String attribute : attributes) {
      values.add(groupValue(coding.attributes().get(attribute)));
    }
    return List.copyOf(values);
  }

  /** The group a value stands for: itself, or {@link #MISSING} when it is absent or blank. */
  public static String groupValue(String value) {
    return value == null || value.isBlank() ? MISSING : value;
  }

  static double percent(double part, double whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** Distinct segments and sources: a segment coded twice with the same code counts once. */
  private static final class Tally {
    private final Set<Long> segments = new HashSet<>();
    private final Set<String> sources = new HashSet<>();

    void add(CodedSegment coding) {
      segments.add(coding.segment());
      sources.add(coding.source());
    }

    Count count() {
      return new Count(segments.size(), sources.size());
    }
  }
}
