package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schemas v3 (e-Satis comments) and v4 (questionnaire answers) each rebuild the segments table to
 * widen its kinds: a store written before them must keep its segments (ids, kinds, attribute
 * sets), their codings and its id sequence, whichever schema it starts from.
 */
class SchemaV4MigrationTest {
  @TempDir
  Path dir;

  /**
   * A store as Parole wrote it at schema {@code version} (2 or 3): one source, three segments with
   * attributes, the last one deleted, a coding on the second; at v3 the second is a comment.
   */
  private Path storeAt(int version) throws Exception {
    // As StudyStore runs migrations: foreign keys off while V3 rebuilds a table, on for the rows.
    return OldStores.storeAt(dir.resolve("study.db"), version, st -> {
      st.execute("PRAGMA foreign_keys = ON");
      st.execute("INSERT INTO sources (path, format, content_hash, content, imported_at)"
          + " VALUES ('a.md', 'transcript/md', 'h', 'abc', 'now')");
      st.execute("INSERT INTO attribute_sets (key) VALUES ('establishment=CHU1'), ('establishment=CH2')");
      st.execute("INSERT INTO attribute_values (set_id, name, value)"
          + " VALUES (1, 'establishment', 'CHU1'), (2, 'establishment', 'CH2')");
      String second = version == 3 ? "comment" : "turn";
      st.execute("INSERT INTO segments (source_id, ordinal, kind, speaker, start_offset, end_offset, line, text,"
          + " word_count, attribute_set_id) VALUES (1, 0, 'interviewer', 'Q', 0, 1, 1, 'a', 1, 1),"
          + " (1, 1, '" + second + "', null, 1, 2, 2, 'b', 1, 2), (1, 2, 'turn', 'P 1', 2, 3, 3, 'c', 1, 1)");
      st.execute("DELETE FROM segments WHERE id = 3");
      st.execute("INSERT INTO codings (segment_id, codebook, code, coder, origin, status, at)"
          + " VALUES (2, 'partenariat', 'type/levier', 'alice', 'human', 'accepted', 'now')");
    });
  }

  private static List<SegmentRecord> segments(StudyStore store) {
    List<SegmentRecord> segments = new ArrayList<>();
    store.segmentQueries().forEachSegment(0, segments::add);
    return segments;
  }

  /** What must survive: ids, kinds, attribute sets and the coding, and no id given twice. */
  private void assertNothingLost(Path file, SegmentKind secondKind) throws Exception {
    try (StudyStore store = StudyStore.open(file)) {
      assertEquals(StudyStore.MIGRATIONS.size(), store.schemaVersion());
      List<SegmentRecord> segments = segments(store);
      assertEquals(List.of(1L, 2L), segments.stream().map(SegmentRecord::id).toList());
      assertEquals(List.of(SegmentKind.INTERVIEWER, secondKind), segments.stream().map(SegmentRecord::kind).toList());
      assertEquals(List.of("a", "b"), segments.stream().map(SegmentRecord::text).toList());
      assertEquals(Map.of("establishment", "CHU1"), segments.get(0).attributes());
      assertEquals(Map.of("establishment", "CH2"), segments.get(1).attributes());
      List<CodingRecord> codings = store.codingQueries().codings("partenariat");
      assertEquals(1, codings.size());
      assertEquals(2, codings.get(0).segmentId());
      assertEquals("accepted", codings.get(0).status());
      try (StoreTransaction tx = store.begin()) {
        long answer = tx.sources().insertSegment(1, new NewSegment(3, SegmentKind.ANSWER, null, 0, 1, 4, "d", 1,
            Map.of("questionnaire_item", "commentaire")));
        assertEquals(4, answer, "id 3 belonged to a deleted segment: it must not be given again");
        long comment = tx.sources().insertSegment(1, new NewSegment(4, SegmentKind.COMMENT, null, 0, 1, 5, "e", 1, Map.of()));
        assertEquals(5, comment);
        tx.commit();
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
        assertFalse(rs.next(), "no dangling reference after the rebuilds");
      }
      try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(codings)")) {
        // Codings also point at evidences since V20: the segment's key is one of the list.
        java.util.List<String> tables = new java.util.ArrayList<>();
        while (rs.next()) {
          tables.add(rs.getString("table"));
        }
        assertTrue(tables.contains("segments"), tables.toString());
      }
      // The kinds are still checked by the database, now with comment and answer among them.
      assertThrows(SQLException.class, () -> st.execute("INSERT INTO segments (source_id, ordinal, kind,"
          + " start_offset, end_offset, line, text, word_count) VALUES (1, 9, 'remark', 0, 1, 1, 'x', 1)"));
    }
    try (StudyStore store = StudyStore.open(file)) {
      // Deleting the source still cascades to its codings: the foreign key points at the new table.
      try (StoreTransaction tx = store.begin()) {
        tx.sources().delete(1);
        tx.commit();
      }
      assertEquals(0, store.codingQueries().codings("partenariat").size());
    }
  }

  @Test
  void aVersion2StoreUpgradesThroughV3AndV4KeepingSegmentsCodingsAndIdSequence() throws Exception {
    Path file = storeAt(2);

    assertNothingLost(file, SegmentKind.TURN);

    assertTrue(Files.exists(dir.resolve("study.db.v2.bak")), "the store is copied aside before the upgrade");
  }

  @Test
  void aVersion3StoreWithACommentUpgradesToV4KeepingItAndItsCoding() throws Exception {
    Path file = storeAt(3);

    assertNothingLost(file, SegmentKind.COMMENT);

    assertTrue(Files.exists(dir.resolve("study.db.v3.bak")), "the store is copied aside before the upgrade");
    try (StudyStore store = StudyStore.open(file)) {
      // The e-Satis tables of v3 are still there, next to the questionnaire tables of v4.
      assertEquals(0, store.queries().esatisEstablishments());
      assertEquals(List.of(), store.queries().questionnaireCounts());
    }
  }
}
