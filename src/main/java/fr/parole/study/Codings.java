package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes codings inside a {@link StoreTransaction}. Machine suggestions are replaceable; a human
 * decision (a person's coding, or a suggestion accepted or rejected) is never touched here.
 */
public final class Codings {
  private static final String HUMAN_DECISION = humanDecision("");

  /**
   * The SQL condition "a person decided this coding" (coded it, or accepted or rejected the
   * suggestion), for the codings table under {@code alias} ("" when it has none, "c." otherwise).
   */
  static String humanDecision(String alias) {
    return "(" + alias + "origin = 'human' OR " + alias + "status <> 'suggested')";
  }
  private static final String INSERT = "INSERT INTO codings (segment_id, codebook, code, coder, origin,"
      + " confidence, status, evidence_id, span_start, span_end, at) VALUES ";
  private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final int PARAMETERS = 11;

  private final Connection connection;
  private final StoreChanges changes;
  private final Evidences evidences;
  /** One row, batched: what is queued when the transaction flushes. */
  private final PreparedStatement insert;
  /**
   * {@link SegmentWriter#ROWS} rows at once, prepared when that many are queued: a coding run writes
   * millions of suggestions, and SQLite starts and ends each statement and updates the AUTOINCREMENT
   * counter at each end.
   */
  private PreparedStatement insertRows;
  private final List<NewCoding> queued = new ArrayList<>(SegmentWriter.ROWS);
  private long nowSecond = -1;
  private String nowText;

  Codings(Connection connection, StoreChanges changes, Evidences evidences) throws SQLException {
    this.connection = connection;
    this.changes = changes;
    this.evidences = evidences;
    this.insert = connection.prepareStatement(INSERT + ROW);
  }

  /**
   * Deletes the machine's pending suggestions for a codebook; returns how many. Their evidence texts
   * stay in {@code evidences}: a few dozen rows the next run writes again (see V20).
   */
  public int deleteMachineSuggestions(String codebook) {
    changes.broad();
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM codings WHERE codebook = ? AND NOT "
        + HUMAN_DECISION)) {
      ps.setString(1, codebook);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Deletes the machine's pending suggestions of a codebook on the segments of these sources only. */
  public int deleteMachineSuggestions(String codebook, java.util.Collection<Long> sourceIds) {
    changes.broad();
    int deleted = 0;
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM codings WHERE codebook = ? AND NOT "
        + HUMAN_DECISION + " AND segment_id IN (SELECT id FROM segments WHERE source_id = ?)")) {
      for (long id : sourceIds) {
        ps.setString(1, codebook);
        ps.setLong(2, id);
        deleted += ps.executeUpdate();
      }
      return deleted;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** People's decisions in a codebook, read through the partial index {@code codings_decided} (V22). */
  static final String HUMAN_DECISIONS = "SELECT segment_id, code FROM codings WHERE codebook = ? AND " + HUMAN_DECISION;

  /** "segmentId/dimension/code" for every (segment, code) a person has decided on in a codebook. */
  public Set<String> humanDecisions(String codebook) {
    Set<String> keys = new HashSet<>();
    try (PreparedStatement ps = connection.prepareStatement(HUMAN_DECISIONS)) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(key(rs.getLong(1), rs.getString(2)));
        }
      }
      return keys;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  public static String key(long segmentId, String code) {
    return segmentId + "/" + code;
  }

  /** How many human decisions are attached to the segments of a source. */
  public int humanDecisionsInSource(long sourceId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM codings c JOIN segments s"
        + " ON s.id = c.segment_id WHERE s.source_id = ? AND " + humanDecision("c."))) {
      ps.setLong(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Stores a person's decision on a machine suggestion unless someone (a person in the atelier,
   * {@code parole review} in a terminal) already decided on that code for that segment: one
   * statement, so two people deciding at the same moment cannot both win. False when refused.
   */
  public boolean decideOnce(NewCoding decision) {
    flush();
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO codings (segment_id, codebook, code, coder,"
        + " origin, confidence, status, evidence_id, span_start, span_end, at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
        + " WHERE NOT EXISTS (SELECT 1 FROM codings WHERE segment_id = ? AND codebook = ? AND code = ? AND "
        + HUMAN_DECISION + ")")) {
      bind(ps, 0, decision);
      ps.setLong(12, decision.segmentId());
      ps.setString(13, decision.codebook());
      ps.setString(14, decision.code());
      boolean recorded = ps.executeUpdate() == 1;
      if (recorded) {
        changes.segment(decision.codebook(), decision.segmentId());
      }
      return recorded;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Deletes a coding {@code coder} made by hand; never a machine's suggestion nor another person's
   * coding. False when there is no such coding of theirs.
   */
  public boolean deleteOwn(long codingId, String coder) {
    flush();
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM codings WHERE id = ? AND coder = ?"
        + " AND origin = 'human' AND status = 'accepted' RETURNING codebook, segment_id")) {
      ps.setLong(1, codingId);
      ps.setString(2, coder);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return false;
        }
        changes.segment(rs.getString(1), rs.getLong(2));
        return true;
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Binds one coding's {@value #PARAMETERS} values after the first {@code before} parameters. */
  private void bind(PreparedStatement ps, int before, NewCoding coding) throws SQLException {
    ps.setLong(before + 1, coding.segmentId());
    ps.setString(before + 2, coding.codebook());
    ps.setString(before + 3, coding.code());
    ps.setString(before + 4, coding.coder());
    ps.setString(before + 5, coding.origin());
    ps.setObject(before + 6, coding.confidence());
    ps.setString(before + 7, coding.status());
    // An id from the transaction's few texts: a run binds millions of them.
    evidences.bind(ps, before + 8, coding.evidence());
    ps.setObject(before + 9, coding.spanStart());
    ps.setObject(before + 10, coding.spanEnd());
    ps.setString(before + 11, now());
  }

  /**
   * {@link StoreTransaction#now()}, formatted once a second: a coding run binds it to millions of
   * rows, and formatting an instant for each was 2 % of the run.
   */
  private String now() {
    long second = System.currentTimeMillis() / 1000;
    if (second != nowSecond) {
      nowSecond = second;
      nowText = StoreTransaction.at(second);
    }
    return nowText;
  }

  public void add(NewCoding coding) {
    changes.segment(coding.codebook(), coding.segmentId());
    try {
      queued.add(coding);
      if (queued.size() == SegmentWriter.ROWS) {
        if (insertRows == null) {
          insertRows = connection.prepareStatement(SegmentWriter.manyRows(INSERT, ROW));
        }
        for (int i = 0; i < SegmentWriter.ROWS; i++) {
          bind(insertRows, i * PARAMETERS, queued.get(i));
        }
        queued.clear(); // before the write: a failed one is not tried again, the transaction rolls back
        insertRows.executeUpdate();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Records the thresholds a coding run of {@code codebook} used, replacing those of its last run
   * (a code no longer in the codebook loses its row).
   */
  public void replaceThresholds(String codebook, Collection<CodeThreshold> thresholds) {
    changes.broad();
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM code_thresholds WHERE codebook = ?");
        PreparedStatement insert = connection.prepareStatement("INSERT INTO code_thresholds (codebook, code,"
            + " threshold, origin, f1) VALUES (?, ?, ?, ?, ?)")) {
      delete.setString(1, codebook);
      delete.executeUpdate();
      for (CodeThreshold threshold : thresholds) {
        insert.setString(1, codebook);
        insert.setString(2, threshold.code());
        insert.setDouble(3, threshold.value());
        insert.setString(4, threshold.origin());
        insert.setObject(5, threshold.f1());
        insert.addBatch();
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Writes what {@link #add} queued; call before commit. */
  public void flush() {
    if (queued.isEmpty()) {
      return;
    }
    try {
      for (NewCoding coding : queued) {
        bind(insert, 0, coding);
        insert.addBatch();
      }
      queued.clear();
      insert.executeBatch();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Closes the statements (the transaction's end). */
  void close() throws SQLException {
    insert.close();
    if (insertRows != null) {
      insertRows.close();
    }
  }
}
