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
}
