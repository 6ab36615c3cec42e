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
  /** The same for rows of one run ({@link #sharedRows}). */
  private PreparedStatement insertSharedRows;
  /** Parameters shared by the rows of {@link #sharedRows}, then those of each row. */
  private static final int SHARED = 4;
  private static final int OWN = 7;
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

  /**
   * People's decisions in a codebook, read through the partial index {@code codings_decided} (V22),
   * named: with no statistics SQLite weighs it the same as {@code codings_by_code} and takes the one
   * created last, which is {@code codings_by_code} once a first coding run has built it again.
   */
  static final String HUMAN_DECISIONS = "SELECT segment_id, code FROM codings INDEXED BY codings_decided"
      + " WHERE codebook = ? AND " + HUMAN_DECISION;

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
        PreparedStatement rows = sameRun(queued) ? bindShared(queued) : bindEach(queued);
        queued.clear(); // before the write: a failed one is not tried again, the transaction rolls back
        rows.executeUpdate();
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** True when {@code rows} share their codebook, coder and status, as a coding run's suggestions do. */
  private static boolean sameRun(List<NewCoding> rows) {
    NewCoding first = rows.get(0);
    for (NewCoding row : rows) {
      if (!row.codebook().equals(first.codebook()) || !row.coder().equals(first.coder())
          || !row.status().equals(first.status())) {
        return false;
      }
    }
    return true;
  }

  private PreparedStatement manyRows() throws SQLException {
    if (insertRows == null) {
      insertRows = connection.prepareStatement(SegmentWriter.manyRows(INSERT, ROW));
    }
    return insertRows;
  }

  /**
   * The rows of one run: its codebook, coder, status and time are the numbered parameters ?1 to ?4,
   * bound once, and each row binds its own {@value #OWN} values. A run binds millions of rows, and
   * each text bound is converted and handed to SQLite one by one: six texts a row before, two now.
   */
  private PreparedStatement sharedRows() throws SQLException {
    if (insertSharedRows == null) {
      List<String> rows = new ArrayList<>(SegmentWriter.ROWS);
      for (int i = 0; i < SegmentWriter.ROWS; i++) {
        int p = SHARED + i * OWN;
        rows.add("(?" + (p + 1) + ", ?1, ?" + (p + 2) + ", ?2, ?" + (p + 3) + ", ?" + (p + 4) + ", ?3, ?" + (p + 5)
            + ", ?" + (p + 6) + ", ?" + (p + 7) + ", ?4)");
      }
      insertSharedRows = connection.prepareStatement(INSERT + String.join(", ", rows));
    }
    return insertSharedRows;
  }

  /** {@link #manyRows}, each row's {@value #PARAMETERS} values bound. */
  private PreparedStatement bindEach(List<NewCoding> codings) throws SQLException {
    PreparedStatement rows = manyRows();
    for (int i = 0; i < codings.size(); i++) {
      bind(rows, i * PARAMETERS, codings.get(i));
    }
    return rows;
  }

  /** {@link #sharedRows}, the run's values bound once and each row's own after them. */
  private PreparedStatement bindShared(List<NewCoding> codings) throws SQLException {
    PreparedStatement rows = sharedRows();
    NewCoding first = codings.get(0);
    rows.setString(1, first.codebook());
    rows.setString(2, first.coder());
    rows.setString(3, first.status());
    rows.setString(4, now());
    for (int i = 0; i < codings.size(); i++) {
      NewCoding coding = codings.get(i);
      int p = SHARED + i * OWN;
      rows.setLong(p + 1, coding.segmentId());
      rows.setString(p + 2, coding.code());
      rows.setString(p + 3, coding.origin());
      rows.setObject(p + 4, coding.confidence());
      evidences.bind(rows, p + 5, coding.evidence());
      rows.setObject(p + 6, coding.spanStart());
      rows.setObject(p + 7, coding.spanEnd());
    }
    return rows;
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
    if (insertSharedRows != null) {
      insertSharedRows.close();
    }
  }
}
