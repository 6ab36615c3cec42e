package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores again the machine's pending suggestions of a few segments (a retrained model looking at
 * the next ones of the review queue) inside a {@link StoreTransaction}. As {@link Codings} does for
 * a whole codebook, a person's coding or decision is never touched, and a (segment, code) a person
 * decided gets no new suggestion, even one decided between the read and this write. A suggestion
 * the new model still makes keeps its row (its id, which a reviewer may have on screen) with the
 * new confidence; one it no longer makes is deleted; a new one is added.
 */
public final class SuggestionWindow {
  private final Connection connection;
  private final StoreChanges changes;
  private final Evidences evidences;

  SuggestionWindow(Connection connection, StoreChanges changes, Evidences evidences) {
    this.connection = connection;
    this.changes = changes;
    this.evidences = evidences;
  }

  /** What {@link #replace} did. */
  public record Rescored(int updated, int added, int removed) {}

  /**
   * Replaces the pending machine suggestions of {@code codebook} on {@code segments} by
   * {@code suggestions} (the new machine suggestions of those segments), but where a person decided.
   */
  public Rescored replace(String codebook, Collection<Long> segments, List<NewCoding> suggestions) {
    Map<Long, Map<String, NewCoding>> wanted = new LinkedHashMap<>();
    segments.forEach(id -> wanted.put(id, new LinkedHashMap<>()));
    suggestions.forEach(s -> wanted.computeIfAbsent(s.segmentId(), id -> new LinkedHashMap<>()).putIfAbsent(s.code(), s));
    int[] done = new int[3];
    String now = StoreTransaction.now();
    try (PreparedStatement pending = connection.prepareStatement("SELECT id, code FROM codings WHERE codebook = ?"
        + " AND segment_id = ? AND NOT " + Codings.humanDecision("") + " ORDER BY id");
        PreparedStatement update = connection.prepareStatement("UPDATE codings SET confidence = ?, origin = ?,"
            + " evidence_id = ?, at = ? WHERE id = ?");
        PreparedStatement delete = connection.prepareStatement("DELETE FROM codings WHERE id = ?");
        PreparedStatement insert = connection.prepareStatement("INSERT INTO codings (segment_id, codebook, code,"
            + " coder, origin, confidence, status, evidence_id, span_start, span_end, at)"
            + " SELECT ?, ?, ?, ?, ?, ?, 'suggested', ?, NULL, NULL, ? WHERE NOT EXISTS (SELECT 1 FROM codings"
            + " WHERE segment_id = ? AND codebook = ? AND code = ? AND " + Codings.humanDecision("") + ")")) {
      for (Map.Entry<Long, Map<String, NewCoding>> segment : wanted.entrySet()) {
        Map<String, NewCoding> left = new LinkedHashMap<>(segment.getValue());
        pending.setString(1, codebook);
        pending.setLong(2, segment.getKey());
        List<Object[]> rows = new ArrayList<>();
        try (ResultSet rs = pending.executeQuery()) {
          while (rs.next()) {
            rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
          }
        }
        for (Object[] row : rows) {
          NewCoding kept = left.remove((String) row[1]);
          if (kept == null) {
            delete.setLong(1, (Long) row[0]);
            done[2] += delete.executeUpdate();
          } else {
            update.setObject(1, kept.confidence());
            update.setString(2, kept.origin());
            evidences.bind(update, 3, kept.evidence());
            update.setString(4, now);
            update.setLong(5, (Long) row[0]);
            done[0] += update.executeUpdate();
          }
        }
        for (NewCoding s : left.values()) {
          insert.setLong(1, s.segmentId());
          insert.setString(2, codebook);
          insert.setString(3, s.code());
          insert.setString(4, s.coder());
          insert.setString(5, s.origin());
          insert.setObject(6, s.confidence());
          evidences.bind(insert, 7, s.evidence());
          insert.setString(8, now);
          insert.setLong(9, s.segmentId());
          insert.setString(10, codebook);
          insert.setString(11, s.code());
          done[1] += insert.executeUpdate();
        }
        changes.segment(codebook, segment.getKey());
      }
      return new Rescored(done[0], done[1], done[2]);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
