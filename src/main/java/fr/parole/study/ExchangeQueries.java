package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * What an exchange with another tool reads (a REFI-QDA project, an IRaMuTeQ corpus): every coding
 * with its span, coder, status and date, which the report's and the atelier's queries (counts,
 * one codebook at a time) do not give. Streamed: a coded study of a million segments is not held.
 */
public final class ExchangeQueries {
  private final Connection connection;

  ExchangeQueries(Connection connection) {
    this.connection = connection;
  }

  /** A coding as stored; {@code spanStart}/{@code spanEnd} null when it codes the whole segment. */
  public record StoredCoding(long id, long segmentId, String codebook, String code, String coder, String origin,
      String status, Integer spanStart, Integer spanEnd, String at) {
    /** A person's coding, or a suggestion a person accepted (then in their name). */
    public boolean byPerson() {
      return "accepted".equals(status);
    }
  }

  /** Every coding, in segment then id order. */
  public void forEachCoding(Consumer<StoredCoding> action) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, segment_id, codebook, code, coder, origin,"
        + " status, span_start, span_end, at FROM codings ORDER BY segment_id, id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int start = rs.getInt(8);
        Integer spanStart = rs.wasNull() ? null : start;
        int end = rs.getInt(9);
        Integer spanEnd = rs.wasNull() ? null : end;
        action.accept(new StoredCoding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), spanStart, spanEnd, rs.getString(10)));
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
