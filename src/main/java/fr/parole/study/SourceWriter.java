package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An import's writes in a {@link StoreTransaction} ({@link StoreTransaction#sources()}): the sources,
 * their segments with their attributes, and the e-Satis results read from a source. Apart from the
 * transaction, which begins, commits and hands out the writers, so that what an import stores is
 * found in one place; one per transaction, its statements prepared once for every file of a batch.
 */
public final class SourceWriter {
  private final Connection connection;
  private final StoreChanges changes;
  private final AttributeSets attributeSets;
  private final SegmentWriter segments;
  /** Told when a change may leave an attribute set no segment uses, for the commit to delete it. */
  private final Runnable setsMayBeUnused;
  private EsatisWriter esatis;

  SourceWriter(Connection connection, StoreChanges changes, AttributeSets attributeSets, Runnable setsMayBeUnused)
      throws SQLException {
    this.connection = connection;
    this.changes = changes;
    this.attributeSets = attributeSets;
    this.setsMayBeUnused = setsMayBeUnused;
    segments = new SegmentWriter(connection, attributeSets);
  }

  /** The id and path of the source with this content, if one was imported already. */
  public Optional<Map.Entry<Long, String>> withHash(String hash) {
    return find("SELECT id, path FROM sources WHERE content_hash = ?", hash);
  }

  /** The id and content hash of the source at this path, if one was imported already. */
  public Optional<Map.Entry<Long, String>> atPath(String path) {
    return find("SELECT id, content_hash FROM sources WHERE path = ?", path);
  }

  private Optional<Map.Entry<Long, String>> find(String sql, String key) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(Map.entry(rs.getLong(1), rs.getString(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Every source's id and path. */
  public Map<Long, String> paths() {
    Map<Long, String> paths = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, path FROM sources ORDER BY path");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        paths.put(rs.getLong(1), rs.getString(2));
      }
      return paths;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public void rename(long sourceId, String newPath) {
    changes.broad();
    StoreTransaction.update(connection, "UPDATE sources SET path = ? WHERE id = ?", newPath, sourceId);
  }

  public void delete(long sourceId) {
    changes.broad();
    StoreTransaction.update(connection, "DELETE FROM sources WHERE id = ?", sourceId);
    setsMayBeUnused.run();
  }

  public long insert(NewSource source) {
    changes.broad();
    return StoreTransaction.insert(connection, "INSERT INTO sources (path, format, content_hash, encoding, content,"
        + " imported_at) VALUES (?, ?, ?, ?, ?, ?)", source.path(), source.format(), source.contentHash(),
        source.encoding(), source.content(), StoreTransaction.now());
  }

  /** Stores one segment and its attributes; returns its id. */
  public long insertSegment(long sourceId, NewSegment segment) {
    return insertSegments(sourceId, List.of(segment)).get(0);
  }

  /**
   * Stores segments of one source and their attributes; returns their ids, in the same order
   * ({@link SegmentWriter}).
   */
  public List<Long> insertSegments(long sourceId, List<NewSegment> list) {
    changes.broad();
    return segments.insert(sourceId, list);
  }

  /** Gives a stored segment a new kind and attributes; its id, text and codings stay. */
  public void updateSegment(long sourceId, int ordinal, SegmentKind kind, Map<String, String> attributes) {
    changes.broad();
    try {
      StoreTransaction.update(connection,
          "UPDATE segments SET kind = ?, attribute_set_id = ?, date = ? WHERE source_id = ? AND ordinal = ?",
          kind.code(), attributeSets.idOf(SegmentDates.inSet(attributes)), attributes.get(SegmentDates.DATE), sourceId,
          ordinal);
      setsMayBeUnused.run();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Stores the e-Satis results read from one source file. */
  public void insertEsatisResults(long sourceId, List<EsatisResult> results) {
    changes.broad();
    try {
      if (esatis == null) {
        esatis = new EsatisWriter(connection);
      }
      esatis.insert(sourceId, results);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** True once e-Satis results were written: the commit then deletes the establishments left without any. */
  boolean wroteEsatis() {
    return esatis != null;
  }

  void close() throws SQLException {
    segments.close();
    if (esatis != null) {
      esatis.close();
    }
  }
}
