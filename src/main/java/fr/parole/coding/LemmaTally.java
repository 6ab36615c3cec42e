package fr.parole.coding;

import fr.parole.study.LemmaCounts;
import fr.parole.study.LemmaValueWriter;
import fr.parole.study.SegmentRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Sums the content lemmas of a coding run per source, per value of each counted attribute and
 * per lemma, on the caller's thread, then writes them in one go. Memory is the size of the table
 * written (sources × counted values × vocabulary), not of the text: an attribute with more than
 * {@link LemmaCounts#MAX_VALUES} values in a source (free text, a date) stops being counted there.
 */
final class LemmaTally {
  /**
   * Per source: segments seen, and occurrences per lemma, in all and per value of each counted
   * attribute. Each lemma gets a number when first seen, and counts are arrays by that number: a
   * segment's lemma is looked up once, not once more per attribute (at a million comments, half of the
   * Java time of the thread that writes the codings).
   */
  private static final class SourceTally {
    int segments;
    long occurrences;
    final Map<String, Integer> numbers = new HashMap<>();
    final List<String> lemmas = new ArrayList<>();
    long[] corpus = new long[256];
    final Map<String, Map<String, long[]>> byAttribute = new TreeMap<>();
    final Set<String> dropped = new TreeSet<>();

    /** The numbers of {@code lemmas}, numbering those new. */
    int[] numbers(List<String> words) {
      int[] numbers = new int[words.size()];
      for (int i = 0; i < numbers.length; i++) {
        numbers[i] = this.numbers.computeIfAbsent(words.get(i), lemma -> {
          lemmas.add(lemma);
          return lemmas.size() - 1;
        });
      }
      return numbers;
    }

    /** The lemmas' numbers in the lemmas' order, so that rows are written in key order. */
    int[] sorted() {
      return IntStream.range(0, lemmas.size()).boxed().sorted(Comparator.comparing(lemmas::get))
          .mapToInt(Integer::intValue).toArray();
    }
  }

  /** Adds one to {@code counts} at each of {@code numbers}; returns it, or a copy grown as needed. */
  private static long[] count(long[] counts, int[] numbers, int known) {
    long[] grown = counts.length >= known ? counts : Arrays.copyOf(counts, Math.max(known, 2 * counts.length));
    for (int n : numbers) {
      grown[n]++;
    }
    return grown;
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
    int[] numbers = source.numbers(lemmas);
    int known = source.lemmas.size();
    source.corpus = count(source.corpus, numbers, known);
    segment.attributes().forEach((name, value) -> {
      if (!attributes.contains(name) || source.dropped.contains(name)) {
        return;
      }
      Map<String, long[]> values = source.byAttribute.computeIfAbsent(name, n -> new HashMap<>());
      long[] counts = values.get(value);
      if (counts == null) {
        if (values.size() == LemmaCounts.MAX_VALUES) {
          source.byAttribute.remove(name);
          source.dropped.add(name);
          return;
        }
        counts = new long[Math.max(64, known)];
        values.put(value, counts);
      }
      long[] grown = count(counts, numbers, known);
      if (grown != counts) {
        values.put(value, grown);
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
    int[] order = source.sorted();
    for (int n : order) {
      writer.addCorpus(sourceId, source.lemmas.get(n), source.corpus[n]);
    }
    source.byAttribute.forEach((name, values) -> new TreeMap<>(values).forEach((value, counts) -> {
      for (int n : order) {
        if (n < counts.length && counts[n] > 0) {
          writer.addValue(sourceId, name, value, source.lemmas.get(n), counts[n]);
        }
      }
    }));
  }
}
