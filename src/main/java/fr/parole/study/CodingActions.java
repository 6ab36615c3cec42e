package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each person's coding actions (table {@code coding_actions}, V10) and the codings each one added
 * or removed, row by row as they were, so that an action can be undone and redone exactly. Writes
 * happen inside a {@link StoreTransaction} ({@link StoreTransaction#codingActions()}); the action,
 * its codings and its audit row are committed together. Only a person's own codings (origin
 * {@code human}) are ever written here: the machine's suggestions are not part of anyone's history.
 */
public final class CodingActions {
  /** The columns of {@code coding_action_rows}, which keep the evidence text inline (people's codings are few). */
  private static final String COLUMNS = "segment_id, codebook, code, coder, origin, confidence, status, evidence,"
      + " span_start, span_end, at";
  /** The same columns in {@code codings}, where the evidence is an id in {@code evidences} (V20). */
  private static final String CODING_COLUMNS = COLUMNS.replace("evidence,", "evidence_id,");
  /** The same columns read from {@code codings}, the evidence as its text. */
  private static final String CODING_VALUES = COLUMNS.replace("evidence,", Evidences.text("codings.") + ",");

  private final Connection connection;
  private final StoreChanges changes;
  private final Evidences evidences;

  CodingActions(Connection connection, StoreChanges changes, Evidences evidences) {
    this.connection = connection;
    this.changes = changes;
    this.evidences = evidences;
  }

  /** A coding as stored, with its id: what an action added or removed. */
  public record StoredCoding(long id, long segmentId, String codebook, String code, String coder, String origin,
      Double confidence, String status, String evidence, Integer spanStart, Integer spanEnd, String at) {
    /** Same coding, same content: nobody changed it since it was recorded. */
    public boolean sameAs(StoredCoding other) {
      return other != null && id == other.id && segmentId == other.segmentId && codebook.equals(other.codebook)
          && code.equals(other.code) && coder.equals(other.coder) && status.equals(other.status)
          && java.util.Objects.equals(spanStart, other.spanStart) && java.util.Objects.equals(spanEnd, other.spanEnd);
    }
  }

  /** An action: who, what kind ({@code appliquer}, {@code retirer}, {@code autocoder}), a readable label. */
  public record Action(long id, String person, String kind, String label, String at, String state) {}

  /** Inserts a person's coding; returns it as stored, with its id. */
  public StoredCoding insert(NewCoding coding) {
    String at = StoreTransaction.now();
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO codings (" + CODING_COLUMNS + ")"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
      bind(ps, 1, coding.segmentId(), coding.codebook(), coding.code(), coding.coder(), coding.origin(),
          coding.confidence(), coding.status(), evidences.id(coding.evidence()), coding.spanStart(), coding.spanEnd(),
          at);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        changes.segment(coding.codebook(), coding.segmentId());
        return new StoredCoding(rs.getLong(1), coding.segmentId(), coding.codebook(), coding.code(), coding.coder(),
            coding.origin(), coding.confidence(), coding.status(), coding.evidence(), coding.spanStart(),
            coding.spanEnd(), at);
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Puts back a coding an action removed, with its own id and date (ids are never given twice). */
  public void restore(StoredCoding coding) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO codings (id, " + CODING_COLUMNS + ")"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(ps, 1, coding.id(), coding.segmentId(), coding.codebook(), coding.code(), coding.coder(), coding.origin(),
          coding.confidence(), coding.status(), evidences.id(coding.evidence()), coding.spanStart(), coding.spanEnd(),
          coding.at());
      ps.executeUpdate();
      changes.segment(coding.codebook(), coding.segmentId());
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Deletes a coding; false when it is no longer there. */
  public boolean delete(StoredCoding coding) {
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM codings WHERE id = ?")) {
      ps.setLong(1, coding.id());
      boolean deleted = ps.executeUpdate() == 1;
      if (deleted) {
        changes.segment(coding.codebook(), coding.segmentId());
      }
      return deleted;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The coding with this id as it is now. */
  public Optional<StoredCoding> coding(long id) {
    return one("SELECT id, " + CODING_VALUES + " FROM codings WHERE id = ?", id);
  }

  /**
   * Records an action of {@code person} with the codings it added and removed; the person's undone
   * actions can no longer be redone (a new action ends the redo chain). Returns its id.
   */
  public long record(String person, String kind, String label, List<StoredCoding> added, List<StoredCoding> removed) {
    try (PreparedStatement drop = connection.prepareStatement(
        "UPDATE coding_actions SET state = 'dropped' WHERE person = ? AND state = 'undone'");
        PreparedStatement action = connection.prepareStatement(
            "INSERT INTO coding_actions (person, kind, label, at) VALUES (?, ?, ?, ?) RETURNING id");
        PreparedStatement row = connection.prepareStatement("INSERT INTO coding_action_rows (action_id, change,"
            + " coding_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      drop.setString(1, person);
      drop.executeUpdate();
      bind(action, 1, person, kind, label, StoreTransaction.now());
      long id;
      try (ResultSet rs = action.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      for (StoredCoding c : added) {
        addRow(row, id, "added", c);
      }
      for (StoredCoding c : removed) {
        addRow(row, id, "removed", c);
      }
      row.executeBatch();
      return id;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The person's latest action in this state ({@code done}: to undo; {@code undone}: to redo). */
  public Optional<Action> latest(String person, String state) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, person, kind, label, at, state"
        + " FROM coding_actions WHERE person = ? AND state = ? ORDER BY id DESC LIMIT 1")) {
      bind(ps, 1, person, state);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(new Action(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The codings an action added ({@code added}) or removed ({@code removed}). */
  public List<StoredCoding> rows(long actionId, String change) {
    List<StoredCoding> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT coding_id, " + COLUMNS
        + " FROM coding_action_rows WHERE action_id = ? AND change = ? ORDER BY coding_id")) {
      bind(ps, 1, actionId, change);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(stored(rs));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public void setState(long actionId, String state) {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE coding_actions SET state = ? WHERE id = ?")) {
      bind(ps, 1, state, actionId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Who else touched this coding after {@code since} (an action id, or the time of one): another
   * person's coding action on it, else an audit row naming it ({@code codage <id>}) by someone else.
   * Empty when nobody is on record (a command changed it, or it went with its segment).
   */
  public Optional<String> changedBy(long codingId, long sinceAction, String sinceAt, String person) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT a.person FROM coding_action_rows r"
        + " JOIN coding_actions a ON a.id = r.action_id WHERE r.coding_id = ? AND a.id > ? AND a.person <> ?"
        + " UNION ALL SELECT person FROM audit_log WHERE target = ? AND at >= ? AND person <> ? LIMIT 1")) {
      bind(ps, 1, codingId, sinceAction, person, "codage " + codingId, sinceAt, person);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private Optional<StoredCoding> one(String sql, long id) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private static void addRow(PreparedStatement row, long actionId, String change, StoredCoding c) throws SQLException {
    bind(row, 1, actionId, change, c.id(), c.segmentId(), c.codebook(), c.code(), c.coder(), c.origin(),
        c.confidence(), c.status(), c.evidence(), c.spanStart(), c.spanEnd(), c.at());
    row.addBatch();
  }

  private static StoredCoding stored(ResultSet rs) throws SQLException {
    return new StoredCoding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), NullableColumns.decimal(rs, 7), rs.getString(8), rs.getString(9),
        NullableColumns.integer(rs, 10), NullableColumns.integer(rs, 11),
        rs.getString(12));
  }


  private static void bind(PreparedStatement ps, int first, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(first + i, values[i]);
    }
  }
}
