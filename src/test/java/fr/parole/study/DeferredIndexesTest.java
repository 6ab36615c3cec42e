package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes set aside for a bulk write come back at the commit as they were, and a rollback keeps them. */
class DeferredIndexesTest {
  private static final String[] BULK = {"codings_by_code", "lemma_values_by_name"};

  @TempDir
  Path folder;

  /** Every index of the store, by name, with its definition. */
  private static Map<String, String> indexes(Connection connection) throws SQLException {
    Map<String, String> indexes = new TreeMap<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")) {
      while (rs.next()) {
        indexes.put(rs.getString(1), rs.getString(2));
      }
    }
    return indexes;
  }

  private Connection reader() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("study.db"));
  }

  @Test
  void theIndexesAreDroppedForTheWriteAndBuiltAgainAtTheCommit() throws Exception {
    try (StudyStore store = StudyStore.open(folder.resolve("study.db")); Connection reader = reader()) {
      Map<String, String> before = indexes(reader);
      assertTrue(before.keySet().containsAll(java.util.List.of(BULK)), before.keySet().toString());
      try (StoreTransaction tx = store.begin()) {
        tx.buildIndexesAtCommit(BULK);
        assertEquals(before, indexes(reader), "another connection keeps reading with them");
        assertThrows(IllegalStateException.class, () -> tx.buildIndexesAtCommit(BULK));
        tx.commit();
      }
      assertEquals(before, indexes(reader));
    }
  }

  @Test
  void withinTheTransactionTheyAreGoneAndARollbackKeepsThem() throws Exception {
    try (StudyStore store = StudyStore.open(folder.resolve("study.db")); Connection writer = reader()) {
      Map<String, String> before = indexes(writer);
      writer.setAutoCommit(false);
      new DeferredIndexes(writer, java.util.List.of(BULK[0], BULK[1], "no_such_index"));
      Map<String, String> during = indexes(writer);
      assertFalse(during.containsKey(BULK[0]) || during.containsKey(BULK[1]), during.keySet().toString());
      assertEquals(before.size() - 2, during.size(), "the other indexes stay");
      writer.rollback();
      assertEquals(before, indexes(writer));

      DeferredIndexes aside = new DeferredIndexes(writer, java.util.List.of(BULK));
      aside.build();
      aside.build(); // once: nothing left to build
      writer.commit();
      assertEquals(before, indexes(writer));
    }
  }

  @Test
  void aLargeIndexIsSortedWithHelperThreadsAndComesBackWhole() throws Exception {
    try (StudyStore store = StudyStore.open(folder.resolve("study.db")); Connection writer = reader()) {
      try (Statement st = writer.createStatement()) {
        st.execute("CREATE TABLE words (word TEXT NOT NULL, n INTEGER NOT NULL)");
        st.execute("CREATE INDEX words_by_word ON words (word, n)");
        st.execute("PRAGMA threads = 5"); // a value build() never sets: seen again only if it is given back
        writer.setAutoCommit(false);
        DeferredIndexes aside = new DeferredIndexes(writer, java.util.List.of("words_by_word"));
        // More rows than the page cache holds sorted at once, in no order.
        st.execute("WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 300000)"
            + " INSERT INTO words SELECT printf('mot-%08d', (n * 7919) % 300007), n FROM i");
        aside.build();
        writer.commit();
        try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
          rs.next();
          assertEquals("ok", rs.getString(1));
        }
        // integrity_check compares every index with its table, row by row.
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM words INDEXED BY words_by_word WHERE word >= ''")) {
          rs.next();
          assertEquals(300000, rs.getInt(1));
        }
        try (ResultSet rs = st.executeQuery("PRAGMA threads")) {
          rs.next();
          assertEquals(5, rs.getInt(1), "the connection's own setting comes back");
        }
        // The SQLite bundled with the driver has helper threads to give (it answers 0 when built without).
        try (ResultSet rs = st.executeQuery("PRAGMA threads = 1")) {
          rs.next();
          assertEquals(1, rs.getInt(1));
        }
      }
    }
  }

  @Test
  void anIndexThatCannotBeBuiltFailsTheCommitAndTheConnectionKeepsItsSetting() throws Exception {
    try (StudyStore store = StudyStore.open(folder.resolve("study.db")); Connection writer = reader()) {
      try (Statement st = writer.createStatement()) {
        st.execute("CREATE TABLE names (name TEXT NOT NULL)");
        st.execute("CREATE UNIQUE INDEX names_once ON names (name)");
        st.execute("PRAGMA threads = 5"); // a value build() never sets: seen again only if it is given back
        writer.setAutoCommit(false);
        DeferredIndexes aside = new DeferredIndexes(writer, java.util.List.of("names_once"));
        st.execute("INSERT INTO names VALUES ('Martin'), ('Martin')");
        StudyException e = assertThrows(StudyException.class, aside::build);
        assertTrue(e.getMessage().contains("UNIQUE"), e.getMessage());
        try (ResultSet rs = st.executeQuery("PRAGMA threads")) {
          rs.next();
          assertEquals(5, rs.getInt(1));
        }
        writer.rollback();
        assertTrue(indexes(writer).containsKey("names_once"), "the rollback brings the index back");
        writer.setAutoCommit(true);
      }
    }
  }
}
