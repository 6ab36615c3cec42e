package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Content-lemma occurrences summed per (attribute, value, lemma) and per lemma (tables
 * {@code lemma_totals} and {@code lemma_corpus}, see {@code V6__lemma_totals.sql}): sums of
 * {@code lemma_counts}, or changes to them while a coding run replaces sources. Held in memory
 * while a run writes: the size of the attributes' values × the vocabulary, not of the counts.
 */
final class LemmaTotals {
  /** Meta key: the store generation the stored totals were made at. */
  static final String MADE_AT = "lemma_totals_generation";
  private static final int BATCH = 10_000;

  private final Map<String, Map<String, Map<String, long[]>>> byValue = new HashMap<>();
  private final Map<String, long[]> corpus = new HashMap<>();

  /** Adds {@code occurrences} (negative to take them away) of a lemma in segments with these attributes. */
  void add(Map<String, String> attributes, String lemma, long occurrences) {
    corpus.computeIfAbsent(lemma, l -> new long[1])[0] += occurrences;
    attributes.forEach((name, value) -> byValue.computeIfAbsent(name, n -> new HashMap<>())
        .computeIfAbsent(value, v -> new HashMap<>()).computeIfAbsent(lemma, l -> new long[1])[0] += occurrences);
  }

  /**
   * True when the stored totals are the sums of {@code lemma_counts}: made at the store's current
   * generation (no import since, which may have deleted counts), or never made while there is no
   * count at all (a study's first coding run then adds its counts instead of reading them back).
   */
  static boolean current(Connection connection) throws SQLException {
    Optional<String> madeAt = meta(connection, MADE_AT);
    if (madeAt.isEmpty()) {
      try (PreparedStatement ps = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM lemma_counts)"
          + " AND NOT EXISTS (SELECT 1 FROM lemma_totals) AND NOT EXISTS (SELECT 1 FROM lemma_corpus)");
          ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
    return Long.parseLong(madeAt.get()) == meta(connection, "generation").map(Long::parseLong).orElse(0L);
  }

  /** Adds the counts of {@code lemma_counts} rows ({@code sql}: set id, lemma, occurrences, by set), times {@code sign}. */
  void addCounts(Connection connection, String sql, long sourceId, int sign) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql);
        PreparedStatement values = connection.prepareStatement("SELECT name, value FROM attribute_values WHERE set_id = ?")) {
      if (sourceId >= 0) {
        ps.setLong(1, sourceId);
      }
      try (ResultSet rs = ps.executeQuery()) {
        long lastSet = Long.MIN_VALUE;
        Map<String, String> attributes = Map.of();
        while (rs.next()) {
          long set = rs.getLong(1);
          boolean none = rs.wasNull();
          if (none) {
            attributes = Map.of();
            lastSet = Long.MIN_VALUE;
          } else if (set != lastSet) {
            // Rows come set by set: one small query per set, no map of every set in memory.
            attributes = attributes(values, set);
            lastSet = set;
          }
          add(attributes, rs.getString(2), sign * rs.getLong(3));
        }
      }
    }
  }

  /** The sums of every stored count, read set by set through the covering index. */
  static LemmaTotals ofAllCounts(Connection connection) throws SQLException {
    LemmaTotals totals = new LemmaTotals();
    totals.addCounts(connection, "SELECT attribute_set_id, lemma, occurrences FROM lemma_counts"
        + " INDEXED BY lemma_counts_by_set ORDER BY attribute_set_id", -1, 1);
    return totals;
  }

  /** Replaces the stored totals by these, made at {@code generation}. */
  void store(Connection connection, long generation) throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("DELETE FROM lemma_totals");
      st.executeUpdate("DELETE FROM lemma_corpus");
    }
    write(connection, "INSERT INTO lemma_totals (name, value, lemma, occurrences) VALUES (?, ?, ?, ?)",
        "INSERT INTO lemma_corpus (lemma, occurrences) VALUES (?, ?)", generation);
  }

  /** Adds these changes to the stored totals, which become those of {@code generation}. */
  void applyTo(Connection connection, long generation) throws SQLException {
    write(connection, "INSERT INTO lemma_totals (name, value, lemma, occurrences) VALUES (?, ?, ?, ?)"
        + " ON CONFLICT (name, value, lemma) DO UPDATE SET occurrences = occurrences + excluded.occurrences",
        "INSERT INTO lemma_corpus (lemma, occurrences) VALUES (?, ?)"
        + " ON CONFLICT (lemma) DO UPDATE SET occurrences = occurrences + excluded.occurrences", generation);
    try (Statement st = connection.createStatement()) {
      st.executeUpdate("DELETE FROM lemma_totals WHERE occurrences <= 0");
      st.executeUpdate("DELETE FROM lemma_corpus WHERE occurrences <= 0");
    }
  }

  private void write(Connection connection, String totalSql, String corpusSql, long generation) throws SQLException {
    try (PreparedStatement total = connection.prepareStatement(totalSql);
        PreparedStatement perLemma = connection.prepareStatement(corpusSql)) {
      int pending = 0;
      for (Map.Entry<String, Map<String, Map<String, long[]>>> name : byValue.entrySet()) {
        for (Map.Entry<String, Map<String, long[]>> value : name.getValue().entrySet()) {
          for (Map.Entry<String, long[]> lemma : value.getValue().entrySet()) {
            if (lemma.getValue()[0] == 0) {
              continue;
            }
            total.setString(1, name.getKey());
            total.setString(2, value.getKey());
            total.setString(3, lemma.getKey());
            total.setLong(4, lemma.getValue()[0]);
            total.addBatch();
            if (++pending % BATCH == 0) {
              total.executeBatch();
            }
          }
        }
      }
      total.executeBatch();
      for (Map.Entry<String, long[]> lemma : corpus.entrySet()) {
        if (lemma.getValue()[0] != 0) {
          perLemma.setString(1, lemma.getKey());
          perLemma.setLong(2, lemma.getValue()[0]);
          perLemma.addBatch();
        }
      }
      perLemma.executeBatch();
    }
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      ps.setString(1, MADE_AT);
      ps.setString(2, String.valueOf(generation));
      ps.executeUpdate();
    }
  }

  private static Map<String, String> attributes(PreparedStatement values, long set) throws SQLException {
    values.setLong(1, set);
    Map<String, String> attributes = new HashMap<>();
    try (ResultSet rs = values.executeQuery()) {
      while (rs.next()) {
        attributes.put(rs.getString(1), rs.getString(2));
      }
    }
    return attributes;
  }

  private static Optional<String> meta(Connection connection, String key) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
