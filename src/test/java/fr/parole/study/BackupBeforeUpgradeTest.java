package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy made before an upgrade holds every commit, those still in the write-ahead log as well. */
class BackupBeforeUpgradeTest {
  @TempDir
  Path dir;

  @Test
  void aCommitStillInTheLogIsInTheCopy() throws Exception {
    Path file = OldStores.storeAt(dir.resolve("study.db"), StudyStore.MIGRATIONS.size() - 1, st -> { });
    // Another command committed and has not closed its connection: its commit is in the log only.
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA wal_autocheckpoint = 0");
      st.execute("INSERT INTO meta (key, value) VALUES ('marque', 'dans le journal')");
      assertTrue(Files.size(dir.resolve("study.db-wal")) > 0, "the commit is in the log");
      try (StudyStore store = StudyStore.open(file)) {
        assertEquals(StudyStore.MIGRATIONS.size(), store.schemaVersion());
      }
    }
    Path alone = Files.createDirectories(dir.resolve("seule")).resolve("copie.db");
    Files.copy(dir.resolve("study.db.v" + (StudyStore.MIGRATIONS.size() - 1) + ".bak"), alone);
    assertEquals("dans le journal", value(alone, "marque"), "the copy alone, without any log, has the commit");
  }

  @Test
  void aCommitAReaderKeepsInTheLogIsInTheLogBesideTheCopy() throws Exception {
    int old = StudyStore.MIGRATIONS.size() - 1;
    Path file = OldStores.storeAt(dir.resolve("study.db"), old, st -> { });
    try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
        Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
      st.execute("PRAGMA journal_mode = WAL");
      st.execute("PRAGMA wal_autocheckpoint = 0");
      // A reader on the store as it was: the commit after it cannot be copied into the file.
      reader.setAutoCommit(false);
      try (Statement r = reader.createStatement(); ResultSet rs = r.executeQuery("SELECT count(*) FROM meta")) {
        rs.next();
      }
      st.execute("INSERT INTO meta (key, value) VALUES ('marque', 'dans le journal')");
      long started = System.nanoTime();
      try (StudyStore store = StudyStore.open(file)) {
        assertEquals(StudyStore.MIGRATIONS.size(), store.schemaVersion());
      }
      assertTrue(System.nanoTime() - started < 5_000_000_000L, "the copy does not wait for the reader");
      reader.rollback();
    }
    Path elsewhere = Files.createDirectories(dir.resolve("ailleurs"));
    Files.copy(dir.resolve("study.db.v" + old + ".bak"), elsewhere.resolve("copie.db"));
    Files.copy(dir.resolve("study.db.v" + old + ".bak-wal"), elsewhere.resolve("copie.db-wal"));
    assertEquals("dans le journal", value(elsewhere.resolve("copie.db"), "marque"), "the copy with its log has the commit");
  }

  private static String value(Path file, String key) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = '" + key + "'")) {
      return rs.next() ? rs.getString(1) : "";
    }
  }
}
