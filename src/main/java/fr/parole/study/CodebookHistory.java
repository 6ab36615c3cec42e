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
import java.util.Optional;

/**
 * A codebook's versions and what each did to codings (see {@code V10__codebook_versions.sql}).
 * Written inside a {@link StoreTransaction} ({@link StoreTransaction#codebookHistory()}), so that a
 * version, the codings it moves and its audit row are committed together; read from a
 * {@link StudyStore} otherwise. A coding moved, archived or brought back is journalled with its id,
 * so that restoring an earlier version undoes exactly what the later ones did.
 */
public final class CodebookHistory {
  /** One version of a codebook: number 1 is the codebook before its first change. */
  public record Version(long id, String codebook, int number, String yaml, String person, String at, String action,
      String summary) {}

  /** What a person decided on a code (coded, accepted, rejected) and the machine's pending suggestions. */
  public record CodingCount(int human, int suggested) {}

  /** The columns of {@code archived_codings}, which keeps the evidence text inline (people's codings are few). */
  private static final String COLUMNS =
      "segment_id, codebook, code, coder, origin, confidence, status, evidence, span_start, span_end, at";
  /** The same columns in {@code codings}, where the evidence is an id in {@code evidences} (V20). */
  private static final String CODING_COLUMNS = COLUMNS.replace("evidence,", "evidence_id,");
  private static final String IN_STEP = "SELECT coding_id FROM codebook_coding_changes WHERE version = ? AND step = ?";

  private final Connection connection;
  private final StoreChanges changes;

  CodebookHistory(Connection connection, StoreChanges changes) {
    this.connection = connection;
    this.changes = changes;
  }

  /**
   * Takes the store's write lock now, so that the codebook read next cannot change under this
   * transaction: two people saving at once are served one after the other, and the second one
   * sees the first one's version.
   */
  public void lock() {
    run("DELETE FROM codebook_versions WHERE 0");
  }

  public Optional<Version> latest(String codebook) {
    List<Version> found = versions("SELECT id, codebook, number, yaml, person, at, action, summary FROM"
        + " codebook_versions WHERE codebook = ? ORDER BY number DESC LIMIT 1", codebook);
    return found.stream().findFirst();
  }

  public Optional<Version> version(String codebook, int number) {
    return versions("SELECT id, codebook, number, yaml, person, at, action, summary FROM codebook_versions WHERE"
        + " codebook = ? AND number = " + number, codebook).stream().findFirst();
  }

  /** Every version of the codebook, newest first. */
  public List<Version> all(String codebook) {
    return versions("SELECT id, codebook, number, yaml, person, at, action, summary FROM codebook_versions WHERE"
        + " codebook = ? ORDER BY number DESC", codebook);
  }

  /** Stores a new version (the next number); returns its id, to journal the codings it changes under. */
  public long add(String codebook, String yaml, String person, String action, String summary) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO codebook_versions (codebook, number, yaml,"
        + " person, at, action, summary) SELECT ?, COALESCE(MAX(number), 0) + 1, ?, ?, ?, ?, ? FROM codebook_versions"
        + " WHERE codebook = ?", java.sql.Statement.RETURN_GENERATED_KEYS)) {
      StoreTransaction.bind(ps, codebook, yaml, person, StoreTransaction.now(), action, summary, codebook).executeUpdate();
      return StoreTransaction.generatedKey(ps);
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Each code's human decisions and pending suggestions in the codebook. */
  public Map<String, CodingCount> counts(String codebook) {
    Map<String, CodingCount> counts = new LinkedHashMap<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT code, SUM(" + Codings.humanDecision("")
        + "), SUM(NOT " + Codings.humanDecision("") + ") FROM codings WHERE codebook = ? GROUP BY code")) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), new CodingCount(rs.getInt(2), rs.getInt(3)));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Moves every coding of {@code from} to {@code to}, coder, origin and date kept; returns how many. */
  public int move(long version, int step, String codebook, String from, String to) {
    changes.broad();
    run("INSERT INTO codebook_coding_changes (version, step, coding_id, before, after) SELECT ?, ?, id, code, ? FROM"
        + " codings WHERE codebook = ? AND code = ?", version, step, to, codebook, from);
    return run("UPDATE codings SET code = ? WHERE codebook = ? AND code = ?", to, codebook, from);
  }

  /** A segment a code is on, for a person choosing which go with a split: its document, line and words (raw). */
  public record CodedSegment(long segmentId, String sourcePath, int line, String text) {}

  /** The segments {@code code} is on (any coding), in document order, {@code limit} from {@code offset}. */
  public List<CodedSegment> codedSegments(String codebook, String code, int limit, int offset) {
    List<CodedSegment> found = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT s.id, so.path, s.line, s.text FROM segments s JOIN"
        + " sources so ON so.id = s.source_id WHERE s.id IN (SELECT segment_id FROM codings WHERE codebook = ? AND"
        + " code = ?) ORDER BY so.path, s.ordinal LIMIT ? OFFSET ?")) {
      try (ResultSet rs = StoreTransaction.bind(ps, codebook, code, limit, offset).executeQuery()) {
        while (rs.next()) {
          found.add(new CodedSegment(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** How many segments {@code code} is on. */
  public int codedSegmentCount(String codebook, String code) {
    return count("SELECT COUNT(DISTINCT segment_id) FROM codings WHERE codebook = ? AND code = ?", codebook, code);
  }

  /** Of {@code segments}, those {@code code} is on. */
  public java.util.Set<Long> onCode(String codebook, String code, Collection<Long> segments) {
    java.util.Set<Long> on = new java.util.TreeSet<>();
    for (List<Long> chunk : chunks(segments)) {
      List<Object> parameters = new ArrayList<>(List.of(codebook, code));
      parameters.addAll(chunk);
      try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT segment_id FROM codings WHERE codebook"
          + " = ? AND code = ? AND segment_id IN (" + marks(chunk.size()) + ")")) {
        try (ResultSet rs = StoreTransaction.bind(ps, parameters.toArray()).executeQuery()) {
          while (rs.next()) {
            on.add(rs.getLong(1));
          }
        }
      } catch (SQLException e) {
        throw StudyStore.storeError(e);
      }
    }
    return on;
  }

  /** How many codings of {@code code} are on {@code segments}. */
  public int codingsOn(String codebook, String code, Collection<Long> segments) {
    int total = 0;
    for (List<Long> chunk : chunks(segments)) {
      List<Object> parameters = new ArrayList<>(List.of(codebook, code));
      parameters.addAll(chunk);
      total += count("SELECT COUNT(*) FROM codings WHERE codebook = ? AND code = ? AND segment_id IN ("
          + marks(chunk.size()) + ")", parameters.toArray());
    }
    return total;
  }

  /**
   * Moves the codings of {@code from} on {@code segments} to {@code to}, coder, origin and date kept,
   * journalled like {@link #move} so that a restore puts each one back; returns how many.
   */
  public int moveOn(long version, int step, String codebook, String from, String to, Collection<Long> segments) {
    changes.broad();
    for (List<Long> chunk : chunks(segments)) {
      List<Object> parameters = new ArrayList<>(List.of(version, step, to, codebook, from));
      parameters.addAll(chunk);
      run("INSERT INTO codebook_coding_changes (version, step, coding_id, before, after) SELECT ?, ?, id, code, ? FROM"
          + " codings WHERE codebook = ? AND code = ? AND segment_id IN (" + marks(chunk.size()) + ")",
          parameters.toArray());
    }
    return run("UPDATE codings SET code = ? WHERE id IN (" + IN_STEP + ")", to, version, step);
  }

  /**
   * The accepted codings (a person's, or a suggestion a person accepted) of a dimension's codes and
   * of {@code codes}, on the segments one of {@code codes} is on: what a merge into an exclusive
   * dimension is checked against.
   */
  public List<Carried> carried(String codebook, String dimension, Collection<String> codes) {
    List<Carried> found = new ArrayList<>();
    String in = marks(codes.size());
    String prefix = dimension + "/";
    List<Object> parameters = new ArrayList<>(List.of(codebook, prefix.length(), prefix));
    parameters.addAll(codes);
    parameters.add(codebook);
    parameters.addAll(codes);
    try (PreparedStatement ps = connection.prepareStatement("SELECT c.segment_id, c.coder, c.code, so.path, s.line FROM"
        + " codings c JOIN segments s ON s.id = c.segment_id JOIN sources so ON so.id = s.source_id WHERE c.codebook = ?"
        + " AND c.status = 'accepted' AND (substr(c.code, 1, ?) = ? OR c.code IN (" + in + ")) AND c.segment_id IN (SELECT"
        + " segment_id FROM codings WHERE codebook = ? AND status = 'accepted' AND code IN (" + in + ")) ORDER BY"
        + " so.path, s.ordinal")) {
      try (ResultSet rs = StoreTransaction.bind(ps, parameters.toArray()).executeQuery()) {
        while (rs.next()) {
          found.add(new Carried(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** An accepted coding: on which segment (its document and line), by whom, which code. */
  public record Carried(long segmentId, String coder, String code, String sourcePath, int line) {}

  private static List<List<Long>> chunks(Collection<Long> values) {
    List<Long> all = new ArrayList<>(values);
    List<List<Long>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += 500) {
      chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
    }
    return chunks;
  }

  private int count(String sql, Object... parameters) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      try (ResultSet rs = StoreTransaction.bind(ps, parameters).executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Takes the codings of {@code codes} out: people's decisions go to the archive (journalled, so
   * that a restore brings them back), the machine's pending suggestions are deleted.
   */
  public CodingCount archive(long version, int step, String codebook, Collection<String> codes) {
    return archiveWhere(version, step, codebook, "code IN (" + marks(codes.size()) + ")", codes);
  }

  /** The codes the codings journalled under these versions came from or went to. */
  public java.util.Set<String> codesJournalled(Collection<Long> versions) {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    String in = "version IN (" + marks(versions.size()) + ")";
    try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT before FROM codebook_coding_changes WHERE "
        + in + " UNION SELECT DISTINCT after FROM codebook_coding_changes WHERE " + in)) {
      List<Object> both = new ArrayList<>(versions);
      both.addAll(versions);
      try (ResultSet rs = StoreTransaction.bind(ps, both.toArray()).executeQuery()) {
        while (rs.next()) {
          if (rs.getString(1) != null) {
            codes.add(rs.getString(1));
          }
        }
      }
      return codes;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private CodingCount archiveWhere(long version, int step, String codebook, String which, Collection<String> codes) {
    changes.broad();
    List<Object> parameters = new ArrayList<>(List.of(version, step, codebook));
    parameters.addAll(codes);
    run("INSERT INTO codebook_coding_changes (version, step, coding_id, before, after) SELECT ?, ?, id, code, NULL"
        + " FROM codings WHERE codebook = ? AND " + which + " AND " + Codings.humanDecision(""), parameters.toArray());
    List<Object> delete = new ArrayList<>(List.of(codebook));
    delete.addAll(codes);
    int suggested = run("DELETE FROM codings WHERE codebook = ? AND " + which + " AND NOT " + Codings.humanDecision(""),
        delete.toArray());
    int human = apply(version, step);
    return new CodingCount(human, suggested);
  }

  /**
   * Undoes what version {@code undone} did to codings, last step first, journalled as steps of
   * {@code into} from {@code firstStep} on; returns the next free step. A coding changed since
   * (deleted by its coder, moved again) is left where it is.
   */
  public int undo(long undone, long into, int firstStep) {
    changes.broad();
    List<Integer> steps = steps(connection, "codebook_coding_changes", undone);
    int step = firstStep;
    for (int old : steps) {
      String insert = "INSERT INTO codebook_coding_changes (version, step, coding_id, before, after) ";
      run(insert + "SELECT ?, ?, c.id, ch.after, ch.before FROM codebook_coding_changes ch JOIN codings c ON c.id ="
          + " ch.coding_id AND c.code = ch.after WHERE ch.version = ? AND ch.step = ? AND ch.before IS NOT NULL AND"
          + " ch.after IS NOT NULL", into, step, undone, old);
      run(insert + "SELECT ?, ?, a.id, NULL, a.code FROM codebook_coding_changes ch JOIN archived_codings a ON a.id ="
          + " ch.coding_id WHERE ch.version = ? AND ch.step = ? AND ch.after IS NULL", into, step, undone, old);
      run(insert + "SELECT ?, ?, c.id, c.code, NULL FROM codebook_coding_changes ch JOIN codings c ON c.id ="
          + " ch.coding_id WHERE ch.version = ? AND ch.step = ? AND ch.before IS NULL", into, step, undone, old);
      apply(into, step);
      step++;
    }
    return step;
  }

  /** Carries out one journalled step: moves, archives, brings back. Returns how many it archived. */
  private int apply(long version, int step) {
    run("UPDATE codings SET code = (SELECT ch.after FROM codebook_coding_changes ch WHERE ch.version = ? AND ch.step = ?"
        + " AND ch.coding_id = codings.id) WHERE id IN (" + IN_STEP + " AND before IS NOT NULL AND after IS NOT NULL)",
        version, step, version, step);
    run("INSERT INTO archived_codings (id, " + COLUMNS + ") SELECT id, "
        + COLUMNS.replace("evidence,", Evidences.text("codings.") + ",") + " FROM codings WHERE id IN ("
        + IN_STEP + " AND after IS NULL)", version, step);
    int archived = run("DELETE FROM codings WHERE id IN (" + IN_STEP + " AND after IS NULL)", version, step);
    // A segment removed since (its source re-imported without it) takes its codings with it, archived or not.
    String back = " FROM archived_codings WHERE id IN (" + IN_STEP + " AND before IS NULL)"
        + " AND segment_id IN (SELECT id FROM segments)";
    // A text archived before V20 that no coding used then is not in evidences yet.
    run("INSERT OR IGNORE INTO evidences (text) SELECT evidence" + back + " AND evidence IS NOT NULL", version, step);
    run("INSERT INTO codings (id, " + CODING_COLUMNS + ") SELECT id, "
        + COLUMNS.replace("evidence,", Evidences.idOf("archived_codings.") + ",") + back, version, step);
    run("DELETE FROM archived_codings WHERE id IN (" + IN_STEP + " AND before IS NULL)", version, step);
    return archived;
  }

  private List<Version> versions(String sql, String codebook) {
    List<Version> found = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(new Version(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
              rs.getString(6), rs.getString(7), rs.getString(8)));
        }
      }
      return found;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The steps a version journalled in {@code journal}, last first (the order they are undone in). */
  static List<Integer> steps(Connection connection, String journal, long version) {
    List<Integer> steps = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT step FROM " + journal + " WHERE version = ?"
        + " ORDER BY step DESC")) {
      ps.setLong(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.add(rs.getInt(1));
        }
      }
      return steps;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  private static String marks(int count) {
    return count == 0 ? "NULL" : String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private int run(String sql, Object... parameters) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      return StoreTransaction.bind(ps, parameters).executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
