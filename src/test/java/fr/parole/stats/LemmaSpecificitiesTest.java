package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.stats.LemmaSpecificities.GroupSpecificities;
import fr.parole.study.LemmaCounts.LemmaCoverage;
import fr.parole.study.LemmaCounts.LemmaTable;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LemmaSpecificitiesTest {
  private static final LemmaCoverage FRESH = new LemmaCoverage(3, 3, 7, 7, 300, 2_000);

  private static SortedMap<String, Long> words(Object... wordsAndCounts) {
    SortedMap<String, Long> words = new TreeMap<>();
    for (int i = 0; i < wordsAndCounts.length; i += 2) {
      words.put((String) wordsAndCounts[i], ((Integer) wordsAndCounts[i + 1]).longValue());
    }
    return words;
  }

  private static LemmaTable table() {
    SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
    counts.put("CHU1", words("attente", 40, "repas", 5, "infirmière", 30, "parking", 2, "accueil", 20));
    counts.put("CH2", words("attente", 5, "repas", 50, "infirmière", 25, "accueil", 20, "chambre", 10));
    counts.put("CHU3", words("attente", 10, "repas", 10, "infirmière", 30, "chambre", 30, "accueil", 18));
    return new LemmaTable("establishment", counts, FRESH);
  }

  @Test
  void topScoresAreTheLibrarysScoresInOrder() {
    List<GroupSpecificities> groups = new LemmaSpecificities().top(table(), 2, 1);
    assertEquals(List.of("CH2", "CHU1", "CHU3"), groups.stream().map(GroupSpecificities::group).toList());
    List<Specificity> all = new Specificities().compute(Map.copyOf(table().counts()).entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue()))));
    for (GroupSpecificities group : groups) {
      List<Specificity> ofGroup = all.stream().filter(s -> s.group().equals(group.group())).toList();
      List<Specificity> over = ofGroup.stream().filter(s -> s.score() > 0).limit(2).toList();
      assertEquals(over, group.overUsed(), group.group());
      List<Specificity> under = ofGroup.stream().filter(s -> s.score() < 0)
          .sorted(java.util.Comparator.comparingDouble(Specificity::score).thenComparing(Specificity::word))
          .limit(2).toList();
      assertEquals(under, group.underUsed(), group.group());
    }
    GroupSpecificities chu1 = groups.get(1);
    assertEquals("attente", chu1.overUsed().get(0).word(), "CHU1 talks of waiting far more than the others");
    assertEquals(97, chu1.size());
  }

  @Test
  void theFrequencyThresholdLeavesRareLemmasOut() {
    List<GroupSpecificities> groups = new LemmaSpecificities().top(table(), 10, 3);
    assertTrue(groups.stream().flatMap(g -> g.overUsed().stream()).noneMatch(s -> s.word().equals("parking")));
  }

  @Test
  void oneGroupHasNothingToContrastWith() {
    SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
    counts.put("CHU1", words("attente", 4));
    StatisticsException e = assertThrows(StatisticsException.class,
        () -> new LemmaSpecificities().top(new LemmaTable("establishment", counts, FRESH), 5, 1));
    assertTrue(e.getMessage().contains("au moins deux valeurs"), e.getMessage());
  }
}
