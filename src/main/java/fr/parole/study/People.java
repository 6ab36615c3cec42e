package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The accounts of the atelier (table {@code people}, V8): read anywhere, written in a transaction. */
public final class People {
  private static final String COLUMNS = "SELECT name, role, password_hash, may_review, created_at FROM people";

  private final Connection connection;

  People(Connection connection) {
    this.connection = connection;
  }

  /** Adds an account, or replaces the one of that name (a new password, role or review right). */
  public void put(PersonAccount account) {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO people (name, role, password_hash, may_review,"
        + " created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET role = excluded.role,"
        + " password_hash = excluded.password_hash, may_review = excluded.may_review")) {
      ps.setString(1, account.name());
      ps.setString(2, account.role());
      ps.setString(3, account.passwordHash());
      ps.setInt(4, account.mayReview() ? 1 : 0);
      ps.setString(5, account.createdAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Removes the account of that name; false when there was none. */
  public boolean remove(String name) {
    try (PreparedStatement ps = connection.prepareStatement("DELETE FROM people WHERE name = ?")) {
      ps.setString(1, name);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /** Every account, by name. */
  public List<PersonAccount> all() {
    return read(COLUMNS + " ORDER BY name", null);
  }

  public Optional<PersonAccount> find(String name) {
    return read(COLUMNS + " WHERE name = ?", name).stream().findFirst();
  }

  private List<PersonAccount> read(String sql, String name) {
    List<PersonAccount> accounts = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      if (name != null) {
        ps.setString(1, name);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          accounts.add(new PersonAccount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1,
              rs.getString(5)));
        }
      }
      return accounts;
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
