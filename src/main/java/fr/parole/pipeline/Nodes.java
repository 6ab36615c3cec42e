package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nodes a count is made for (a codebook's codes, or its top-level codes only) and, for each
 * code number of {@link CountedCodings.Book}, the nodes its segments count for: itself and its
 * parents, so that a theme counts the segments of its sub-codes, each once.
 */
record Nodes(List<String> names, Map<String, Integer> index, int[][] ofCode) {
  /** Every code of the codebook as a node. */
  static Nodes of(Optional<Codebook> book, CountedCodings.Book counts) {
    return build(book, counts, false);
  }

  /** The top-level codes only (a sub-code counts for its top). */
  static Nodes tops(Optional<Codebook> book, CountedCodings.Book counts) {
    return build(book, counts, true);
  }

  private static Nodes build(Optional<Codebook> book, CountedCodings.Book counts, boolean topsOnly) {
    List<String> names = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, List<String>> chains = new HashMap<>();
    book.ifPresent(b -> b.codes().forEach(code -> {
      List<String> chain = chain(b, code);
      chains.put(code.path(), topsOnly ? List.of(chain.get(chain.size() - 1)) : chain);
      if (!topsOnly || chain.size() == 1) {
        index.put(code.path(), names.size());
        names.add(code.path());
      }
    }));
    int[][] ofCode = new int[counts.codes.size()][];
    for (int c = 0; c < ofCode.length; c++) {
      ofCode[c] = chains.getOrDefault(counts.codes.get(c), List.of()).stream().mapToInt(n -> index.getOrDefault(n, -1))
          .filter(i -> i >= 0).toArray();
    }
    return new Nodes(List.copyOf(names), Map.copyOf(index), ofCode);
  }

  /** The code's chain: itself, then its parents up to the top. */
  static List<String> chain(Codebook book, Code code) {
    List<String> chain = new ArrayList<>();
    Optional<Code> current = Optional.of(code);
    while (current.isPresent() && !chain.contains(current.get().path())) {
      chain.add(current.get().path());
      Code c = current.get();
      current = c.parent() == null || c.parent().isBlank() ? Optional.empty() : book.code(c.dimension() + "/" + c.parent());
    }
    return chain;
  }

  int size() {
    return names.size();
  }

  /** The node's number, -1 when it is not one. */
  int index(String node) {
    return index.getOrDefault(node, -1);
  }

  /** Counts by node number as counts by node name (nodes without a segment left out). */
  Map<String, Long> counts(long[] perNode) {
    Map<String, Long> counts = new HashMap<>();
    for (int n = 0; n < perNode.length; n++) {
      if (perNode[n] > 0) {
        counts.put(names.get(n), perNode[n]);
      }
    }
    return counts;
  }

  /** The numbers of the codes that count for {@code node} (itself and its sub-codes). */
  int[] codesUnder(String node) {
    int wanted = index(node);
    List<Integer> codes = new ArrayList<>();
    for (int c = 0; c < ofCode.length; c++) {
      for (int n : ofCode[c]) {
        if (n == wanted) {
          codes.add(c);
        }
      }
    }
    return codes.stream().mapToInt(Integer::intValue).toArray();
  }
}
