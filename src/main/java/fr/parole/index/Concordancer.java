package fr.parole.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;

/**
 * Finds where a query matched inside a segment, with Lucene's Matches API over the indexed
 * offsets, so concordance lines show exactly what the index matched (a stem, a phrase, a
 * wildcard), not a re-guess of it.
 */
public final class Concordancer {
  private final Weight weight;

  Concordancer(Weight weight) {
    this.weight = weight;
  }

  /** The [start, end) spans matched in the segment's text, in order, overlaps merged. */
  List<int[]> spans(LeafReaderContext leaf, int docInLeaf) throws IOException {
    Matches matches = weight.matches(leaf, docInLeaf);
    TreeMap<Integer, Integer> spans = new TreeMap<>();
    if (matches != null) {
      for (String field : List.of(IndexFields.TEXT, IndexFields.EXACT)) {
        MatchesIterator it = matches.getMatches(field);
        while (it != null && it.next()) {
          if (it.startOffset() >= 0) {
            spans.merge(it.startOffset(), it.endOffset(), Math::max);
          }
        }
      }
    }
    return merged(spans);
  }

  /** Spans (start → end) in order, overlapping or touching ones merged: every backend's concordance shows them so. */
  public static List<int[]> merged(TreeMap<Integer, Integer> spans) {
    List<int[]> merged = new ArrayList<>();
    spans.forEach((start, end) -> {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && start <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        merged.add(new int[] {start, end});
      }
    });
    return merged;
  }

  /** The text before a match, at most {@code width} characters, cut at a word and on one line. */
  public static String left(String text, int start, int width) {
    int from = Math.max(0, start - width);
    while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    return oneLine(text.substring(from, start));
  }

  public static String right(String text, int end, int width) {
    int to = Math.min(text.length(), end + width);
    while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    return oneLine(text.substring(end, to));
  }

  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
