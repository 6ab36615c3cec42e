package fr.parole.solr;

import java.util.TreeMap;

/**
 * Reads back where Solr's unified highlighter marked the matches of a whole field (one passage,
 * the matches between {@link #PRE} and {@link #POST}), as offsets in the segment's text: the
 * highlighter walks Lucene's Matches API over the indexed offsets, as the local concordance does.
 */
final class SolrKwic {
  /**
   * Control characters as markers: no stored text holds one (the importers' {@code
   * ControlCharacters} removes U+0000-U+001F but tab and newline), so none shifts the offsets.
   */
  static final String PRE = "\u0001";
  static final String POST = "\u0002";

  private SolrKwic() {}

  /** Adds the [start, end) spans marked in {@code highlighted} to {@code spans} (start → end). */
  static void collect(String highlighted, TreeMap<Integer, Integer> spans) {
    int offset = 0;
    int start = -1;
    for (int i = 0; i < highlighted.length(); i++) {
      char c = highlighted.charAt(i);
      if (c == PRE.charAt(0)) {
        start = offset;
      } else if (c == POST.charAt(0)) {
        spans.merge(start, offset, Math::max);
      } else {
        offset++;
      }
    }
  }
}
