package fr.parole.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Word specificities by group from a lexical table (group → word → occurrences), on lemmas with
 * stop words already removed by the caller. Every word of the corpus gets a score in every group,
 * including groups where it never occurs (a strongly negative score can be telling).
 */
public final class Specificities {

  /** All scores, by group (alphabetical), then from most over- to most under-represented, then by word. */
  public List<Specificity> compute(Map<String, Map<String, Long>> occurrencesByGroup) {
    Map<String, Long> corpusFrequencies = new TreeMap<>();
    Map<String, Long> groupSizes = new TreeMap<>();
    occurrencesByGroup.forEach((group, words) -> words.forEach((word, count) -> {
      if (count < 0) {
        throw new StatisticsException("Nombre d'occurrences négatif pour « " + word + " » dans « " + group + " ».");
      }
      corpusFrequencies.merge(word, count, Long::sum);
      groupSizes.merge(group, count, Long::sum);
    }));
    long corpusSize = groupSizes.values().stream().mapToLong(Long::longValue).sum();
    if (corpusSize == 0) {
      throw new StatisticsException("Aucune occurrence : les spécificités demandent un corpus non vide.");
    }
    List<Specificity> all = new ArrayList<>();
    for (Map.Entry<String, Long> group : groupSizes.entrySet()) {
      Map<String, Long> words = occurrencesByGroup.get(group.getKey());
      for (Map.Entry<String, Long> word : corpusFrequencies.entrySet()) {
        long k = words.getOrDefault(word.getKey(), 0L);
        all.add(specificity(group.getKey(), word.getKey(), k, word.getValue(), group.getValue(), corpusSize));
      }
    }
    all.sort(Comparator.comparing(Specificity::group)
        .thenComparing(Comparator.comparingDouble(Specificity::score).reversed())
        .thenComparing(Specificity::word));
    return List.copyOf(all);
  }

  /** One score: k occurrences in a part of t, for a word with f occurrences in a corpus of T. */
  public static Specificity specificity(String group, String word, long k, long f, long t, long total) {
    if (k > f || k > t || f > total || t > total) {
      throw new IllegalArgumentException("inconsistent counts: k=" + k + " f=" + f + " t=" + t + " T=" + total);
    }
    double expected = (double) f * t / total;
    HypergeometricTail tail = new HypergeometricTail(total, f, t);
    // Integer comparison (no overflow: every count fits in an int) so that k exactly at its
    // expected value counts as over-represented, as in TXM.
    boolean atLeastExpected = k * total >= f * t;
    double score = atLeastExpected ? -tail.log10Upper((int) k) : tail.log10Lower((int) k);
    // -0.0 would print as "-0" in a report.
    return new Specificity(group, word, k, f, t, total, expected, score + 0.0);
  }

  /** The scores as a table, one row per (group, word), in the order given. */
  public static Table toTable(List<Specificity> specificities) {
    Table table = Table.create("spécificités");
    table.addColumns(
        StringColumn.create("group", specificities.stream().map(Specificity::group).toList()),
        StringColumn.create("word", specificities.stream().map(Specificity::word).toList()),
        LongColumn.create("groupFrequency", specificities.stream().mapToLong(Specificity::groupFrequency).toArray()),
        LongColumn.create("corpusFrequency", specificities.stream().mapToLong(Specificity::corpusFrequency).toArray()),
        DoubleColumn.create("expected", specificities.stream().mapToDouble(Specificity::expected).toArray()),
        DoubleColumn.create("score", specificities.stream().mapToDouble(Specificity::score).toArray()));
    return table;
  }
}
