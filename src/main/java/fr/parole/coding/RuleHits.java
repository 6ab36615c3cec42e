package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far the codebook's rules can be trusted on a corpus: for each code of a dimension, on how
 * many coded texts a rule for it (or for one of its sub-codes) fired, and on how many of those the
 * people chose that code. Counted on the texts a learned coder is trained on, and kept with it.
 */
public final class RuleHits {
  /**
   * What a rule is worth before any text is seen: {@link RuleCoder#RULE_CONFIDENCE}, counted as
   * this many hits. Two is the smallest weight that lets one wrong hit lower the estimate without
   * reversing it (a fixed choice, not fitted).
   */
  static final double PRIOR_HITS = 2;

  /** Per code id: {hits, right}. */
  private final Map<String, int[]> counts;

  private RuleHits(Map<String, int[]> counts) {
    this.counts = counts;
  }

  /**
   * Counts the rule hits of {@code dimension} on coded texts, {@code gold} holding each text's codes.
   * A hit on a code nobody used (and no ancestor of it) is counted under that code, never right:
   * people had the text in hand and did not give it that code.
   */
  static RuleHits count(Dimension dimension, List<TaggedText> texts, List<Set<String>> gold, RuleCoder rules) {
    return count(dimension, texts.stream().map(rules::suggest).toList(), gold);
  }

  /** As {@link #count(Dimension, List, List, RuleCoder)}, from each text's rule hits, already found. */
  static RuleHits count(Dimension dimension, List<List<Suggestion>> hits, List<Set<String>> gold) {
    Set<String> used = new HashSet<>();
    gold.forEach(used::addAll);
    Map<String, int[]> counts = new TreeMap<>();
    for (int i = 0; i < hits.size(); i++) {
      Set<String> fired = new HashSet<>();
      for (Suggestion hit : hits.get(i)) {
        if (!hit.code().startsWith(dimension.id() + "/")) {
          continue;
        }
        String label = label(dimension, hit.code(), used);
        fired.add(label != null ? label : hit.code().substring(dimension.id().length() + 1));
      }
      for (String label : fired) {
        int[] c = counts.computeIfAbsent(label, l -> new int[2]);
        c[0]++;
        c[1] += gold.get(i).contains(label) ? 1 : 0;
      }
    }
    return new RuleHits(counts);
  }

  /** The code among {@code used} that a hit on {@code path} ({@code dimension/code}) speaks for, or null. */
  static String label(Dimension dimension, String path, Set<String> used) {
    int slash = path.indexOf('/');
    if (!path.substring(0, slash).equals(dimension.id())) {
      return null;
    }
    return dimension.code(path.substring(slash + 1)).map(c -> CodebookTexts.closestUsed(dimension, c, used))
        .orElse(null);
  }

  /**
   * The probability that a text a rule of {@code code} fires on has that code: the share of right
   * hits, starting from the rule confidence weighted as {@link #PRIOR_HITS} hits. Always in (0, 1).
   */
  public double precision(String code) {
    int[] c = counts.getOrDefault(code, new int[2]);
    return (c[1] + PRIOR_HITS * RuleCoder.RULE_CONFIDENCE) / (c[0] + PRIOR_HITS);
  }

  /** The hits and right hits of {@code code}. */
  public int[] of(String code) {
    return counts.getOrDefault(code, new int[2]).clone();
  }

  /** {@code code=hits/right;…}, as kept in a model's manifest. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    counts.forEach((code, c) -> text.append(text.length() == 0 ? "" : ";").append(code).append('=').append(c[0])
        .append('/').append(c[1]));
    return text.toString();
  }

  /** Reads {@link #toString()}; null or blank gives no hits. */
  static RuleHits parse(String text) {
    Map<String, int[]> counts = new TreeMap<>();
    if (text != null && !text.isBlank()) {
      for (String entry : text.split(";")) {
        int eq = entry.indexOf('=');
        int slash = entry.indexOf('/', eq);
        counts.put(entry.substring(0, eq), new int[] {Integer.parseInt(entry.substring(eq + 1, slash)),
            Integer.parseInt(entry.substring(slash + 1))});
      }
    }
    return new RuleHits(counts);
  }
}
