package fr.parole.study;

import java.util.List;

/**
 * The corpus counts the statistics read: asked of the store each time ({@link StoreQueries}), or
 * read once for a whole report ({@link CorpusCounts}).
 */
public interface CorpusQueries {
  StoreSummary summary();

  /** The attribute names present on segments, alphabetically. */
  List<String> attributeNames();

  /** How many different values an attribute takes on segments. */
  int distinctValues(String attribute);

  /**
   * Participants' sources, segments and words per value of {@code attribute}, most segments first,
   * then by value; segments without the attribute are counted under a {@code null} value, first
   * among values with as many segments.
   */
  List<ValueCount> countsBy(String attribute);
}
