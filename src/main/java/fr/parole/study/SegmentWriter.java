package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a transaction's segments. Batched: one driver round trip per row and a generated-keys
 * query per segment were most of an import's time; the ids are read back by ordinal instead.
 */
final class SegmentWriter implements AutoCloseable {
  private final PreparedStatement insertSegment;
  private final PreparedStatement segmentIds;
  private final AttributeSets attributeSets;

  SegmentWriter(Connection connection, AttributeSets attributeSets) throws SQLException {
    this.attributeSets = attributeSets;
    insertSegment = connection.prepareStatement(
        "INSERT INTO segments (source_id, ordinal, kind, speaker, start_offset, end_offset, line, text, word_count,"
            + " attribute_set_id, start_ms, end_ms, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    segmentIds = connection.prepareStatement(
        "SELECT ordinal, id FROM segments WHERE source_id = ? AND ordinal BETWEEN ? AND ?");
  }

  /** Stores segments of one source and their attributes; returns their ids, in the same order. */
  List<Long> insert(long sourceId, List<NewSegment> segments) {
    if (segments.isEmpty()) {
      return List.of();
    }
    try {
      for (NewSegment segment : segments) {
        insertSegment.setLong(1, sourceId);
        insertSegment.setInt(2, segment.ordinal());
        insertSegment.setString(3, segment.kind().code());
        insertSegment.setString(4, segment.speaker());
        insertSegment.setInt(5, segment.start());
        insertSegment.setInt(6, segment.end());
        insertSegment.setInt(7, segment.line());
        insertSegment.setString(8, segment.text());
        insertSegment.setInt(9, segment.wordCount());
        insertSegment.setObject(10, attributeSets.idOf(SegmentDates.inSet(segment.attributes())));
        insertSegment.setObject(11, segment.times() == null ? null : segment.times().startMs());
        insertSegment.setObject(12, segment.times() == null ? null : segment.times().endMs());
        insertSegment.setString(13, segment.attributes().get(SegmentDates.DATE));
        insertSegment.addBatch();
      }
      insertSegment.executeBatch();
      return idsOf(sourceId, segments);
    } catch (SQLException e) {
      clearBatches();
      throw StudyStore.storeError(e);
    }
  }

  /** The ids SQLite gave to just-inserted segments of a source, found by their ordinals. */
  private List<Long> idsOf(long sourceId, List<NewSegment> segments) throws SQLException {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (NewSegment segment : segments) {
      min = Math.min(min, segment.ordinal());
      max = Math.max(max, segment.ordinal());
    }
    Map<Integer, Long> byOrdinal = new HashMap<>();
    segmentIds.setLong(1, sourceId);
    segmentIds.setInt(2, min);
    segmentIds.setInt(3, max);
    try (ResultSet rs = segmentIds.executeQuery()) {
      while (rs.next()) {
        byOrdinal.put(rs.getInt(1), rs.getLong(2));
      }
    }
    List<Long> ids = new ArrayList<>(segments.size());
    for (NewSegment segment : segments) {
      ids.add(byOrdinal.get(segment.ordinal()));
    }
    return ids;
  }

  private void clearBatches() {
    try {
      insertSegment.clearBatch();
    } catch (SQLException ignored) {
      // Best effort: the error worth reporting is the insert's, thrown by the caller.
    }
  }

  @Override
  public void close() throws SQLException {
    insertSegment.close();
    segmentIds.close();
  }
}
