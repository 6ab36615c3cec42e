package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large commit leaves the write-ahead log to another connection's checkpoint when asked. */
class StoreCheckpointTest {
  /** About 8 MB of rows: eight times SQLite's automatic checkpoint threshold (1,000 pages of 4 KB). */
  private static final int EVENTS = 2_000;

  @Test
  void aCommitLeavesTheLogToTheCheckpointOfAnotherConnection(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("study.db");
    try (StudyStore writer = StudyStore.open(file); StudyStore other = StudyStore.open(file)) {
      long empty = Files.size(file);
      writer.leaveCheckpoints();
      write(writer);
      assertTrue(Files.size(file) < empty + 1_000_000, "the commit copied the log: " + Files.size(file));
      assertTrue(Files.size(folder.resolve("study.db-wal")) > 8_000_000);
      other.checkpoint();
      assertTrue(Files.size(file) > empty + 8_000_000, "the checkpoint copied the log: " + Files.size(file));
    }
  }

  @Test
  void withoutItTheCommitCopiesTheLogItself(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("study.db");
    try (StudyStore writer = StudyStore.open(file); StudyStore other = StudyStore.open(file)) {
      long empty = Files.size(file);
      write(writer);
      assertTrue(Files.size(file) > empty + 8_000_000, "SQLite's own checkpoint at commit: " + Files.size(file));
    }
  }

  private static void write(StudyStore store) {
    String detail = "{\"x\":\"" + "a".repeat(4_000) + "\"}";
    try (StoreTransaction tx = store.begin()) {
      for (int i = 0; i < EVENTS; i++) {
        tx.logEvent("essai", detail);
      }
      tx.commit();
    }
  }
}
