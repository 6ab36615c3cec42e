package fr.parole.stats;

import fr.parole.study.LemmaCounts.LemmaCoverage;
import fr.parole.study.LemmaCounts.LemmaTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The lemmas each group over- and under-uses (Lafon's specificities, see {@link Specificities})
 * from the stored lemma counts of one attribute: for each value, its top {@code n} positive and
 * negative scores. Lemmas rarer than {@code minFrequency} in the whole corpus are left out, as
 * Lexico's frequency threshold does: a word seen twice cannot be significantly specific, and
 * scoring every hapax of a large corpus in every group is most of the time.
 */
public final class LemmaSpecificities {

  /**
   * One group's most specific lemmas.
   *
   * @param size content-lemma occurrences in the group
   * @param overUsed highest scores first (score &gt; 0), ties by lemma
   * @param underUsed lowest scores first (score &lt; 0), ties by lemma
   */
  public record GroupSpecificities(String group, long size, List<Specificity> overUsed, List<Specificity> underUsed) {
    public GroupSpecificities {
      overUsed = List.copyOf(overUsed);
      underUsed = List.copyOf(underUsed);
    }
  }

  private static final Comparator<Specificity> MOST_OVER = Comparator.comparingDouble(Specificity::score).reversed()
      .thenComparing(Specificity::word);
  private static final Comparator<Specificity> MOST_UNDER = Comparator.comparingDouble(Specificity::score)
      .thenComparing(Specificity::word);

  /**
   * Groups in alphabetical order, each with at most {@code n} over- and {@code n} under-used lemmas.
   *
   * @throws StatisticsException when the table is empty (the message says why: never coded), or
   *     when fewer than two groups have lemmas (nothing to contrast)
   */
  public List<GroupSpecificities> top(LemmaTable table, int n, long minFrequency) {
    if (n < 1 || minFrequency < 1) {
      throw new IllegalArgumentException("n and minFrequency must be positive: " + n + ", " + minFrequency);
    }
    if (table.isEmpty()) {
      LemmaCoverage coverage = table.coverage();
      if (coverage.gap().isPresent()) {
        throw new StatisticsException(table.notice().orElseThrow(), "lemmas." + coverage.gap().get(),
            coverage.countedSources(), coverage.analysedSources());
      }
      throw new StatisticsException("Aucun lemme compté pour l'attribut « " + table.attribute() + " ».",
          "specificities.noLemmas", table.attribute());
    }
    Map<String, Long> sizes = table.totals();
    if (sizes.values().stream().filter(size -> size > 0).count() < 2) {
      throw new StatisticsException("Spécificités par « " + table.attribute() + " » impossibles : il faut au moins "
          + "deux valeurs ayant des lemmes comptés (valeurs : " + String.join(", ", sizes.keySet()) + ").",
          "specificities.oneGroup", table.attribute(), String.join(", ", sizes.keySet()));
    }
    SortedMap<String, Long> corpus = new TreeMap<>();
    table.counts().values().forEach(lemmas -> lemmas.forEach((lemma, count) -> corpus.merge(lemma, count, Long::sum)));
    corpus.values().removeIf(frequency -> frequency < minFrequency);
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    List<GroupSpecificities> groups = new ArrayList<>();
    table.counts().forEach((group, lemmas) -> {
      long size = sizes.get(group);
      List<Specificity> over = new ArrayList<>();
      List<Specificity> under = new ArrayList<>();
      corpus.forEach((lemma, frequency) -> {
        Specificity s = Specificities.specificity(group, lemma, lemmas.getOrDefault(lemma, 0L), frequency, size, total);
        if (s.score() > 0) {
          over.add(s);
        } else if (s.score() < 0) {
          under.add(s);
        }
      });
      groups.add(new GroupSpecificities(group, size, first(over, MOST_OVER, n), first(under, MOST_UNDER, n)));
    });
    return List.copyOf(groups);
  }

  private static List<Specificity> first(List<Specificity> scores, Comparator<Specificity> order, int n) {
    scores.sort(order);
    return scores.subList(0, Math.min(n, scores.size()));
  }
}
