package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Reads the segments with their attributes: streamed in id order, a source's a page at a time, or
 * one by id. Apart from the counts ({@link StoreQueries}) because this is the hot read of indexing
 * and coding, and the row mapping here ({@link #SEGMENTS}, {@link #segmentRecord}) is shared by the
 * other read classes.
 */
public final class SegmentQueries {
  /** A segment with its source's path, read by {@link #segmentRecord}; a WHERE clause follows. */
  static final String SEGMENTS = "SELECT s.id, s.source_id, src.path, s.ordinal, s.kind, s.speaker,"
      + " s.start_offset, s.end_offset, s.line, s.text, s.word_count, s.attribute_set_id, s.start_ms, s.end_ms,"
      + " s.date FROM segments s JOIN sources src ON src.id = s.source_id";

  private final Connection connection;

  SegmentQueries(Connection connection) {
    this.connection = connection;
  }

  public long maxSegmentId() {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM segments");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Streams the segments whose id is above {@code afterId}, in id order, with their attributes,
   * without holding the corpus in memory (only the few distinct attribute sets are).
   */
  public void forEachSegment(long afterId, Consumer<SegmentRecord> action) {
    Map<Long, Map<String, String>> sets = attributeSets(connection);
    try (PreparedStatement segments = connection.prepareStatement(SEGMENTS + " WHERE s.id > ? ORDER BY s.id")) {
      segments.setLong(1, afterId);
      try (ResultSet rs = segments.executeQuery()) {
        while (rs.next()) {
          action.accept(segmentRecord(rs, sets::get));
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * The segments of one source, in their order in it, read a page at a time (through the source's
   * unique index on its ordinals) with the attribute sets of that page only: a run over a million
   * comments never holds more than a page.
   */
  public void forEachSegmentOfSource(long sourceId, Consumer<SegmentRecord> action) {
    final int page = 5_000;
    long after = Integer.MIN_VALUE;
    try (PreparedStatement segments = connection.prepareStatement(SEGMENTS
        + " WHERE s.source_id = ? AND s.ordinal > ? ORDER BY s.ordinal LIMIT " + page)) {
      while (true) {
        Map<Long, Map<String, String>> sets = attributeSets(connection, " WHERE set_id IN (SELECT attribute_set_id"
            + " FROM segments WHERE source_id = " + sourceId + " AND ordinal > " + after + " ORDER BY ordinal LIMIT "
            + page + ")");
        segments.setLong(1, sourceId);
        segments.setLong(2, after);
        int read = 0;
        try (ResultSet rs = segments.executeQuery()) {
          while (rs.next()) {
            SegmentRecord segment = segmentRecord(rs, sets::get);
            after = segment.ordinal();
            read++;
            action.accept(segment);
          }
        }
        if (read < page) {
          return;
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The segment with this id, with its attributes; empty when there is none. */
  public Optional<SegmentRecord> segment(long segmentId) {
    try (PreparedStatement ps = connection.prepareStatement(SEGMENTS + " WHERE s.id = ?")) {
      ps.setLong(1, segmentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(segmentRecord(rs,
            setId -> attributeSets(connection, " WHERE set_id = " + setId).get(setId))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** True when a segment with this id exists. */
  public boolean segmentExists(long segmentId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM segments WHERE id = ?")) {
      ps.setLong(1, segmentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Every attribute set's values, by set id: a few hundred sets for interviews, but about one per
   * comment for dated verbatims (the report reads only the sets it needs, see the overload).
   */
  static Map<Long, Map<String, String>> attributeSets(Connection connection) {
    return attributeSets(connection, "");
  }

  /** The values of the attribute sets the SQL {@code where} clause (empty: all) selects, by set id. */
  static Map<Long, Map<String, String>> attributeSets(Connection connection, String where) {
    Map<Long, Map<String, String>> sets = new HashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT set_id, name, value FROM attribute_values" + where);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        sets.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    sets.replaceAll((id, values) -> Map.copyOf(values));
    return sets;
  }

  /** A segment from a row of {@link #SEGMENTS}, its attributes from its set id (null: none). */
  static SegmentRecord segmentRecord(ResultSet rs, LongFunction<Map<String, String>> sets) throws SQLException {
    long setId = rs.getLong(12);
    Map<String, String> set = rs.wasNull() ? null : sets.apply(setId);
    Map<String, String> attributes = SegmentDates.withDate(set == null ? Map.of() : set, rs.getString(15));
    return new SegmentRecord(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
        SegmentKind.fromCode(rs.getString(5)), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
        rs.getString(10), rs.getInt(11), attributes, times(rs, 13));
  }

  /** The times in columns {@code column} and the next, or null when the segment has none. */
  static SegmentTimes times(ResultSet rs, int column) throws SQLException {
    long start = rs.getLong(column);
    if (rs.wasNull()) {
      return null;
    }
    return new SegmentTimes(start, rs.getLong(column + 1));
  }
}
