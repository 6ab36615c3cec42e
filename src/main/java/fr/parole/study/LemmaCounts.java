package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the content-lemma counts the coding runs stored (see {@code V5__lemma_counts.sql}):
 * per value of an attribute, from the sums per value the coding runs keep
 * ({@code V6__lemma_totals.sql}), so a report on a 1,000,000-segment study reads a few thousand
 * rows per attribute, never the segments; after an import and before the next coding run, from
 * the counts per source and attribute set.
 */
public final class LemmaCounts {
  /** The group of segments that do not carry the attribute, as the other statistics name it. */
  public static final String MISSING = "(non renseigné)";

  private final Connection connection;

  LemmaCounts(Connection connection) {
    this.connection = connection;
  }

  /**
   * Occurrences of each content lemma per value of {@code attribute} ("établissement" → CHU
   * Nord → infirmière → 12), with each value's total; segments without the attribute count under
   * {@link #MISSING}. A study never coded gives an empty table whose notice says so.
   *
   * @throws StudyException when no segment carries the attribute (the message lists those that do)
   */
  public LemmaTable byAttribute(String attribute) {
    if (!carried(attribute)) {
      List<String> known = new StoreQueries(connection).attributeNames();
      throw new StudyException(known.isEmpty()
          ? "Attribut inconnu : « " + attribute + " ». L'étude n'a aucun attribut (voir study.yaml)."
          : "Attribut inconnu : « " + attribute + " ». Attributs de l'étude : " + String.join(", ", known) + ".");
    }
    LemmaCoverage coverage = coverage();
    try {
      return new LemmaTable(attribute, LemmaTotals.current(connection) ? fromTotals(attribute) : fromCounts(attribute),
          coverage);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The same counts summed from {@code lemma_counts}, as when the sums per value are not current
   * (an import since the last coding run): one scan of every count. For checks and benchmarks.
   */
  public LemmaTable byAttributeFromCounts(String attribute) {
    try {
      return new LemmaTable(attribute, fromCounts(attribute), coverage());
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** From the sums per value: the attribute's rows, and the corpus's for the segments without it. */
  private SortedMap<String, SortedMap<String, Long>> fromTotals(String attribute) throws SQLException {
    SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
    Map<String, Long> carrying = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT value, lemma, occurrences FROM lemma_totals WHERE name = ?")) {
      ps.setString(1, attribute);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.computeIfAbsent(rs.getString(1), v -> new TreeMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum);
          carrying.merge(rs.getString(2), rs.getLong(3), Long::sum);
        }
      }
    }
    try (PreparedStatement ps = connection.prepareStatement("SELECT lemma, occurrences FROM lemma_corpus");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long without = rs.getLong(2) - carrying.getOrDefault(rs.getString(1), 0L);
        if (without > 0) {
          counts.computeIfAbsent(MISSING, v -> new TreeMap<>()).merge(rs.getString(1), without, Long::sum);
        }
      }
    }
    return counts;
  }

  private SortedMap<String, SortedMap<String, Long>> fromCounts(String attribute) throws SQLException {
    // The few attribute sets are mapped to the attribute's value first; the (set, lemma) rows are
    // then summed while they stream by. Measured on 6.6 million rows: an SQL GROUP BY over the
    // join sorts them all in a temporary b-tree and took 15-20 s; this takes a single scan.
    Map<Long, String> valueOfSet = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT set_id, value FROM attribute_values WHERE name = ?")) {
      ps.setString(1, attribute);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          valueOfSet.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    Map<String, Map<String, long[]>> sums = new HashMap<>();
    long lastSet = Long.MIN_VALUE;
    Map<String, long[]> current = null;
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT COALESCE(attribute_set_id, -1), lemma, occurrences FROM lemma_counts INDEXED BY lemma_counts_by_set"
            + " ORDER BY attribute_set_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long set = rs.getLong(1);
        if (set != lastSet || current == null) {
          String value = valueOfSet.getOrDefault(set, MISSING);
          current = sums.computeIfAbsent(value, v -> new HashMap<>());
          lastSet = set;
        }
        current.computeIfAbsent(rs.getString(2), l -> new long[1])[0] += rs.getLong(3);
      }
    }
    SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
    sums.forEach((value, lemmas) -> {
      SortedMap<String, Long> sorted = new TreeMap<>();
      lemmas.forEach((lemma, count) -> sorted.put(lemma, count[0]));
      counts.put(value, sorted);
    });
    return counts;
  }

  /**
   * True when a segment carries the attribute: stops at the first one, where listing every name
   * reads every attribute set (about one per comment in a verbatim study).
   */
  private boolean carried(String attribute) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM attribute_values WHERE name = ? LIMIT 1")) {
      ps.setString(1, attribute);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Which sources are counted and whether the counts are as recent as the last import. */
  public LemmaCoverage coverage() {
    String sql = "SELECT (SELECT COUNT(*) FROM lemma_sources),"
        + " (SELECT COUNT(DISTINCT source_id) FROM segments WHERE " + SegmentKind.analysedIn("kind") + "),"
        + " (SELECT MIN(generation) FROM lemma_sources),"
        + " (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'),"
        + " (SELECT COALESCE(SUM(segments), 0) FROM lemma_sources),"
        + " (SELECT COALESCE(SUM(occurrences), 0) FROM lemma_sources)";
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new LemmaCoverage(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
          rs.getLong(6));
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * How far the lemma counts go.
   *
   * @param countedSources sources whose segments were counted by a coding run
   * @param analysedSources sources with participants' segments
   * @param oldestGeneration the store generation of the oldest counts (0 when none)
   * @param storeGeneration the store's generation now
   * @param segments segments counted
   * @param occurrences content-lemma occurrences counted
   */
  public record LemmaCoverage(int countedSources, int analysedSources, long oldestGeneration, long storeGeneration,
      long segments, long occurrences) {

    public boolean isEmpty() {
      return countedSources == 0;
    }

    /** True when an import changed segments after the oldest counts were made. */
    public boolean outdated() {
      return !isEmpty() && oldestGeneration < storeGeneration;
    }

    /** What a reader of the report must know about the counts, in French; empty when all is well. */
    public Optional<String> warning() {
      return gap().map(gap -> switch (gap) {
        case NOT_COUNTED -> "Aucun décompte de lemmes : l'étude n'a pas encore été codée. "
            + "Lancez « parole code » (ou « parole run ») pour obtenir les spécificités lexicales.";
        case OUTDATED -> "Les décomptes de lemmes datent d'avant le dernier import : les spécificités "
            + "lexicales ne reflètent pas les dernières modifications. Relancez « parole code » pour les mettre à jour.";
        case PARTIAL -> "Les décomptes de lemmes couvrent " + countedSources + " source(s) sur " + analysedSources
            + " : les sources sans livre de codes ne sont ni codées ni comptées.";
      });
    }

    /** What is wrong with the counts, for a report to word in its language; empty when all is well. */
    public Optional<Gap> gap() {
      if (isEmpty()) {
        return Optional.of(Gap.NOT_COUNTED);
      }
      if (outdated()) {
        return Optional.of(Gap.OUTDATED);
      }
      if (countedSources < analysedSources) {
        return Optional.of(Gap.PARTIAL);
      }
      return Optional.empty();
    }

    /** Why lemma counts may not be enough for word specificities. */
    public enum Gap {
      /** No coding run has counted lemmas yet. */
      NOT_COUNTED,
      /** An import changed segments after the oldest counts. */
      OUTDATED,
      /** Some analysed sources were not counted (no codebook covers them). */
      PARTIAL
    }
  }

  /**
   * Lemma counts per value of one attribute.
   *
   * @param counts value → lemma → occurrences, both in alphabetical order
   */
  public record LemmaTable(String attribute, SortedMap<String, SortedMap<String, Long>> counts,
      LemmaCoverage coverage) {
    public LemmaTable {
      TreeMap<String, SortedMap<String, Long>> copy = new TreeMap<>();
      // Read-only views, not copies: a large study's table is built once by the query.
      counts.forEach((value, lemmas) -> copy.put(value, Collections.unmodifiableSortedMap(lemmas)));
      counts = Collections.unmodifiableSortedMap(copy);
    }

    public boolean isEmpty() {
      return counts.isEmpty();
    }

    /** Occurrences of content lemmas per value (each group's size). */
    public SortedMap<String, Long> totals() {
      SortedMap<String, Long> totals = new TreeMap<>();
      counts.forEach((value, lemmas) -> totals.put(value, lemmas.values().stream().mapToLong(Long::longValue).sum()));
      return totals;
    }

    /** Why the table is empty or may be wrong, in French; empty when all is well. */
    public Optional<String> notice() {
      return coverage.warning();
    }
  }
}
