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
 * Reads the content-lemma counts the coding runs stored (see {@code V18__lemma_values.sql}): the
 * sums per (source, attribute value, lemma), so a report on a 1,000,000-segment study reads a few
 * thousand rows per attribute, never the segments.
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
   * @throws StudyException when no segment carries the attribute (the message lists those that do),
   *     or when the coding runs did not count it (not listed in study.yaml, or too many values)
   */
  public LemmaTable byAttribute(String attribute) {
    if (!carried(attribute)) {
      List<String> known = new StoreQueries(connection).attributeNames();
      throw new StudyException(known.isEmpty()
          ? "Attribut inconnu : « " + attribute + " ». L'étude n'a aucun attribut (voir study.yaml)."
          : "Attribut inconnu : « " + attribute + " ». Attributs de l'étude : " + String.join(", ", known) + ".");
    }
    try {
      refuseUncounted(attribute);
      return new LemmaTable(attribute, counts(attribute), coverage());
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Refuses an attribute some counted source did not count: its specificities would be wrong. */
  private void refuseUncounted(String attribute) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM lemma_sources s WHERE NOT EXISTS"
        + " (SELECT 1 FROM lemma_attributes a WHERE a.source_id = s.source_id AND a.name = ?)")) {
      ps.setString(1, attribute);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int uncounted = rs.getInt(1);
        if (uncounted > 0) {
          throw new StudyException("Les mots de l'étude ne sont pas comptés par « " + attribute + " » ("
              + uncounted + " source(s)) : seuls les attributs listés dans « attributes » de study.yaml, avec au plus "
              + MAX_VALUES + " valeurs par source, le sont. Ajoutez-le à study.yaml puis relancez « parole code --tout ».");
        }
      }
    }
  }

  /** Values an attribute may take in one source and still be counted (a free-text attribute is not). */
  public static final int MAX_VALUES = 5_000;

  /** The attribute's rows summed over sources, and the corpus's for the segments without it. */
  private SortedMap<String, SortedMap<String, Long>> counts(String attribute) throws SQLException {
    SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
    Map<String, Long> carrying = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT value, lemma, SUM(occurrences) FROM lemma_values"
        + " INDEXED BY lemma_values_by_name WHERE name = ? GROUP BY value, lemma")) {
      ps.setString(1, attribute);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.computeIfAbsent(rs.getString(1), v -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
          carrying.merge(rs.getString(2), rs.getLong(3), Long::sum);
        }
      }
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT lemma, SUM(occurrences) FROM lemma_source_corpus GROUP BY lemma");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long without = rs.getLong(2) - carrying.getOrDefault(rs.getString(1), 0L);
        if (without > 0) {
          counts.computeIfAbsent(MISSING, v -> new TreeMap<>()).put(rs.getString(1), without);
        }
      }
    }
    return counts;
  }

  /**
   * True when a segment carries the attribute: stops at the first one, where listing every name
   * reads every attribute set.
   */
  private boolean carried(String attribute) {
    try (PreparedStatement ps = connection.prepareStatement(SegmentDates.onSegment(attribute)
        ? "SELECT 1 WHERE EXISTS (SELECT 1 FROM attribute_values WHERE name = ?)"
            + " OR EXISTS (SELECT 1 FROM segments WHERE date IS NOT NULL)"
        : "SELECT 1 FROM attribute_values WHERE name = ? LIMIT 1")) {
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
