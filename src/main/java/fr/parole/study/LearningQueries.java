package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads for the coder that learns while people code: a bounded window of the pending suggestions
 * (what the review queue orders and a retraining re-scores), so that neither reads a million rows.
 */
public final class LearningQueries {
  /** A pending suggestion as the queue orders it: its confidence and its code's threshold. */
  public record WindowRow(long codingId, long segmentId, String code, double confidence, double threshold) {}

  /** A segment whose suggestions a retraining scores again. */
  public record WindowSegment(long id, String text) {}

  private final Connection connection;

  LearningQueries(Connection connection) {
    this.connection = connection;
  }

  /**
   * The first {@code limit} pending suggestions the filter keeps, in corpus order, read through the
   * segment index and stopped at {@code limit}: the same cost on a study of a thousand segments as
   * on one of a million.
   */
  public List<WindowRow> window(String codebook, PendingFilter filter, int limit) {
    List<Object> parameters = new ArrayList<>();
    String sql = "SELECT c.id, c.segment_id, c.code, COALESCE(c.confidence, 1.0), COALESCE(t.threshold, "
        + CodeThreshold.DEFAULT + ") FROM codings c INDEXED BY codings_by_segment"
        + " LEFT JOIN code_thresholds t ON t.codebook = c.codebook AND t.code = c.code"
        + (filter.source().isEmpty() ? "" : " JOIN segments s ON s.id = c.segment_id JOIN sources src ON src.id = s.source_id")
        + CodingQueries.pendingWhere(codebook, filter, parameters) + " ORDER BY c.segment_id, c.code LIMIT ?";
    parameters.add(limit);
    List<WindowRow> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      CodingQueries.bind(ps, parameters);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new WindowRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5)));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The suggestion {@code codingId} with its segment, if it is still pending (nobody decided it). */
  public Optional<PendingSuggestion> pending(String codebook, long codingId) {
    String sql = "SELECT c.id, c.segment_id, src.path, s.speaker, s.text, c.code, c.confidence, c.origin, "
        + Evidences.text("c.")
        + " FROM codings c JOIN segments s ON s.id = c.segment_id JOIN sources src ON src.id = s.source_id"
        + " WHERE c.id = ? AND c.codebook = ? AND c.status = 'suggested' AND c.origin <> 'human'"
        + " AND NOT EXISTS (SELECT 1 FROM codings h WHERE h.segment_id = c.segment_id AND h.codebook = c.codebook"
        + " AND h.code = c.code AND " + Codings.humanDecision("h.") + ")";
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, codingId);
      ps.setString(2, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new PendingSuggestion(rs.getLong(1), rs.getLong(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getString(8), rs.getString(9)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The segments of the first {@code limit} pending suggestions of a codebook, in corpus order, with their text. */
  public List<WindowSegment> windowSegments(String codebook, int limit) {
    List<Long> ids = new ArrayList<>();
    window(codebook, new PendingFilter("", "", 0, 1), limit).forEach(row -> {
      if (ids.isEmpty() || ids.get(ids.size() - 1) != row.segmentId()) {
        ids.add(row.segmentId());
      }
    });
    List<WindowSegment> segments = new ArrayList<>();
    texts(ids).forEach((id, text) -> segments.add(new WindowSegment(id, text)));
    return segments;
  }

  /**
   * People's decisions in a codebook (their codings, and the suggestions accepted), in segment
   * order: what a model learns from, read without the machine's pending suggestions (millions on a
   * large study), through the index of decisions ({@code codings_decided}, V22; the condition
   * {@link Codings#humanDecision} lets SQLite use it, the second keeps the accepted ones).
   */
  public List<CodingRecord> decisions(String codebook) {
    List<CodingRecord> codings = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, segment_id, codebook, code, coder, origin,"
        + " confidence, status FROM codings INDEXED BY codings_decided WHERE codebook = ? AND "
        + Codings.humanDecision("") + " AND (origin = 'human' OR status = 'accepted')"
        + " ORDER BY segment_id, code, id")) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          codings.add(CodingQueries.codingRecord(rs));
        }
      }
      return codings;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The text of each of {@code segments} (ascending ids), one lookup each. */
  public java.util.Map<Long, String> texts(java.util.Collection<Long> segments) {
    java.util.Map<Long, String> texts = new java.util.LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT text FROM segments WHERE id = ?")) {
      for (long id : new java.util.TreeSet<>(segments)) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            texts.put(id, rs.getString(1));
          }
        }
      }
      return texts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
