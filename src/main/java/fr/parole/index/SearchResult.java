package fr.parole.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: how many segments and matches, the concordance lines, and the number of
 * matching segments per value of each attribute (facets), most frequent first.
 */
public record SearchResult(int segments, int matches, List<KwicLine> lines, Map<String, List<FacetCount>> facets) {
  public SearchResult {
    lines = List.copyOf(lines);
    facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
  }

  public record FacetCount(String value, int segments) {}
}
