package fr.parole.study;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The evidence texts of codings, each stored once (table {@code evidences}, V20): a coding run
 * writes millions of suggestions with some fifty distinct texts, the queries of the rules that
 * fired. Outside this package evidence is still a text; inside, codings hold its id.
 *
 * <p>An instance belongs to one transaction: the ids it remembers may be of rows that transaction
 * inserted, which a rollback to a savepoint takes away ({@link #forget()}). Rows are never deleted
 * (see V20), so a remembered id stays good for the rest of the transaction.
 */
final class Evidences {
  private final Connection connection;
  private final Map<String, Long> ids = new HashMap<>();

  Evidences(Connection connection) {
    this.connection = connection;
  }

  /**
   * The SQL expression giving the evidence text (NULL for none) of the coding row under
   * {@code alias} ("codings." or "c."). A subquery on the primary key rather than a join, so that
   * the plans of the queries it is added to (index hints, LIMIT 1 in corpus order) stay as they were.
   */
  static String text(String alias) {
    return "(SELECT text FROM evidences WHERE id = " + alias + "evidence_id)";
  }

  /**
   * The SQL expression giving the id of the inline text {@code evidence} of the row under
   * {@code alias}, for an INSERT ... SELECT into codings from a table that keeps texts inline
   * ({@code archived_codings}); the texts must have been put into {@code evidences} first.
   */
  static String idOf(String alias) {
    return "(SELECT id FROM evidences WHERE text = " + alias + "evidence)";
  }

  /** The id of this text, inserted the first time it is seen; null for no evidence. */
  Long id(String text) throws SQLException {
    if (text == null) {
      return null;
    }
    Long id = ids.get(text);
    if (id == null) {
      id = find(text);
      if (id == null) {
        id = insert(text);
      }
      ids.put(text, id);
    }
    return id;
  }

  /** Binds the id of {@code text} (NULL for none) as parameter {@code index}. */
  void bind(PreparedStatement ps, int index, String text) throws SQLException {
    Long id = id(text);
    if (id == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setLong(index, id);
    }
  }

  /** Drops the remembered ids: the rows behind them may have been rolled back. */
  void forget() {
    ids.clear();
  }

  private Long find(String text) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM evidences WHERE text = ?")) {
      ps.setString(1, text);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private long insert(String text) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO evidences (text) VALUES (?) RETURNING id")) {
      ps.setString(1, text);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
