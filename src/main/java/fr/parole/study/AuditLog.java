package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What people changed through the atelier (table {@code audit_log}, V8), read back; rows are
 * appended in the same transaction as the change ({@link StoreTransaction#audit}), never updated.
 */
public final class AuditLog {
  private final Connection connection;

  AuditLog(Connection connection) {
    this.connection = connection;
  }

  /** The latest entries, newest first. */
  public List<AuditEntry> latest(int limit) {
    return latest(null, limit);
  }

  /** The latest entries of one person (every person's when null), newest first. */
  public List<AuditEntry> latest(String person, int limit) {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT id, at, person, action, target, detail"
        + " FROM audit_log WHERE ? IS NULL OR person = ? ORDER BY id DESC LIMIT ?")) {
      ps.setString(1, person);
      ps.setString(2, person);
      ps.setInt(3, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entries.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
              rs.getString(6)));
        }
      }
      return entries;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** The people who appear in the log, sorted. */
  public List<String> people() {
    List<String> people = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT person FROM audit_log ORDER BY 1");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        people.add(rs.getString(1));
      }
      return people;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
