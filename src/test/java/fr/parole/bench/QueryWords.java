package fr.parole.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/** The query words of the search measure: frequent and rarer words of the generated participant turns. */
final class QueryWords {
  private QueryWords() {}

  /**
   * Half frequent words (the 50 most frequent content words), half rarer ones (drawn from the less
   * frequent half of the vocabulary). Stop words and words under 4 letters are left out.
   */
  static List<String> choose(Map<String, Integer> counts, Random random) {
    Set<String> stop = new HashSet<>();
    FrenchAnalyzer.getDefaultStopSet().forEach(w -> stop.add(new String((char[]) w)));
    List<Map.Entry<String, Integer>> vocabulary = counts.entrySet().stream()
        .filter(e -> e.getKey().length() >= 4 && !stop.contains(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    if (vocabulary.size() < 20) {
      throw new IllegalStateException("Vocabulaire trop pauvre pour les requêtes : " + vocabulary.size() + " mots.");
    }
    int frequentCount = Math.min(50, vocabulary.size() / 4);
    List<String> frequent = vocabulary.subList(0, frequentCount).stream().map(Map.Entry::getKey).toList();
    List<String> rarer = new ArrayList<>(
        vocabulary.subList(vocabulary.size() / 2, vocabulary.size()).stream().map(Map.Entry::getKey).toList());
    Collections.shuffle(rarer, random);
    List<String> words = new ArrayList<>(frequent);
    words.addAll(rarer.subList(0, Math.min(frequentCount, rarer.size())));
    return words;
  }

  /** {@code n} words drawn from {@code words}, each pass over the list in a new random order. */
  static List<String> draw(List<String> words, int n, Random random) {
    List<String> drawn = new ArrayList<>();
    List<String> pass = new ArrayList<>(words);
    while (drawn.size() < n) {
      Collections.shuffle(pass, random);
      drawn.addAll(pass.subList(0, Math.min(pass.size(), n - drawn.size())));
    }
    return drawn;
  }
}
