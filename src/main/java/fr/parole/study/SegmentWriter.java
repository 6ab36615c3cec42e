package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a transaction's segments. Several rows per statement: one driver round trip per row and a
 * generated-keys query per segment were most of an import's time, and so, once batched, was each
 * row's own statement (SQLite starts and ends each one, and updates the AUTOINCREMENT counter at
 * each end). The ids are read back by ordinal; rows are inserted in order, so ids follow ordinals
 * exactly as one statement per row gave them.
 */
final class SegmentWriter implements AutoCloseable {
  /** Rows per multi-row statement: 13 × 64 parameters, far below SQLite's limit of 32,766. */
  static final int ROWS = 64;
  private static final String COLUMNS = "INSERT INTO segments (source_id, ordinal, kind, speaker, start_offset,"
      + " end_offset, line, text, word_count, attribute_set_id, start_ms, end_ms, date) VALUES ";
  private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int PARAMETERS = 13;

  private final Connection connection;
  /** {@link #ROWS} rows at once; prepared when a list of that many comes. */
  private PreparedStatement insertRows;
  /** One row, batched: what is left of a list after its full groups of {@link #ROWS}. */
  private final PreparedStatement insertSegment;
  private final PreparedStatement segmentIds;
  private final AttributeSets attributeSets;

  SegmentWriter(Connection connection, AttributeSets attributeSets) throws SQLException {
    this.connection = connection;
    this.attributeSets = attributeSets;
    insertSegment = connection.prepareStatement(COLUMNS + ROW);
    segmentIds = connection.prepareStatement(
        "SELECT ordinal, id FROM segments WHERE source_id = ? AND ordinal BETWEEN ? AND ?");
  }

  /** {@code insert} and {@link #ROWS} copies of {@code row}: one statement for that many rows (codings use it too). */
  static String manyRows(String insert, String row) {
    return insert + String.join(", ", Collections.nCopies(ROWS, row));
  }

  /** Stores segments of one source and their attributes; returns their ids, in the same order. */
  List<Long> insert(long sourceId, List<NewSegment> segments) {
    if (segments.isEmpty()) {
      return List.of();
    }
    try {
      int whole = segments.size() - segments.size() % ROWS;
      if (whole > 0 && insertRows == null) {
        insertRows = connection.prepareStatement(manyRows(COLUMNS, ROW));
      }
      for (int first = 0; first < whole; first += ROWS) {
        for (int i = 0; i < ROWS; i++) {
          bind(insertRows, i * PARAMETERS, sourceId, segments.get(first + i));
        }
        insertRows.executeUpdate();
      }
      for (NewSegment segment : segments.subList(whole, segments.size())) {
        bind(insertSegment, 0, sourceId, segment);
        insertSegment.addBatch();
      }
      if (whole < segments.size()) {
        insertSegment.executeBatch();
      }
      return idsOf(sourceId, segments);
    } catch (SQLException e) {
      clearBatches();
      throw StudyStore.storeError(e);
    }
  }

  /** Binds one row's {@value #PARAMETERS} values after the first {@code before} parameters. */
  private void bind(PreparedStatement insert, int before, long sourceId, NewSegment segment) throws SQLException {
    insert.setLong(before + 1, sourceId);
    insert.setInt(before + 2, segment.ordinal());
    insert.setString(before + 3, segment.kind().code());
    insert.setString(before + 4, segment.speaker());
    insert.setInt(before + 5, segment.start());
    insert.setInt(before + 6, segment.end());
    insert.setInt(before + 7, segment.line());
    insert.setString(before + 8, segment.text());
    insert.setInt(before + 9, segment.wordCount());
    insert.setObject(before + 10, attributeSets.idOf(SegmentDates.inSet(segment.attributes())));
    insert.setObject(before + 11, segment.times() == null ? null : segment.times().startMs());
    insert.setObject(before + 12, segment.times() == null ? null : segment.times().endMs());
    insert.setString(before + 13, segment.attributes().get(SegmentDates.DATE));
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
    if (insertRows != null) {
      insertRows.close();
    }
    insertSegment.close();
    segmentIds.close();
  }
}
