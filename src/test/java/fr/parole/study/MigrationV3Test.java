package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written by the previous Parole (schema 2) is upgraded without losing segments or codings. */
class MigrationV3Test {
  @TempDir
  Path dir;

  private Path version2Store() throws Exception {
    return OldStores.storeAt(dir.resolve("study.db"), 2, st -> {
      st.execute("INSERT INTO sources (path, format, content_hash, content, imported_at) VALUES"
          + " ('a.md', 'transcript/md', 'h', 'P 1 : oui. P 1 : non.', 'now')");
      for (int i = 0; i < 3; i++) {
        st.execute("INSERT INTO segments (source_id, ordinal, kind, start_offset, end_offset, line, text, word_count)"
            + " VALUES (1, " + i + ", 'turn', 0, 3, 1, 'oui', 1)");
      }
      st.execute("INSERT INTO codings (segment_id, codebook, code, coder, origin, status, at)"
          + " VALUES (1, 'partenariat', 'type/levier', 'alice', 'human', 'accepted', 'now')");
      // The last segment is gone: its id (3) must never be given again.
      st.execute("DELETE FROM segments WHERE id = 3");
    });
  }

  @Test
  void upgradesKeepingSegmentsCodingsAndTheIdCounter() throws Exception {
    Path file = version2Store();

    try (StudyStore store = StudyStore.open(file)) {
      assertEquals(StudyStore.MIGRATIONS.size(), store.schemaVersion());
      assertEquals(1, store.codingQueries().codings("partenariat").size());
      try (StoreTransaction tx = store.begin()) {
        long id = tx.sources().insertSegment(1, new NewSegment(5, SegmentKind.COMMENT, null, 0, 3, 1, "oui", 1, Map.of()));
        assertEquals(4, id);
        tx.commit();
      }
    }
    assertTrue(Files.exists(dir.resolve("study.db.v2.bak")));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(codings)")) {
      // Codings also point at evidences since V20: the segment's key is one of the list.
      java.util.List<String> tables = new java.util.ArrayList<>();
      while (rs.next()) {
        tables.add(rs.getString("table"));
      }
      assertTrue(tables.contains("segments"), tables.toString());
    }
    try (StudyStore store = StudyStore.open(file)) {
      // Deleting the segment still cascades to its codings: the foreign key points at the new table.
      try (StoreTransaction tx = store.begin()) {
        tx.sources().delete(1);
        tx.commit();
      }
      assertEquals(0, store.codingQueries().codings("partenariat").size());
    }
  }
}
