package fr.parole.coding;

import fr.parole.study.LemmaCountWriter;
import fr.parole.study.SegmentRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums the content lemmas of a coding run per source and attribute combination, on the caller's
 * thread, then writes them in one go. Memory is the size of the table written (sources ×
 * attribute sets × vocabulary), not of the text.
 */
final class LemmaTally {
  /** Per source: segments seen and lemma counts by attribute combination. */
  private static final class SourceTally {
    int segments;
    long occurrences;
    final Map<Map<String, String>, Map<String, long[]>> byAttributes = new HashMap<>();
  }

  private final Map<Long, SourceTally> bySource = new TreeMap<>();

  void add(SegmentRecord segment, List<String> lemmas) {
    SourceTally source = bySource.computeIfAbsent(segment.sourceId(), id -> new SourceTally());
    source.segments++;
    source.occurrences += lemmas.size();
    Map<String, long[]> counts = source.byAttributes.computeIfAbsent(segment.attributes(), a -> new HashMap<>());
    for (String lemma : lemmas) {
      counts.computeIfAbsent(lemma, l -> new long[1])[0]++;
    }
  }

  /** Replaces the counts of every source this run saw. */
  void writeTo(LemmaCountWriter writer) {
    bySource.forEach((sourceId, source) -> {
      writer.replaceSource(sourceId, source.segments, source.occurrences);
      source.byAttributes.forEach((attributes, counts) ->
          counts.forEach((lemma, count) -> writer.add(sourceId, attributes, lemma, count[0])));
    });
    writer.flush();
  }
}
