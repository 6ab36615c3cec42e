package fr.parole.stats;

/**
 * How much a word (lemma) is over- or under-used in one group (establishment, role…), after
 * Lafon (1980) as in Lexico and TXM: in a corpus of {@code corpusSize} occurrences where the
 * word occurs {@code corpusFrequency} times, the group's part has {@code groupSize} occurrences
 * of which {@code groupFrequency} are the word. Score: −log10 P(X ≥ k) (positive) when k is at
 * least its expected value, log10 P(X ≤ k) (negative) otherwise, X hypergeometric. A score of
 * +3 means a frequency this high has about one chance in a thousand under an even spread.
 */
public record Specificity(String group, String word, long groupFrequency, long corpusFrequency,
    long groupSize, long corpusSize, double expected, double score) {

  public boolean overRepresented() {
    return score > 0;
  }
}
