package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writes content-lemma counts within a coding transaction (see {@code V18__lemma_values.sql}): each
 * source's counts are replaced whole (the previous ones deleted with its {@code lemma_sources} row,
 * the new ones inserted), stamped with the store generation they reflect. The rows are already summed
 * per attribute value by the caller: a vocabulary-sized table, written in batches.
 */
public final class LemmaValueWriter implements AutoCloseable {
  private static final int BATCH = 10_000;

  private final long generation;
  private final PreparedStatement deleteSource;
  private final PreparedStatement insertSource;
  private final PreparedStatement insertAttribute;
  private final PreparedStatement insertValue;
  private final PreparedStatement insertCorpus;
  private final PreparedStatement stamp;
  private int pending;

  LemmaValueWriter(Connection connection, long generation) throws SQLException {
    this.generation = generation;
    deleteSource = connection.prepareStatement("DELETE FROM lemma_sources WHERE source_id = ?");
    insertSource = connection.prepareStatement("INSERT INTO lemma_sources"
        + " (source_id, generation, segments, occurrences, counted_at) VALUES (?, ?, ?, ?, ?)");
    insertAttribute = connection.prepareStatement("INSERT INTO lemma_attributes (source_id, name) VALUES (?, ?)");
    insertValue = connection.prepareStatement(
        "INSERT INTO lemma_values (source_id, name, value, lemma, occurrences) VALUES (?, ?, ?, ?, ?)");
    insertCorpus = connection.prepareStatement(
        "INSERT INTO lemma_source_corpus (source_id, lemma, occurrences) VALUES (?, ?, ?)");
    stamp = connection.prepareStatement("UPDATE lemma_sources SET generation = ? WHERE source_id = ?");
  }

  /**
   * Drops what was counted for the source and records that it now holds these totals, counted per
   * value of {@code attributes} (the source's segments may carry others: those are not counted).
   */
  public void replaceSource(long sourceId, int segments, long occurrences, Collection<String> attributes) {
    try {
      flush();
      deleteSource.setLong(1, sourceId);
      deleteSource.executeUpdate();
      insertSource.setLong(1, sourceId);
      insertSource.setLong(2, generation);
      insertSource.setInt(3, segments);
      insertSource.setLong(4, occurrences);
      insertSource.setString(5, StoreTransaction.now());
      insertSource.executeUpdate();
      for (String name : attributes) {
        insertAttribute.setLong(1, sourceId);
        insertAttribute.setString(2, name);
        insertAttribute.executeUpdate();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Adds the occurrences of a lemma in the source's segments whose attribute {@code name} is {@code value}. */
  public void addValue(long sourceId, String name, String value, String lemma, long occurrences) {
    try {
      insertValue.setLong(1, sourceId);
      insertValue.setString(2, name);
      insertValue.setString(3, value);
      insertValue.setString(4, lemma);
      insertValue.setLong(5, occurrences);
      insertValue.addBatch();
      counted();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Adds the occurrences of a lemma in all the source's segments. */
  public void addCorpus(long sourceId, String lemma, long occurrences) {
    try {
      insertCorpus.setLong(1, sourceId);
      insertCorpus.setString(2, lemma);
      insertCorpus.setLong(3, occurrences);
      insertCorpus.addBatch();
      counted();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Stamps the counts of sources this run did not need to count again (coded with the same
   * codebook, models and attribute rules) as current.
   */
  public void keep(Collection<Long> sourceIds) {
    try {
      for (long id : sourceIds) {
        stamp.setLong(1, generation);
        stamp.setLong(2, id);
        stamp.addBatch();
      }
      stamp.executeBatch();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private void counted() throws SQLException {
    if (++pending >= BATCH) {
      flush();
    }
  }

  /** Writes what is batched. */
  public void flush() {
    if (pending == 0) {
      return;
    }
    try {
      insertValue.executeBatch();
      insertCorpus.executeBatch();
      pending = 0;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      try {
        for (PreparedStatement ps : new PreparedStatement[] {deleteSource, insertSource, insertAttribute, insertValue,
            insertCorpus, stamp}) {
          ps.close();
        }
      } catch (SQLException e) {
        throw StudyStore.storeError(e);
      }
    }
  }
}
