package fr.parole.index;

import java.util.Map;
import java.util.Objects;

/**
 * A search: a Lucene query (words, "phrases"~n, wildcards*, AND/OR/NOT; {@code exact:} for words
 * as written), attribute filters, whether interviewer turns count, and how many concordance lines
 * to return (0 for all).
 */
public record SearchRequest(String query, Map<String, String> where, boolean includeInterviewer, int limit, int context) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    where = Map.copyOf(where);
  }
}
