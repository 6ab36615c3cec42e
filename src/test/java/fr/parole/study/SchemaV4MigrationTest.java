package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema v4 rebuilds the segments table (to allow open answers): a store written before it must
 * keep its segments, their codings (a DROP TABLE would cascade them away) and its id sequence.
 */
class SchemaV4MigrationTest {
  @TempDir
  Path dir;

  /** A store as Parole wrote it at schema v2: one source, three segments, the last one deleted, a coding. */
  private Path storeAtVersion2() throws Exception {
    Path file = dir.resolve("study.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      st.execute("PRAGMA foreign_keys = ON");
      run(st, "V1__init.sql");
      run(st, "V2__codings.sql");
      st.execute("INSERT INTO sources (path, format, content_hash, content, imported_at)"
          + " VALUES ('a.md', 'transcript/md', 'h', 'abc', 'now')");
      st.execute("INSERT INTO segments (source_id, ordinal, kind, start_offset, end_offset, line, text, word_count)"
          + " VALUES (1, 0, 'turn', 0, 1, 1, 'a', 1), (1, 1, 'turn', 1, 2, 1, 'b', 1), (1, 2, 'turn', 2, 3, 1, 'c', 1)");
      st.execute("DELETE FROM segments WHERE id = 3");
      st.execute("INSERT INTO codings (segment_id, codebook, code, coder, origin, status, at)"
          + " VALUES (2, 'partenariat', 'type/levier', 'alice', 'human', 'accepted', 'now')");
      st.execute("PRAGMA application_id = " + 0x50524F4C);
      st.execute("PRAGMA user_version = 2");
    }
    return file;
  }

  private static void run(Statement st, String script) throws IOException, SQLException {
    try (InputStream in = StudyStore.class.getResourceAsStream("db/" + script)) {
      StringBuilder current = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          current.append(line).append('\n');
          if (line.strip().endsWith(";")) {
            st.execute(current.toString());
            current.setLength(0);
          }
        }
      }
    }
  }

  @Test
  void segmentsCodingsAndIdSequenceSurviveTheUpgrade() throws Exception {
    Path file = storeAtVersion2();

    try (StudyStore store = StudyStore.open(file)) {
      assertEquals(StudyStore.MIGRATIONS.size(), store.schemaVersion());
      assertEquals(2, store.queries().summary().segments());
      assertEquals(1, store.queries().codings("partenariat").size());
      assertEquals(2, store.queries().codings("partenariat").get(0).segmentId());
      try (StoreTransaction tx = store.begin()) {
        long id = tx.insertSegment(1, new NewSegment(3, SegmentKind.ANSWER, null, 0, 1, 2, "a", 1,
            Map.of("questionnaire_item", "commentaire")));
        assertEquals(4, id, "id 3 belonged to a deleted segment: it must not be given again");
        tx.commit();
      }
    }
    assertTrue(Files.exists(dir.resolve("study.db.v2.bak")), "the store is copied aside before the upgrade");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
      assertTrue(!rs.next(), "no dangling reference after the rebuild");
    }
  }
}
