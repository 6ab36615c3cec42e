package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Which sources each codebook has coded, and with what (V18 {@code coded_sources}), written in a
 * {@link StoreTransaction} ({@link StoreTransaction#codedSources()}) beside the codings of the run:
 * the next run codes only the sources not coded with the same fingerprint. Read back by
 * {@link CodingQueries#codedSources}.
 */
public final class CodedSources {
  private final Connection connection;

  CodedSources(Connection connection) {
    this.connection = connection;
  }

  /** Records that a codebook coded these sources with what {@code fingerprint} names (incremental coding). */
  public void mark(String codebook, String fingerprint, Collection<Long> sourceIds) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO coded_sources (source_id, codebook,"
        + " fingerprint, coded_at) VALUES (?, ?, ?, ?) ON CONFLICT (source_id, codebook) DO UPDATE SET"
        + " fingerprint = excluded.fingerprint, coded_at = excluded.coded_at")) {
      String now = StoreTransaction.now();
      for (long id : sourceIds) {
        ps.setLong(1, id);
        ps.setString(2, codebook);
        ps.setString(3, fingerprint);
        ps.setString(4, now);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Forgets that a codebook coded these sources (study.yaml now gives them another codebook). */
  public void forget(String codebook, Collection<Long> sourceIds) {
    try (PreparedStatement ps = connection.prepareStatement(
        "DELETE FROM coded_sources WHERE codebook = ? AND source_id = ?")) {
      for (long id : sourceIds) {
        ps.setString(1, codebook);
        ps.setLong(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
