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
    if (attributes.size() > 2) {
      throw new StatisticsException("Les fréquences se croisent par un ou deux attributs, pas "
          + attributes.size() + " (" + String.join(", ", attributes) + ").");
    }
    checkAttributesExist(codings, attributes);
    Map<List<String>, Tally> groups = new TreeMap<>(GROUP_ORDER);
    Map<String, Map<List<String>, Tally>> byCode = new TreeMap<>();
    for (CodedSegment coding : codings) {
      List<String> group = groupOf(coding, attributes);
      groups.computeIfAbsent(group, g -> new Tally()).add(coding);
      byCode.computeIfAbsent(coding.code(), c -> new TreeMap<>(GROUP_ORDER))
          .computeIfAbsent(group, g -> new Tally()).add(coding);
    }
    List<CodeFrequencyTable.Group> groupList = new ArrayList<>();
    groups.forEach((values, tally) -> groupList.add(sizes.getOrDefault(values,
        new CodeFrequencyTable.Group(values, tally.segments.size(), tally.sources.size()))));
    List<CodeFrequencyTable.Row> rows = new ArrayList<>();
    byCode.forEach((code, tallies) -> {
      long codeSegments = tallies.values().stream().mapToLong(t -> t.segments.size()).sum();
      for (CodeFrequencyTable.Group group : groupList) {
        Tally tally = tallies.getOrDefault(group.values(), new Tally());
        rows.add(new CodeFrequencyTable.Row(code, group.values(), tally.segments.size(), tally.sources.size(),
            percent(tally.segments.size(), group.segments()), percent(tally.sources.size(), group.sources()),
            percent(tally.segments.size(), codeSegments)));
      }
    });
    return new CodeFrequencyTable(attributes, groupList, rows);
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
  }
}
