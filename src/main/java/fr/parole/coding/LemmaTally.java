package fr.parole.coding;

import fr.parole.study.LemmaCounts;
import fr.parole.study.LemmaValueWriter;
import fr.parole.study.SegmentRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Sums the content lemmas of a coding run per source, per value of each counted attribute and
 * per lemma, on the caller's thread, then writes them in one go. Memory is the size of the table
 * written (sources × counted values × vocabulary), not of the text: an attribute with more than
 * {@link LemmaCounts#MAX_VALUES} values in a source (free text, a date) stops being counted there.
 */
final class LemmaTally {
  /** Per source: segments seen, occurrences per lemma, and per counted attribute, per value. */
  private static final class SourceTally {
    int segments;
    long occurrences;
    final Map<String, long[]> corpus = new HashMap<>();
    final Map<String, Map<String, Map<String, long[]>>> byAttribute = new TreeMap<>();
    final Set<String> dropped = new TreeSet<>();
  }

  private final Set<String> attributes;
  private final Map<Long, SourceTally> bySource = new TreeMap<>();
  /** The sources already written by {@link #writeSource} (and forgotten). */
  private final Set<Long> written = new TreeSet<>();

  /** Counts per value of {@code attributes} (the others are not counted). */
  LemmaTally(Set<String> attributes) {
    this.attributes = Set.copyOf(attributes);
  }

  void add(SegmentRecord segment, List<String> lemmas) {
    SourceTally source = bySource.computeIfAbsent(segment.sourceId(), id -> new SourceTally());
    source.segments++;
    source.occurrences += lemmas.size();
    for (String lemma : lemmas) {
      source.corpus.computeIfAbsent(lemma, l -> new long[1])[0]++;
    }
    segment.attributes().forEach((name, value) -> {
      if (!attributes.contains(name) || source.dropped.contains(name)) {
        return;
      }
      Map<String, Map<String, long[]>> values = source.byAttribute.computeIfAbsent(name, n -> new HashMap<>());
      Map<String, long[]> counts = values.get(value);
      if (counts == null) {
        if (values.size() == LemmaCounts.MAX_VALUES) {
          source.byAttribute.remove(name);
          source.dropped.add(name);
          return;
        }
        counts = new HashMap<>();
        values.put(value, counts);
      }
      for (String lemma : lemmas) {
        counts.computeIfAbsent(lemma, l -> new long[1])[0]++;
      }
    });
  }

  /** The sources this run counted, written already or not. */
  Set<Long> sources() {
    Set<Long> sources = new TreeSet<>(written);
    sources.addAll(bySource.keySet());
    return sources;
  }

  /** Replaces the counts of every source this run saw but those {@code gone} from the store since. */
  void writeTo(LemmaValueWriter writer, Set<Long> gone) {
    bySource.forEach((sourceId, source) -> {
      if (!gone.contains(sourceId)) {
        write(writer, sourceId, source);
      }
    });
    writer.flush();
  }

  /**
   * Replaces the counts of a source whose segments have all been counted, and forgets them: a run
   * that writes as it codes writes each source's rows while the next one is tagged.
   */
  void writeSource(LemmaValueWriter writer, long sourceId) {
    SourceTally source = bySource.remove(sourceId);
    if (source != null) {
      write(writer, sourceId, source);
      written.add(sourceId);
    }
  }

  private void write(LemmaValueWriter writer, long sourceId, SourceTally source) {
    Set<String> counted = new TreeSet<>(attributes);
    counted.removeAll(source.dropped);
    writer.replaceSource(sourceId, source.segments, source.occurrences, counted);
    source.corpus.forEach((lemma, count) -> writer.addCorpus(sourceId, lemma, count[0]));
    source.byAttribute.forEach((name, values) -> values.forEach((value, counts) ->
        counts.forEach((lemma, count) -> writer.addValue(sourceId, name, value, lemma, count[0]))));
  }
}
