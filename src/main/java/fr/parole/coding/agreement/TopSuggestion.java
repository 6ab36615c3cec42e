package fr.parole.coding.agreement;

import fr.parole.coding.Suggestion;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Picks the machine's answer in each dimension: the suggestion with the highest confidence; on a
 * tie, the first one given (suggesters list codes in codebook order, so the tie goes to the code
 * listed first). This is the predicted label that {@link Evaluation} compares with gold labels.
 */
public final class TopSuggestion {
  private TopSuggestion() {}

  /** The top suggestion of each dimension present in {@code suggestions}, by dimension id. */
  public static Map<String, Suggestion> perDimension(Collection<Suggestion> suggestions) {
    Objects.requireNonNull(suggestions, "suggestions");
    Map<String, Suggestion> top = new TreeMap<>();
    for (Suggestion suggestion : suggestions) {
      top.merge(AppliedCode.dimensionOf(suggestion.code()), suggestion,
          (best, candidate) -> candidate.confidence() > best.confidence() ? candidate : best);
    }
    return top;
  }
}
