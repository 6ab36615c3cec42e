package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The places besides codings that name a code by its id, following it when a codebook version
 * changes the id (see {@code V13__codebook13.sql}): memos on the code and discussion threads about
 * it (stored as {@code codebook/dimension/code}), codes proposed in the discussion, the rows of the
 * people's undo journal (so that undoing an earlier coding puts it back on the code as it is now
 * called) and the code's threshold (moved only when the new id has none: a merge keeps the
 * target's). Each row changed is journalled under the version, so that a restore undoes exactly
 * that. Left alone on purpose: the archive of deleted codes' codings (restore brings them back
 * with the version that had their code), the blinded-coding resolutions (a record of what was
 * decided then; the reference coding they made is a coding, and follows) and the audit log (never
 * rewritten).
 */
public final class CodeReferences {
  /** A column naming a code: {@code prefixed} when it holds {@code codebook/dimension/code}, else the codebook is a column. */
  private record Place(String kind, String table, String key, String column, String where, boolean prefixed) {}

  private static final List<Place> PLACES = List.of(
      new Place("memo", "memos", "id", "target", "target_kind = 'code'", true),
      new Place("discussion", "discussion", "id", "target", "target_kind = 'code'", true),
      new Place("proposition", "discussion", "id", "proposed_code", "codebook = ?", false),
      new Place("annulation", "coding_action_rows", "rowid", "code", "codebook = ?", false));
  private static final String JOURNAL = "INSERT INTO codebook_reference_changes (version, step, kind, row_id, before, after) ";

  private final Connection connection;

  CodeReferences(Connection connection) {
    this.connection = connection;
  }

  /**
   * Makes every place naming a code of {@code moves}' keys name its new id instead, journalled as
   * step {@code step} of {@code version}; returns how many rows followed, by kind.
   */
  public Map<String, Integer> follow(long version, int step, String codebook, Map<String, String> moves) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    moves.forEach((from, to) -> {
      for (Place p : PLACES) {
        String before = p.prefixed() ? codebook + "/" + from : from;
        String after = p.prefixed() ? codebook + "/" + to : to;
        List<Object> parameters = new ArrayList<>(List.of(version, step, p.kind(), after));
        if (!p.prefixed()) {
          parameters.add(codebook);
        }
        parameters.add(before);
        run(JOURNAL + "SELECT ?, ?, ?, " + p.key() + ", " + p.column() + ", ? FROM " + p.table() + " WHERE " + p.where()
            + " AND " + p.column() + " = ?", parameters.toArray());
        counts.merge(p.kind(), apply(p, version, step, before), Integer::sum);
      }
      String free = " AND NOT EXISTS (SELECT 1 FROM code_thresholds WHERE codebook = ? AND code = ?)";
      run(JOURNAL + "SELECT ?, ?, 'seuil', 0, code, ? FROM code_thresholds WHERE codebook = ? AND code = ?" + free,
          version, step, to, codebook, from, codebook, to);
      counts.merge("seuil", run("UPDATE code_thresholds SET code = ? WHERE codebook = ? AND code = ?" + free, to,
          codebook, from, codebook, to), Integer::sum);
    });
    return counts;
  }

  /**
   * Undoes what version {@code undone} did, last step first, journalled as steps of {@code into}
   * from {@code firstStep} on; returns the next free step. A row changed since is left as it is.
   */
  public int undo(long undone, long into, int firstStep, String codebook) {
    List<Integer> steps = CodebookHistory.steps(connection, "codebook_reference_changes", undone);
    int step = firstStep;
    for (int old : steps) {
      for (Place p : PLACES) {
        run(JOURNAL + "SELECT ?, ?, j.kind, j.row_id, j.after, j.before FROM codebook_reference_changes j JOIN "
            + p.table() + " t ON t." + p.key() + " = j.row_id AND t." + p.column() + " = j.after WHERE j.version = ? AND"
            + " j.step = ? AND j.kind = ?", into, step, undone, old, p.kind());
        apply(p, into, step, null);
      }
      String free = " AND NOT EXISTS (SELECT 1 FROM code_thresholds t2 WHERE t2.codebook = ? AND t2.code = j.before)";
      run(JOURNAL + "SELECT ?, ?, 'seuil', 0, j.after, j.before FROM codebook_reference_changes j JOIN code_thresholds t"
          + " ON t.codebook = ? AND t.code = j.after WHERE j.version = ? AND j.step = ? AND j.kind = 'seuil'" + free,
          into, step, codebook, undone, old, codebook);
      run("UPDATE code_thresholds SET code = (SELECT j.after FROM codebook_reference_changes j WHERE j.version = ? AND"
          + " j.step = ? AND j.kind = 'seuil' AND j.before = code_thresholds.code) WHERE codebook = ? AND code IN (SELECT"
          + " before FROM codebook_reference_changes WHERE version = ? AND step = ? AND kind = 'seuil')", into, step,
          codebook, into, step);
      step++;
    }
    return step;
  }

  /** Sets each row journalled under {@code version}'s {@code step} (and {@code before}, when given) to its new value. */
  private int apply(Place p, long version, int step, String before) {
    String which = "version = ? AND step = ? AND kind = ?" + (before == null ? "" : " AND before = ?");
    List<Object> parameters = new ArrayList<>(List.of(version, step, p.kind()));
    if (before != null) {
      parameters.add(before);
    }
    List<Object> both = new ArrayList<>(parameters);
    both.addAll(parameters);
    return run("UPDATE " + p.table() + " SET " + p.column() + " = (SELECT after FROM codebook_reference_changes WHERE "
        + which + " AND row_id = " + p.table() + "." + p.key() + ") WHERE " + p.key() + " IN (SELECT row_id FROM"
        + " codebook_reference_changes WHERE " + which + ")", both.toArray());
  }

  private int run(String sql, Object... parameters) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      return StoreTransaction.bind(ps, parameters).executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
