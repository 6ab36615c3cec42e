package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The atelier's segments behind a number (the numbers themselves are counted in memory by the
 * pipeline's explorer): a page of segments by id, each with its context.
 */
public final class DashboardQueries {
  private final Connection connection;

  DashboardQueries(Connection connection) {
    this.connection = connection;
  }

  /** A participant's segment with its context: the interviewer's question before a turn (null without one). */
  public record Excerpt(long id, long sourceId, String sourcePath, SegmentKind kind, String speaker, int line,
      String text, Map<String, String> attributes, String question, String questionSpeaker) {
    public Excerpt {
      attributes = Map.copyOf(attributes);
    }
  }

  /** The segments with these ids, in the order given, each with its context. */
  public List<Excerpt> excerpts(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = longs(ids);
    Map<Long, Map<String, String>> sets = SegmentQueries.attributeSets(connection,
        " WHERE set_id IN (SELECT attribute_set_id FROM segments WHERE id IN (" + in + "))");
    // The interviewer's turn closest before each turn of the same source, through the (source, ordinal) index.
    String sql = "SELECT s.id, s.source_id, src.path, s.kind, s.speaker, s.line, s.text, s.attribute_set_id,"
        + " q.text, q.speaker, s.date FROM segments s JOIN sources src ON src.id = s.source_id"
        + " LEFT JOIN segments q ON s.kind = 'turn' AND q.id = (SELECT p.id FROM segments p WHERE p.source_id = s.source_id"
        + "   AND p.ordinal < s.ordinal AND p.kind = 'interviewer' ORDER BY p.ordinal DESC LIMIT 1)"
        + " WHERE s.id IN (" + in + ")";
    Map<Long, Excerpt> found = new java.util.HashMap<>();
    query(sql, List.of(), rs -> {
      long set = rs.getLong(8);
      Map<String, String> attributes = SegmentDates.withDate(rs.wasNull() ? Map.of() : sets.getOrDefault(set, Map.of()),
          rs.getString(11));
      found.put(rs.getLong(1), new Excerpt(rs.getLong(1), rs.getLong(2), rs.getString(3),
          SegmentKind.fromCode(rs.getString(4)), rs.getString(5), rs.getInt(6), rs.getString(7), attributes,
          rs.getString(9), rs.getString(10)));
    });
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  private static String longs(Collection<Long> ids) {
    return ids.isEmpty() ? "NULL" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, List<?> parameters, Row row) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.read(rs);
        }
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private long single(String sql, List<?> parameters) {
    long[] value = {0};
    query(sql, parameters, rs -> value[0] = rs.getLong(1));
    return value[0];
  }
}
