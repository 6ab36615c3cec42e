package fr.parole.study;

import fr.parole.study.CopiedItems.Coding;
import fr.parole.study.CopiedItems.SegmentKey;
import fr.parole.study.CopiedItems.SourceKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes, inside a {@link StoreTransaction}, what a merge brings from another copy of the study:
 * each item keeps its person and its date, and an item already here (the same person's same
 * decision, the same memo) is not written twice, so merging twice adds nothing the second time.
 * Finds this study's segment for another copy's by content, never by id.
 */
public final class MergeWriter implements AutoCloseable {
  private final Connection connection;
  private final StoreChanges changes;
  private final Evidences evidences;
  private final Map<SourceKey, Optional<Long>> sources = new HashMap<>();
  /** Each statement prepared once: a merge asks the same few questions once per coding. */
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  MergeWriter(Connection connection, StoreChanges changes, Evidences evidences) {
    this.connection = connection;
    this.changes = changes;
    this.evidences = evidences;
  }

  /** This study's source with the same content, else at the same path. */
  public Optional<Long> source(SourceKey key) {
    return sources.computeIfAbsent(key, k -> firstId("SELECT id FROM sources WHERE content_hash = ?", k.contentHash())
        .or(() -> firstId("SELECT id FROM sources WHERE path = ?", k.path())));
  }

  /** This study's segment at the same ordinal of the same source, if its text is the same. */
  public Optional<Long> segment(SegmentKey key) {
    if (key == null) {
      return Optional.empty();
    }
    Optional<Long> source = source(key.source());
    if (source.isEmpty()) {
      return Optional.empty();
    }
    try {
      PreparedStatement ps = statement("SELECT id, text FROM segments WHERE source_id = ? AND ordinal = ?");
      ps.setLong(1, source.get());
      ps.setInt(2, key.ordinal());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(2).equals(key.text()) ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Whether this person already made this decision (same code, same status, same span) on the
   * segment here, whenever they made it: then the other copy's is the same decision, not a new one.
   */
  public boolean hasDecision(long segmentId, String code, Coding coding) {
    // "+status": without it SQLite searches codings_by_code (every coding of the code with that
    // status) rather than the segment's few rows, and a merge of 10,000 codings took 40 s.
    return exists("SELECT 1 FROM codings WHERE segment_id = ? AND codebook = ? AND code = ? AND coder = ?"
        + " AND +status = ? AND span_start IS ? AND span_end IS ? AND " + Codings.humanDecision(""), segmentId,
        coding.codebook(), code, coding.coder(), coding.status(), coding.spanStart(), coding.spanEnd());
  }

  /** Stores another copy's human coding or review decision as it was: coder, origin, status, date. */
  public void addCoding(long segmentId, String code, Coding c) {
    Long evidence;
    try {
      evidence = evidences.id(c.evidence());
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
    update("INSERT INTO codings (segment_id, codebook, code, coder, origin, confidence, status, evidence_id,"
        + " span_start, span_end, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", segmentId, c.codebook(), code,
        c.coder(), c.origin(), c.confidence(), c.status(), evidence, c.spanStart(), c.spanEnd(), c.at());
    changes.segment(c.codebook(), segmentId);
  }

  /** Every person's decision on this code of this segment: "coder\tstatus\tat", oldest first. */
  public List<String> decisions(long segmentId, String codebook, String code) {
    List<String> decisions = new ArrayList<>();
    try {
      PreparedStatement ps = statement("SELECT coder, status, at FROM codings WHERE segment_id = ?"
          + " AND codebook = ? AND code = ? AND " + Codings.humanDecision("") + " ORDER BY at, id");
      bind(ps, segmentId, codebook, code);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          decisions.add(rs.getString(1) + "\t" + rs.getString(2) + "\t" + rs.getString(3));
        }
      }
      return decisions;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public boolean hasMemo(String kind, String target, String author, String at, String text) {
    return exists("SELECT 1 FROM memos WHERE target_kind = ? AND target = ? AND author = ? AND at = ? AND text = ?",
        kind, target, author, at, text);
  }

  /** Stores another copy's memo with its author and date. */
  public void addMemo(String kind, String target, String author, String at, String text) {
    update("INSERT INTO memos (target_kind, target, author, at, text) VALUES (?, ?, ?, ?, ?)", kind, target, author,
        at, text);
  }

  /** This study's copy of a discussion item (same target, author, date and text), if it has one. */
  public Optional<DiscussionItem> discussion(String kind, String target, String author, String at, String text) {
    Optional<Long> id = firstId("SELECT id FROM discussion WHERE target_kind = ? AND target = ? AND author = ?"
        + " AND at = ? AND text = ?", kind, target, author, at, text);
    return id.flatMap(new Discussions(connection)::find);
  }

  /** Stores another copy's discussion item as it stands: author, date, status, answer and who answered. */
  public void addDiscussion(DiscussionItem d, String target) {
    update("INSERT INTO discussion (target_kind, target, author, at, text, codebook, proposed_code, status, answer,"
        + " answered_by, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", d.targetKind(), target, d.author(),
        d.at(), d.text(), d.codebook(), d.proposedCode(), d.status(), d.answer(), d.answeredBy(), d.answeredAt());
  }

  /** Closes this study's open copy of an item as the other copy closed it (answer, who, when). */
  public void closeDiscussion(long id, DiscussionItem closed) {
    new Discussions(connection).close(id, closed.status(), closed.answer(), closed.answeredBy(), closed.answeredAt());
  }

  /** This study's copy of another copy's assignment: same codebook, selection, author and date. */
  public Optional<Long> assignment(CopiedItems.Assignment a) {
    return firstId("SELECT id FROM assignments WHERE codebook = ? AND selection = ? AND created_by = ?"
        + " AND created_at = ?", a.codebook(), a.selection(), a.createdBy(), a.createdAt());
  }

  /** Stores another copy's assignment as it stands (author, date, status); its coders and segments follow. */
  public long addAssignment(CopiedItems.Assignment a) {
    update("INSERT INTO assignments (codebook, selection, created_by, created_at, status, closed_by, closed_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", a.codebook(), a.selection(), a.createdBy(), a.createdAt(), a.status(),
        a.closedBy(), a.closedAt());
    return firstId("SELECT last_insert_rowid()").orElseThrow();
  }

  /** Adds a segment to an assignment; false when it was there. */
  public boolean addAssignmentSegment(long assignmentId, long segmentId) {
    return update("INSERT OR IGNORE INTO assignment_segments VALUES (?, ?)", assignmentId, segmentId) > 0;
  }

  /** Adds a coder to an assignment; false when they were there. */
  public boolean addAssignmentCoder(long assignmentId, String person) {
    return update("INSERT OR IGNORE INTO assignment_coders VALUES (?, ?)", assignmentId, person) > 0;
  }

  /** Closes this study's open assignment as the other copy closed it; false when it was closed already. */
  public boolean closeAssignment(long assignmentId, String by, String at) {
    return update("UPDATE assignments SET status = 'closed', closed_by = ?, closed_at = ? WHERE id = ?"
        + " AND status = 'open'", by, at, assignmentId) > 0;
  }

  /** The decision here on this disagreement: "codes\tdecided_by\tdecided_at", if there is one. */
  public Optional<String> resolution(long assignmentId, long segmentId, String dimension) {
    try {
      PreparedStatement ps = statement("SELECT codes, decided_by, decided_at FROM resolutions WHERE assignment_id = ?"
          + " AND segment_id = ? AND dimension = ?");
      bind(ps, assignmentId, segmentId, dimension);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1) + "\t" + rs.getString(2) + "\t" + rs.getString(3))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Stores another copy's resolution with who decided and when. */
  public void addResolution(long assignmentId, long segmentId, CopiedItems.Resolution r) {
    update("INSERT INTO resolutions VALUES (?, ?, ?, ?, ?, ?)", assignmentId, segmentId, r.dimension(), r.codes(),
        r.decidedBy(), r.decidedAt());
  }

  /** Whether the segment's discussion already has this text (a conflict opened by an earlier merge). */
  public boolean hasDiscussionText(String kind, String target, String text) {
    return exists("SELECT 1 FROM discussion WHERE target_kind = ? AND target = ? AND text = ?", kind, target, text);
  }

  /** "entretiens/a.txt, ligne 12": where a segment is, for messages. */
  public String place(long segmentId) {
    try {
      PreparedStatement ps = statement("SELECT so.path, s.line FROM segments s JOIN sources so"
          + " ON so.id = s.source_id WHERE s.id = ?");
      ps.setLong(1, segmentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) + ", ligne " + rs.getInt(2) : "segment " + segmentId;
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private Optional<Long> firstId(String sql, Object... parameters) {
    try {
      PreparedStatement ps = statement(sql);
      bind(ps, parameters);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private boolean exists(String sql, Object... parameters) {
    try {
      PreparedStatement ps = statement(sql);
      bind(ps, parameters);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private int update(String sql, Object... parameters) {
    try {
      PreparedStatement ps = statement(sql);
      bind(ps, parameters);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  @Override
  public void close() {
    try {
      for (PreparedStatement ps : statements.values()) {
        ps.close();
      }
      statements.clear();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private static void bind(PreparedStatement ps, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      ps.setObject(i + 1, parameters[i]);
    }
  }
}
