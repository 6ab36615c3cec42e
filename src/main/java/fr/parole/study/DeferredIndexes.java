package fr.parole.study;

import fr.parole.Cores;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Secondary indexes dropped while a transaction writes many more rows than their table held, and
 * built again, from their own definitions, just before it commits. Their keys start with text
 * (a code, an attribute name): each row written went down the tree to its own place in the middle,
 * where building the index once sorts. Measured on 3,000,000 suggestions written 64 rows at a time,
 * {@code codings_by_code} cost 8.5 s of the 19.3 s, and building it afterwards 4 s; for the 1.6
 * million lemma rows of a million comments, {@code lemma_values_by_name} 5.7 s of 6.8 s, building
 * it 1.8 s. A rollback brings the indexes back with everything else: SQLite's schema is
 * transactional, and connections reading meanwhile keep seeing the committed store, indexes and all.
 */
final class DeferredIndexes {
  private final Connection connection;
  private final List<String> definitions = new ArrayList<>();

  /** Drops those of {@code names} the store has, keeping their definitions. */
  DeferredIndexes(Connection connection, List<String> names) {
    this.connection = connection;
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ? AND sql IS NOT NULL");
        Statement st = connection.createStatement()) {
      for (String name : names) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            continue;
          }
          definitions.add(rs.getString(1));
        } // a schema change while the schema is read: SQLITE_LOCKED
        st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
      }
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }

  /**
   * Builds the indexes dropped; once. SQLite's sorter may use helper threads, one per core beyond
   * the first (three at most, {@link Cores#workers}): the transaction's other work (the tagging) is
   * over by then, and the other cores would sit idle while one sorts. Measured on the 3,364,576
   * suggestions of a million comments, 2 cores (one helper): {@code codings_by_code} in 4.1 s
   * instead of 4.9 s. The connection's own setting comes back afterwards, whatever happens.
   */
  void build() {
    if (definitions.isEmpty()) {
      return;
    }
    try (Statement st = connection.createStatement()) {
      int before = StudyStore.pragmaInt(connection, "threads");
      st.execute("PRAGMA threads = " + (Cores.workers() - 1));
      SQLException failed = null;
      try {
        for (String definition : definitions) {
          st.execute(definition);
        }
      } catch (SQLException e) {
        failed = e;
      }
      try {
        st.execute("PRAGMA threads = " + before);
      } catch (SQLException e) {
        if (failed == null) {
          throw e;
        }
        failed.addSuppressed(e);
      }
      if (failed != null) {
        throw failed;
      }
      definitions.clear();
    } catch (SQLException e) {
      throw StudyStore.storeError(e);
    }
  }
}
