package fr.parole.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A search: a Lucene query (words, "phrases"~n, wildcards*, AND/OR/NOT; {@code exact:} for words
 * as written), attribute filters, whether interviewer turns count, and how many concordance lines
 * to return (0 for all). A filter names an attribute as the user wrote it ({@code rôle}) and the
 * values asked for ({@code MED,CDS} or several entries: any of them); filters on different
 * attributes all apply.
 */
public record SearchRequest(
    String query, Map<String, List<String>> where, boolean includeInterviewer, int limit, int context) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    where.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    where = Collections.unmodifiableMap(copy);
  }
}
