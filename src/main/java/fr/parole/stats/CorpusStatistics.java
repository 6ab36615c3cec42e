package fr.parole.stats;

import fr.parole.study.CorpusQueries;
import fr.parole.study.StoreSummary;
import fr.parole.study.ValueCount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Corpus counts by attribute, computed by the store (never by loading every segment). */
public final class CorpusStatistics {
  /**
   * An attribute study.yaml does not list is shown only up to this many values: a verbatim's
   * date has hundreds, and a table of them drowns the ones that matter. Listing it shows it.
   */
  public static final int MAX_UNLISTED_VALUES = 40;

  private final CorpusQueries queries;

  /** Statistics on {@code queries}: the store itself, or the counts a report read once. */
  public CorpusStatistics(CorpusQueries queries) {
    this.queries = queries;
  }

  public StoreSummary summary() {
    return queries.summary();
  }

  /**
   * The attributes to show: those study.yaml lists first, in its order, then any other the
   * segments carry with at most {@link #MAX_UNLISTED_VALUES} values, alphabetically; only
   * attributes present in the store.
   */
  public List<String> attributes(List<String> preferred) {
    List<String> present = queries.attributeNames();
    LinkedHashSet<String> ordered = new LinkedHashSet<>();
    preferred.stream().filter(present::contains).forEach(ordered::add);
    // Listed attributes are shown whatever their number of values: no need to count those.
    present.stream().filter(name -> ordered.contains(name) || queries.distinctValues(name) <= MAX_UNLISTED_VALUES)
        .forEach(ordered::add);
    return List.copyOf(ordered);
  }

  public AttributeBreakdown breakdown(String attribute) {
    return breakdown(attribute, queries.summary());
  }

  /** The breakdown, with the corpus totals already read (a report shows several attributes). */
  public AttributeBreakdown breakdown(String attribute, StoreSummary summary) {
    List<AttributeBreakdown.Row> rows = new ArrayList<>();
    for (ValueCount count : queries.countsBy(attribute)) {
      rows.add(new AttributeBreakdown.Row(count.value(), count.sources(), count.segments(),
          share(count.segments(), summary.segments()), count.words(), share(count.words(), summary.words())));
    }
    return new AttributeBreakdown(attribute, rows, summary.segments(), summary.words());
  }

  private static double share(double part, double whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
