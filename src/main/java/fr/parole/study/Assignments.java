package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Blinded parallel coding (tables of V10): assignments of segments to coders, and the resolutions
 * of their disagreements. Read anywhere; written in a {@link StoreTransaction}.
 */
public final class Assignments {
  private final Connection connection;

  Assignments(Connection connection) {
    this.connection = connection;
  }

  /** An assignment: which codebook, how its segments were chosen, who made it, its coders, how many segments. */
  public record Assignment(long id, String codebook, String selection, String createdBy, String createdAt,
      String status, String closedBy, String closedAt, List<String> coders, int segments) {
    public boolean open() {
      return "open".equals(status);
    }
  }

  /** A decision on a disagreement: the codes retained in a dimension of a segment (none: empty). */
  public record Resolution(long segmentId, String dimension, List<String> codes, String decidedBy, String decidedAt) {}

  /** The analysed segments of the source at {@code path}, in order (empty when there is no such source). */
  public List<Long> segmentsOfSource(String path) {
    return ids("SELECT s.id FROM segments s JOIN sources so ON so.id = s.source_id WHERE so.path = ? AND "
        + SegmentKind.analysedIn("s.kind") + " ORDER BY s.ordinal", path);
  }

  /** Every analysed segment's id, in order. */
  public List<Long> analysedSegments() {
    return ids("SELECT id FROM segments WHERE " + SegmentKind.analysedIn("kind") + " ORDER BY id");
  }

  /** Stores an assignment with its segments and coders; returns its id. */
  public long create(String codebook, String selection, String by, String at, Collection<Long> segments,
      Collection<String> coders) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO assignments (codebook, selection,"
        + " created_by, created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
        PreparedStatement segment = connection.prepareStatement("INSERT INTO assignment_segments VALUES (?, ?)");
        PreparedStatement coder = connection.prepareStatement("INSERT INTO assignment_coders VALUES (?, ?)")) {
      bind(ps, codebook, selection, by, at).executeUpdate();
      long id = StoreTransaction.generatedKey(ps);
      for (long s : segments) {
        bind(segment, id, s).addBatch();
      }
      segment.executeBatch();
      for (String c : coders) {
        bind(coder, id, c).addBatch();
      }
      coder.executeBatch();
      return id;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public List<Assignment> all() {
    List<Assignment> all = new ArrayList<>();
    for (long id : ids("SELECT id FROM assignments ORDER BY id DESC")) {
      find(id).ifPresent(all::add);
    }
    return all;
  }

  public Optional<Assignment> find(long id) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, codebook, selection, created_by, created_at,"
        + " status, closed_by, closed_at, (SELECT COUNT(*) FROM assignment_segments WHERE assignment_id = a.id)"
        + " FROM assignments a WHERE id = ?")) {
      try (ResultSet rs = bind(ps, id).executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        List<String> coders = strings("SELECT person FROM assignment_coders WHERE assignment_id = ? ORDER BY person",
            id);
        return Optional.of(new Assignment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), coders, rs.getInt(9)));
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The assignment's segments, in order. */
  public List<Long> segments(long assignmentId) {
    return ids("SELECT segment_id FROM assignment_segments WHERE assignment_id = ? ORDER BY segment_id",
        assignmentId);
  }

  /**
   * The segments {@code person} codes blind: those of the open assignments they are a coder of. On
   * these, they may see neither the others' codings nor the machine's suggestions.
   */
  public List<Long> blindedSegments(String person) {
    return ids("SELECT DISTINCT s.segment_id FROM assignment_segments s JOIN assignments a ON a.id = s.assignment_id"
        + " JOIN assignment_coders c ON c.assignment_id = a.id WHERE a.status = 'open' AND c.person = ?"
        + " ORDER BY s.segment_id", person);
  }

  /** The sources holding a segment {@code person} codes blind (their document would show the others' codings). */
  public List<Long> blindedSources(String person) {
    return ids("SELECT DISTINCT g.source_id FROM assignment_segments s JOIN segments g ON g.id = s.segment_id"
        + " JOIN assignments a ON a.id = s.assignment_id JOIN assignment_coders c ON c.assignment_id = a.id"
        + " WHERE a.status = 'open' AND c.person = ? ORDER BY g.source_id", person);
  }

  /** Whether {@code person} codes this segment blind (an open assignment of theirs holds it). */
  public boolean blinds(String person, long segmentId) {
    return !ids("SELECT 1 FROM assignment_segments s JOIN assignments a ON a.id = s.assignment_id JOIN"
        + " assignment_coders c ON c.assignment_id = a.id WHERE a.status = 'open' AND c.person = ? AND s.segment_id = ?"
        + " LIMIT 1", person, segmentId).isEmpty();
  }

  /** Records a decision on a disagreement; false when someone already decided it (theirs is kept). */
  public boolean resolve(long assignmentId, Resolution r) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT OR IGNORE INTO resolutions VALUES (?, ?, ?, ?, ?, ?)")) {
      return bind(ps, assignmentId, r.segmentId(), r.dimension(), String.join(",", r.codes()), r.decidedBy(),
          r.decidedAt()).executeUpdate() == 1;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public List<Resolution> resolutions(long assignmentId) {
    List<Resolution> list = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT segment_id, dimension, codes, decided_by,"
        + " decided_at FROM resolutions WHERE assignment_id = ? ORDER BY segment_id, dimension")) {
      try (ResultSet rs = bind(ps, assignmentId).executeQuery()) {
        while (rs.next()) {
          String codes = rs.getString(3);
          list.add(new Resolution(rs.getLong(1), rs.getString(2), codes.isEmpty() ? List.of() : List.of(codes.split(",")),
              rs.getString(4), rs.getString(5)));
        }
      }
      return list;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Closes an open assignment (the coders see everything again); false when it was not open. */
  public boolean close(long assignmentId, String by, String at) {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE assignments SET status = 'closed', closed_by = ?,"
        + " closed_at = ? WHERE id = ? AND status = 'open'")) {
      return bind(ps, by, at, assignmentId).executeUpdate() == 1;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private List<Long> ids(String sql, Object... parameters) {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = bind(ps, parameters).executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
      return ids;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private List<String> strings(String sql, Object... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = bind(ps, parameters).executeQuery()) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  private static PreparedStatement bind(PreparedStatement ps, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      ps.setObject(i + 1, parameters[i]);
    }
    return ps;
  }
}
