package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * Writes content-lemma counts within a coding transaction: each source's counts are replaced
 * whole (the previous ones deleted, the new ones inserted), stamped with the store generation they
 * reflect. Inserts are batched: a large study has a few million (source, set, lemma) rows.
 * Closing it brings the sums per attribute value ({@link LemmaTotals}) up to date: by the changes
 * of the replaced sources when the stored sums are current, else by summing every count again.
 */
public final class LemmaCountWriter implements AutoCloseable {
  private static final int BATCH = 10_000;

  private final AttributeSets attributeSets;
  private final long generation;
  private final PreparedStatement deleteSource;
  private final PreparedStatement insertSource;
  private final PreparedStatement insertCount;
  private final Connection connection;
  /** The changes to the stored sums, or null when they are rebuilt on close. */
  private final LemmaTotals changes;
  private int pending;
  /**
   * The attribute set of the last row: a coding run writes all the lemmas of one (source, set) in a
   * row, so its id is looked up once per set rather than once per lemma (each lookup builds the
   * set's key).
   */
  private Map<String, String> lastAttributes;
  private Long lastSetId;

  LemmaCountWriter(Connection connection, AttributeSets attributeSets, long generation) throws SQLException {
    this.connection = connection;
    this.attributeSets = attributeSets;
    this.generation = generation;
    this.changes = LemmaTotals.current(connection) ? new LemmaTotals() : null;
    deleteSource = connection.prepareStatement("DELETE FROM lemma_sources WHERE source_id = ?");
    insertSource = connection.prepareStatement("INSERT INTO lemma_sources"
        + " (source_id, generation, segments, occurrences, counted_at) VALUES (?, ?, ?, ?, ?)");
    insertCount = connection.prepareStatement(
        "INSERT INTO lemma_counts (source_id, attribute_set_id, lemma, occurrences) VALUES (?, ?, ?, ?)");
  }

  /** Drops what was counted for the source and records that it now holds these totals. */
  public void replaceSource(long sourceId, int segments, long occurrences) {
    try {
      flush();
      if (changes != null) {
        changes.addCounts(connection, "SELECT attribute_set_id, lemma, occurrences FROM lemma_counts"
            + " WHERE source_id = ? ORDER BY attribute_set_id", sourceId, -1);
      }
      deleteSource.setLong(1, sourceId);
      deleteSource.executeUpdate();
      insertSource.setLong(1, sourceId);
      insertSource.setLong(2, generation);
      insertSource.setInt(3, segments);
      insertSource.setLong(4, occurrences);
      insertSource.setString(5, StoreTransaction.now());
      insertSource.executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Adds the occurrences of a lemma in the source's segments that carry exactly these attributes. */
  public void add(long sourceId, Map<String, String> attributes, String lemma, long occurrences) {
    try {
      insertCount.setLong(1, sourceId);
      if (lastAttributes == null || !lastAttributes.equals(attributes)) {
        lastSetId = attributeSets.idOf(attributes);
        lastAttributes = Map.copyOf(attributes);
      }
      insertCount.setObject(2, lastSetId);
      insertCount.setString(3, lemma);
      insertCount.setLong(4, occurrences);
      insertCount.addBatch();
      if (changes != null) {
        changes.add(attributes, lemma, occurrences);
      }
      if (++pending == BATCH) {
        flush();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Writes what is batched. */
  public void flush() {
    if (pending == 0) {
      return;
    }
    try {
      insertCount.executeBatch();
      pending = 0;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  @Override
  public void close() {
    try {
      flush();
      if (changes != null) {
        changes.applyTo(connection, generation);
      } else {
        LemmaTotals.ofAllCounts(connection).store(connection, generation);
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    } finally {
      try {
        deleteSource.close();
        insertSource.close();
        insertCount.close();
      } catch (SQLException e) {
        throw StudyStore.storeError(e);
      }
    }
  }
}
