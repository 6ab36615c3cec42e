package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only queries of the atelier: a document's segments a page at a time with their codings,
 * a suggestion and whether someone decided on it, the review's progress, memos.
 */
public final class DocumentQueries {
  private final Connection connection;

  DocumentQueries(Connection connection) {
    this.connection = connection;
  }

  /** A coding as a document shows it, with its span and the threshold its code counts from. */
  public record SegmentCoding(long id, long segmentId, String codebook, String code, String coder, String origin,
      Double confidence, String status, Integer spanStart, Integer spanEnd, String at, double threshold) {
    /** A person's coding or decision (not the machine's pending suggestion). */
    public boolean human() {
      return "human".equals(origin) || !"suggested".equals(status);
    }
  }

  /** A machine suggestion and the person who already decided on its code for its segment (null: nobody). */
  public record SuggestionState(long codingId, long segmentId, String codebook, String code, String origin,
      String decidedBy) {}

  /** How many of a codebook's machine suggestions (segment and code) people decided on. */
  public record ReviewProgress(int total, int decided) {
    public int left() {
      return total - decided;
    }
  }

  /** A memo with its author and date. */
  /** A memo shown; {@code editedAt} when it was last changed (null: never). */
  public record Memo(long id, String targetKind, String target, String author, String at, String text,
      String editedAt) {}

  /** The segments of a source in their order, {@code limit} from {@code offset}, every kind. */
  public List<SegmentRecord> segmentsOf(long sourceId, int offset, int limit) {
    List<SegmentRecord> segments = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(SegmentQueries.SEGMENTS
        + " WHERE s.source_id = ? ORDER BY s.ordinal LIMIT ? OFFSET ?")) {
      ps.setLong(1, sourceId);
      ps.setInt(2, limit);
      ps.setInt(3, offset);
      List<Long> sets = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long set = rs.getLong(12);
          if (!rs.wasNull()) {
            sets.add(set);
          }
        }
      }
      Map<Long, Map<String, String>> values = sets.isEmpty() ? Map.of() : SegmentQueries.attributeSets(connection,
          " WHERE set_id IN (" + String.join(",", sets.stream().distinct().map(String::valueOf).toList()) + ")");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          segments.add(SegmentQueries.segmentRecord(rs, values::get));
        }
      }
      return segments;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Where a segment is: its source, and how many segments come before it there. */
  public record SegmentPlace(long sourceId, int index) {}

  public Optional<SegmentPlace> place(long segmentId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT s.source_id, (SELECT COUNT(*) FROM segments o"
        + " WHERE o.source_id = s.source_id AND o.ordinal < s.ordinal) FROM segments s WHERE s.id = ?")) {
      ps.setLong(1, segmentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new SegmentPlace(rs.getLong(1), rs.getInt(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** How many segments a source has, every kind. */
  public int segmentCount(long sourceId) {
    return count("SELECT COUNT(*) FROM segments WHERE source_id = ?", sourceId);
  }

  /** The codings of the segments with ids from {@code first} to {@code last} of a source, in id order. */
  public List<SegmentCoding> codingsOf(long sourceId, long first, long last) {
    List<SegmentCoding> codings = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT c.id, c.segment_id, c.codebook, c.code, c.coder,"
        + " c.origin, c.confidence, c.status, c.span_start, c.span_end, c.at, COALESCE(t.threshold, "
        + CodeThreshold.DEFAULT + ") FROM codings c JOIN segments s ON s.id = c.segment_id"
        + " LEFT JOIN code_thresholds t ON t.codebook = c.codebook AND t.code = c.code"
        + " WHERE s.source_id = ? AND c.segment_id BETWEEN ? AND ? ORDER BY c.segment_id, c.id")) {
      ps.setLong(1, sourceId);
      ps.setLong(2, first);
      ps.setLong(3, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          double confidence = rs.getDouble(7);
          Double known = rs.wasNull() ? null : confidence;
          int start = rs.getInt(9);
          Integer spanStart = rs.wasNull() ? null : start;
          int end = rs.getInt(10);
          Integer spanEnd = rs.wasNull() ? null : end;
          codings.add(new SegmentCoding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), known, rs.getString(8), spanStart, spanEnd, rs.getString(11),
              rs.getDouble(12)));
        }
      }
      return codings;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The coding with this id: who made it and how (to explain a refused removal). */
  public Optional<CodingRecord> coding(long codingId) {
    return new CodingQueries(connection).coding(codingId);
  }


  /** The machine suggestion with this coding id, and who decided on it if someone did. */
  /** The highest coding id the store ever gave (ids are AUTOINCREMENT: never given twice), 0 for none. */
  public long lastCodingId() {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'codings'), 0)");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public Optional<SuggestionState> suggestion(long codingId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT c.id, c.segment_id, c.codebook, c.code, c.origin,"
        + " (SELECT h.coder FROM codings h WHERE h.segment_id = c.segment_id AND h.codebook = c.codebook"
        + " AND h.code = c.code AND " + Codings.humanDecision("h.") + " ORDER BY h.id LIMIT 1)"
        + " FROM codings c WHERE c.id = ? AND c.origin <> 'human' AND c.status = 'suggested'")) {
      ps.setLong(1, codingId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new SuggestionState(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** A codebook's machine suggestions (one per segment and code) and how many people decided on. */
  public ReviewProgress reviewProgress(String codebook) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM"
        + " codings h WHERE h.segment_id = m.segment_id AND h.codebook = m.codebook AND h.code = m.code AND "
        + Codings.humanDecision("h.") + ")), 0) FROM (SELECT DISTINCT segment_id, codebook, code FROM codings"
        + " WHERE codebook = ? AND origin <> 'human' AND status = 'suggested') m")) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return new ReviewProgress(rs.getInt(1), rs.getInt(2));
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The memos on these targets of a kind, oldest first. */
  public List<Memo> memos(String targetKind, List<String> targets) {
    List<Memo> memos = new ArrayList<>();
    if (targets.isEmpty()) {
      return memos;
    }
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, target_kind, target, author, at, text,"
        + " edited_at FROM memos WHERE deleted_at IS NULL AND target_kind = ? AND target IN (" + String.join(",", targets.stream().map(t -> "?")
        .toList()) + ") ORDER BY id")) {
      ps.setString(1, targetKind);
      for (int i = 0; i < targets.size(); i++) {
        ps.setString(i + 2, targets.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          memos.add(new Memo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7)));
        }
      }
      return memos;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private int count(String sql, long id) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
