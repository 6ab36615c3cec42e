package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Memos edited and deleted in a transaction (V13): an edit moves the text it replaces to
 * {@code memo_versions} and numbers the memo's version on; a delete marks the memo deleted, with
 * who and when, and leaves it in its table (every reader leaves it out). The caller checks who
 * may do it; the version number guards the edit against a text someone changed since it was read.
 */
public final class MemoEdits {
  private final Connection connection;

  MemoEdits(Connection connection) {
    this.connection = connection;
  }

  /** The memo as it is now in this transaction (a deleted one too: the caller tells why it refuses). */
  public java.util.Optional<MemoQueries.StoredMemo> stored(long id) {
    return new MemoQueries(connection).stored(id);
  }

  /**
   * Replaces the text of memo {@code id}, at version {@code version}, by {@code text}, written by
   * {@code person}; its text until now becomes an earlier version. False (nothing written) when the
   * memo is deleted or no longer at that version.
   */
  public boolean edit(long id, int version, String person, String text) {
    String at = StoreTransaction.now();
    try (PreparedStatement keep = connection.prepareStatement("INSERT INTO memo_versions (memo_id, version, text,"
        + " written_by, written_at) SELECT id, version, text, COALESCE(edited_by, author), COALESCE(edited_at, at)"
        + " FROM memos WHERE id = ? AND version = ? AND deleted_at IS NULL");
        PreparedStatement change = connection.prepareStatement("UPDATE memos SET text = ?, version = version + 1,"
            + " edited_by = ?, edited_at = ? WHERE id = ? AND version = ? AND deleted_at IS NULL")) {
      keep.setLong(1, id);
      keep.setInt(2, version);
      if (keep.executeUpdate() == 0) {
        return false;
      }
      change.setString(1, text);
      change.setString(2, person);
      change.setString(3, at);
      change.setLong(4, id);
      change.setInt(5, version);
      return change.executeUpdate() == 1;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Marks memo {@code id} deleted by {@code person} now; false when it already was (or is not there). */
  public boolean delete(long id, String person) {
    try (PreparedStatement ps = connection.prepareStatement("UPDATE memos SET deleted_by = ?, deleted_at = ?"
        + " WHERE id = ? AND deleted_at IS NULL")) {
      ps.setString(1, person);
      ps.setString(2, StoreTransaction.now());
      ps.setLong(3, id);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
