package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.function.LongToIntFunction;

/**
 * The corpus counts of a report, read once: every attribute set's values (one read of the sets'
 * keys) and the segments' dates, then the participants' segments, words and sources per value of
 * every attribute (one pass over the segments, which also keeps each segment's source, attribute
 * set and kind, so that the codings are read without joining the segments). Asking SQL for each
 * attribute in turn joined and sorted 1,000,000 segments per attribute and per call. Memory: an int
 * per attribute set and attribute, three ints and a byte per segment (the date's index).
 */
public final class CorpusCounts implements CorpusQueries {
  /** SQLite orders text by its UTF-8 bytes, that is by code point; Java's compareTo does not (surrogates). */
  static final Comparator<String> BY_CODE_POINT = CorpusCounts::compareCodePoints;
  private static final Comparator<ValueCount> SQL_ORDER = Comparator.comparingInt(ValueCount::segments).reversed()
      .thenComparing(ValueCount::value, Comparator.nullsFirst(BY_CODE_POINT));

  private StoreSummary summary;
  private final Map<String, Column> columns;
  /** Each source's participants' segments and words, by source id (the source list's counts without a second scan). */
  private int[] segmentsOfSource = new int[0];
  private long[] wordsOfSource = new long[0];
  private final Set<Long> analysedSources = new HashSet<>();
  /** Each segment's source and attribute set (0: none), by segment id; -1 for no such segment. */
  private int[] sourceOfSegment = new int[0];
  private int[] setOfSegment = new int[0];
  /** Each segment's {@link SegmentKind} ordinal, by segment id; -1 for no such segment. */
  private byte[] kindOfSegment = new byte[0];
  /** One more than the highest segment id seen (the arrays grow by doubling, so are often longer). */
  private int idLimit;

  private CorpusCounts(Map<String, Column> columns) {
    this.columns = columns;
  }

  /**
   * One attribute: the value of each attribute set (an index into {@code values}, -1 when absent),
   * or, for the date a segment keeps itself ({@link SegmentDates}), of each segment.
   */
  private static final class Column {
    final List<String> values = new ArrayList<>();
    final Map<String, Integer> ids = new HashMap<>();
    final boolean bySegment;
    int[] ofSet = new int[0];
    List<ValueCount> counts = List.of();

    Column(boolean bySegment) {
      this.bySegment = bySegment;
    }

    void put(long set, String value) {
      int id = ids.computeIfAbsent(value, v -> {
        values.add(v);
        return values.size() - 1;
      });
      if (set >= ofSet.length) {
        int size = (int) Math.max(set + 1, ofSet.length * 2L);
        int old = ofSet.length;
        ofSet = Arrays.copyOf(ofSet, size);
        Arrays.fill(ofSet, old, size, -1);
      }
      ofSet[(int) set] = id;
    }

    int of(long set) {
      return set >= 0 && set < ofSet.length ? ofSet[(int) set] : -1;
    }
  }

  /**
   * Reads the counts; the {@link StoreSummary} and each source's counts come from the same pass
   * over the segments (a second scan of a million segments took over a second, each time).
   */
  static CorpusCounts read(Connection connection, String analysed) throws SQLException {
    Map<String, Column> byName = new HashMap<>();
    // Each set's key holds its names and values: one row per set (5 to 8 times faster to read than
    // attribute_values, one row per set and attribute).
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, key FROM attribute_sets");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long set = rs.getLong(1);
        AttributeSets.forEachInKey(rs.getString(2), (name, value) ->
            byName.computeIfAbsent(name, n -> new Column(false)).put(set, value));
      }
    }
    // A million segments' dates are a few hundred days: each decoded once (TextCache).
    TextCache days = new TextCache();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, date FROM segments WHERE date IS NOT NULL");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        byName.computeIfAbsent(SegmentDates.DATE, n -> new Column(true)).put(rs.getLong(1), days.of(rs.getBytes(2)));
      }
    }
    Map<String, Column> columns = new TreeMap<>(BY_CODE_POINT);
    columns.putAll(byName);
    CorpusCounts counts = new CorpusCounts(columns);
    int sources;
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM sources");
        ResultSet rs = ps.executeQuery()) {
      sources = rs.next() ? rs.getInt(1) : 0;
    }
    counts.count(connection, analysed, sources);
    return counts;
  }

  /** Segments, words and distinct sources per value of every attribute, in one pass. */
  private void count(Connection connection, String analysed, int sourceCount) throws SQLException {
    int analysedSegments = 0;
    long analysedWords = 0;
    int interviewer = 0;
    int preamble = 0;
    List<Column> all = new ArrayList<>(columns.values());
    // Per attribute, per value (the last slot: segments without the attribute).
    long[][] segments = new long[all.size()][];
    long[][] words = new long[all.size()][];
    long[][] lastSource = new long[all.size()][];
    List<List<Set<Long>>> sources = new ArrayList<>();
    for (int a = 0; a < all.size(); a++) {
      int slots = all.get(a).values.size() + 1;
      segments[a] = new long[slots];
      words[a] = new long[slots];
      lastSource[a] = new long[slots];
      Arrays.fill(lastSource[a], Long.MIN_VALUE);
      List<Set<Long>> perValue = new ArrayList<>();
      for (int v = 0; v < slots; v++) {
        perValue.add(new HashSet<>());
      }
      sources.add(perValue);
    }
    // Every segment, for the codings' sources and attribute sets; only analysed ones are counted.
    StringBuilder kind = new StringBuilder("CASE s.kind");
    for (SegmentKind k : SegmentKind.values()) {
      kind.append(" WHEN '").append(k.code()).append("' THEN ").append(k.ordinal());
    }
    kind.append(" ELSE -1 END");
    try (PreparedStatement ps = connection.prepareStatement("SELECT s.id, s.source_id, COALESCE(s.attribute_set_id, 0),"
        + " s.word_count, CASE WHEN " + analysed + " THEN 1 ELSE 0 END, " + kind + " FROM segments s");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long segment = rs.getLong(1);
        long source = rs.getLong(2);
        long set = rs.getLong(3);
        int kindOrdinal = rs.getInt(6);
        remember(segment, source, set, kindOrdinal);
        interviewer += kindOrdinal == SegmentKind.INTERVIEWER.ordinal() ? 1 : 0;
        preamble += kindOrdinal == SegmentKind.PREAMBLE.ordinal() ? 1 : 0;
        if (rs.getInt(5) == 0) {
          continue;
        }
        long wordCount = rs.getLong(4);
        analysedSegments++;
        analysedWords += wordCount;
        countSource(source, wordCount);
        analysedSources.add(source);
        for (int a = 0; a < all.size(); a++) {
          Column column = all.get(a);
          int value = column.of(column.bySegment ? segment : set);
          int slot = value < 0 ? segments[a].length - 1 : value;
          segments[a][slot]++;
          words[a][slot] += wordCount;
          if (lastSource[a][slot] != source) { // a source's segments mostly follow each other
            sources.get(a).get(slot).add(source);
            lastSource[a][slot] = source;
          }
        }
      }
    }
    for (int a = 0; a < all.size(); a++) {
      Column column = all.get(a);
      List<ValueCount> counts = new ArrayList<>();
      for (int slot = 0; slot < segments[a].length; slot++) {
        if (segments[a][slot] > 0) {
          counts.add(new ValueCount(slot < column.values.size() ? column.values.get(slot) : null,
              sources.get(a).get(slot).size(), (int) segments[a][slot], words[a][slot]));
        }
      }
      counts.sort(SQL_ORDER);
      column.counts = List.copyOf(counts);
    }
    summary = new StoreSummary(sourceCount, analysedSegments, analysedWords, interviewer, preamble);
  }

  private void countSource(long source, long words) {
    if (source >= segmentsOfSource.length) {
      int size = (int) Math.max(source + 1, segmentsOfSource.length * 2L);
      segmentsOfSource = Arrays.copyOf(segmentsOfSource, size);
      wordsOfSource = Arrays.copyOf(wordsOfSource, size);
    }
    segmentsOfSource[(int) source]++;
    wordsOfSource[(int) source] += words;
  }

  /** The participants' segments of a source (0 for a source without any, or no such source). */
  public int segmentsOfSource(long source) {
    return source >= 0 && source < segmentsOfSource.length ? segmentsOfSource[(int) source] : 0;
  }

  /** The participants' words of a source. */
  public long wordsOfSource(long source) {
    return source >= 0 && source < wordsOfSource.length ? wordsOfSource[(int) source] : 0;
  }

  private void remember(long segment, long source, long set, int kind) {
    if (segment >= sourceOfSegment.length) {
      int size = (int) Math.max(segment + 1, sourceOfSegment.length * 2L);
      int old = sourceOfSegment.length;
      sourceOfSegment = Arrays.copyOf(sourceOfSegment, size);
      setOfSegment = Arrays.copyOf(setOfSegment, size);
      kindOfSegment = Arrays.copyOf(kindOfSegment, size);
      Arrays.fill(sourceOfSegment, old, size, -1);
      Arrays.fill(kindOfSegment, old, size, (byte) -1);
    }
    idLimit = Math.max(idLimit, (int) segment + 1);
    sourceOfSegment[(int) segment] = (int) source;
    setOfSegment[(int) segment] = (int) set;
    kindOfSegment[(int) segment] = (byte) kind;
  }

  /** The sources with at least one participant's segment. */
  public Set<Long> analysedSources() {
    return java.util.Collections.unmodifiableSet(analysedSources);
  }

  /** One more than the highest segment id: segment ids run below it. */
  public long segmentIdLimit() {
    return idLimit;
  }

  /** What a segment is; null when there is no such segment. */
  public SegmentKind kindOf(long segment) {
    int kind = segment >= 0 && segment < kindOfSegment.length ? kindOfSegment[(int) segment] : -1;
    return kind < 0 ? null : SegmentKind.values()[kind];
  }

  /** The source of a segment (-1 when there is no such segment). */
  public long sourceOf(long segment) {
    return segment >= 0 && segment < sourceOfSegment.length ? sourceOfSegment[(int) segment] : -1;
  }

  /** The attribute set of a segment (0 when it has none or there is no such segment). */
  private long attributeSetOf(long segment) {
    return segment >= 0 && segment < setOfSegment.length ? setOfSegment[(int) segment] : 0;
  }

  /** A lookup of one attribute's value by segment id (null when the segment lacks it): no search per call. */
  public LongFunction<String> values(String attribute) {
    ValueIndex index = valueIndex(attribute);
    return segment -> {
      int value = index.ofSegment().applyAsInt(segment);
      return value < 0 ? null : index.values().get(value);
    };
  }

  /**
   * One attribute's values by segment id, as indices into {@code values} (-1: the segment lacks it):
   * a reader that scans a million segments compares small numbers, not strings.
   */
  public record ValueIndex(List<String> values, LongToIntFunction ofSegment) {}

  /** The values of {@code attribute} by segment id. */
  public ValueIndex valueIndex(String attribute) {
    Column column = columns.get(attribute);
    if (column == null) {
      return new ValueIndex(List.of(), segment -> -1);
    }
    return new ValueIndex(List.copyOf(column.values),
        column.bySegment ? column::of : segment -> column.of(attributeSetOf(segment)));
  }

  private static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        // A surrogate stands for a code point above U+FFFF, so after any other character.
        boolean xs = Character.isSurrogate(x);
        return xs == Character.isSurrogate(y) ? x - y : xs ? 1 : -1;
      }
    }
    return a.length() - b.length();
  }

  @Override
  public StoreSummary summary() {
    return summary;
  }

  @Override
  public List<String> attributeNames() {
    return List.copyOf(columns.keySet());
  }

  @Override
  public int distinctValues(String attribute) {
    Column column = columns.get(attribute);
    return column == null ? 0 : column.values.size();
  }

  @Override
  public List<ValueCount> countsBy(String attribute) {
    Column column = columns.get(attribute);
    if (column != null) {
      return column.counts;
    }
    // No segment carries it: they all count as without it, as the SQL join gives.
    return summary.segments() == 0 ? List.of()
        : List.of(new ValueCount(null, analysedSources.size(), summary.segments(), summary.words()));
  }
}
