package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A segment's date is stored on the segment, not in its attribute set (V19): comments of one
 * establishment and service share one set whatever their dates, and every reader still sees the
 * date among the segment's attributes. A store written before V19 is migrated to the same shape.
 */
class SegmentDatesTest {
  @TempDir
  Path dir;

  private static NewSegment comment(int ordinal, String text, Map<String, String> attributes) {
    return new NewSegment(ordinal, SegmentKind.COMMENT, null, 0, text.length(), ordinal + 2, text, 1, attributes,
        null);
  }

  @Test
  void commentsOfOneServiceShareASetWhateverTheirDatesAndKeepTheirDates() throws Exception {
    Path file = dir.resolve("study.db");
    List<Long> ids;
    try (StudyStore store = StudyStore.open(file)) {
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("v.csv", "verbatims", "h", "UTF-8", null));
        ids = tx.sources().insertSegments(source, List.of(
            comment(0, "repas froid", Map.of("service", "Chirurgie", "date", "2019-07-19", "year", "2019")),
            comment(1, "accueil", Map.of("service", "Chirurgie", "date", "2019-07-20", "year", "2019")),
            comment(2, "attente", Map.of("date", "2019-07-20")),
            comment(3, "bruit", Map.of("service", "Chirurgie", "year", "2019"))));
        tx.commit();
      }
      assertEquals(Map.of("service", "Chirurgie", "date", "2019-07-20", "year", "2019"),
          store.segmentQueries().segment(ids.get(1)).orElseThrow().attributes());
      assertEquals(Map.of("date", "2019-07-20"), store.segmentQueries().segment(ids.get(2)).orElseThrow().attributes());
      assertEquals(Map.of("service", "Chirurgie", "year", "2019"),
          store.segmentQueries().segment(ids.get(3)).orElseThrow().attributes());
      assertEquals(List.of("date", "service", "year"), store.queries().attributeNames());
      assertEquals(2, store.queries().distinctValues("date"));
      assertEquals(List.of(new ValueCount("2019-07-20", 1, 2, 2), new ValueCount(null, 1, 1, 1),
          new ValueCount("2019-07-19", 1, 1, 1)), store.queries().countsBy("date"));
      CorpusCounts corpus = store.queries().corpusCounts();
      assertEquals(store.queries().countsBy("date"), corpus.countsBy("date"), "the report's counts, the same");
      assertEquals(store.queries().countsBy("service"), corpus.countsBy("service"));
      assertEquals("2019-07-19", corpus.values("date").apply(ids.get(0)));
      assertEquals("Chirurgie", corpus.values("service").apply(ids.get(0)));
      assertNull(corpus.values("service").apply(ids.get(2)));
      assertEquals(List.of("2019-07-19", "2019-07-20"), store.codingTargets().values("date", null));
      assertEquals(List.of(ids.get(1), ids.get(2)), store.codingTargets().byAttribute("date", "2019-07-20", null)
          .stream().map(CodingTargets.Reached::segmentId).toList());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM attribute_sets),"
            + " (SELECT COUNT(*) FROM attribute_values WHERE name = 'date')")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "one set for the three comments of Chirurgie in 2019; none for a date alone");
      assertEquals(0, rs.getInt(2), "no date in a segment's set");
    }
  }

  /** A v18 store: dated sets (two dates of one service, a date alone), an undated one, a dated respondent. */
  private Path storeAtV18() throws Exception {
    return OldStores.storeAt(dir.resolve("old.db"), 18, st -> {
      st.execute("INSERT INTO sources (id, path, format, content_hash, content, imported_at)"
          + " VALUES (1, 'v.csv', 'verbatims', 'h1', NULL, 'now')");
      String us = "' || char(31) || '";
      String rs = "' || char(30) || '";
      st.execute("INSERT INTO attribute_sets (id, key) VALUES"
          + " (1, 'date" + us + "2019-07-19" + rs + "service" + us + "Chirurgie" + rs + "'),"
          + " (2, 'date" + us + "2019-07-20" + rs + "service" + us + "Chirurgie" + rs + "'),"
          + " (3, 'date" + us + "2019-07-21" + rs + "'),"
          + " (4, 'service" + us + "Chirurgie" + rs + "'),"
          + " (5, 'date" + us + "2019-07-22" + rs + "service" + us + "Médecine" + rs + "')");
      st.execute("INSERT INTO attribute_values (set_id, name, value) VALUES (1, 'date', '2019-07-19'),"
          + " (1, 'service', 'Chirurgie'), (2, 'date', '2019-07-20'), (2, 'service', 'Chirurgie'),"
          + " (3, 'date', '2019-07-21'), (4, 'service', 'Chirurgie'), (5, 'date', '2019-07-22'),"
          + " (5, 'service', 'Médecine')");
      st.execute("INSERT INTO segments (id, source_id, ordinal, kind, start_offset, end_offset, line, text,"
          + " word_count, attribute_set_id) VALUES (1, 1, 0, 'comment', 0, 1, 2, 'a', 1, 1),"
          + " (2, 1, 1, 'comment', 0, 1, 3, 'b', 1, 2), (3, 1, 2, 'comment', 0, 1, 4, 'c', 1, 3),"
          + " (4, 1, 3, 'comment', 0, 1, 5, 'd', 1, 4), (5, 1, 4, 'comment', 0, 1, 6, 'e', 1, NULL)");
      st.execute("INSERT INTO questionnaires (id, name, title, definition, definition_hash) VALUES (1, 'q', 'Q', '', 'h')");
      st.execute("INSERT INTO respondents (id, source_id, questionnaire_id, line, attribute_set_id)"
          + " VALUES (1, 1, 1, 2, 5)");
    });
  }

  @Test
  void aStoreWrittenBeforeKeepsEachSegmentsAttributesWithTheDateOnTheSegment() throws Exception {
    Path file = storeAtV18();
    try (StudyStore store = StudyStore.open(file)) {
      StoreQueries queries = store.queries();
      SegmentQueries segments = store.segmentQueries();
      assertEquals(Map.of("date", "2019-07-19", "service", "Chirurgie"), segments.segment(1).orElseThrow().attributes());
      assertEquals(Map.of("date", "2019-07-20", "service", "Chirurgie"), segments.segment(2).orElseThrow().attributes());
      assertEquals(Map.of("date", "2019-07-21"), segments.segment(3).orElseThrow().attributes());
      assertEquals(Map.of("service", "Chirurgie"), segments.segment(4).orElseThrow().attributes());
      assertEquals(Map.of(), segments.segment(5).orElseThrow().attributes());
      assertEquals(List.of(new ValueCount("Chirurgie", 1, 3, 3), new ValueCount(null, 1, 2, 2)),
          queries.countsBy("service"));
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT attribute_set_id FROM segments ORDER BY id")) {
        List<Long> sets = new java.util.ArrayList<>();
        while (rs.next()) {
          long set = rs.getLong(1);
          sets.add(rs.wasNull() ? null : set);
        }
        assertEquals(4L, sets.get(0), "Chirurgie's comments share the undated set that was already there");
        assertEquals(4L, sets.get(1));
        assertNull(sets.get(2), "a set that only held a date leaves its segment without a set");
        assertEquals(4L, sets.get(3));
      }
      try (ResultSet rs = st.executeQuery("SELECT id FROM attribute_sets ORDER BY id")) {
        List<Long> left = new java.util.ArrayList<>();
        while (rs.next()) {
          left.add(rs.getLong(1));
        }
        assertEquals(List.of(4L, 5L), left, "the dated sets no one uses are gone; the respondent's stays");
      }
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM attribute_values WHERE set_id = 5 AND name = 'date'")) {
        rs.next();
        assertEquals(1, rs.getInt(1), "a respondent keeps its date in its set");
      }
      try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM sqlite_temp_master")) {
        rs.next();
        assertFalse(rs.getInt(1) > 0, "no temporary table left");
      }
    }
  }

  @Test
  void datedSetsWhoseUndatedTwinIsNewShareItAndItHasTheirValuesOnce() throws Exception {
    Path file = storeAtV18();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      st.execute("UPDATE segments SET attribute_set_id = NULL WHERE id = 4");
      st.execute("DELETE FROM attribute_values WHERE set_id = 4");
      st.execute("DELETE FROM attribute_sets WHERE id = 4");
    }
    try (StudyStore store = StudyStore.open(file)) {
      assertEquals(Map.of("date", "2019-07-19", "service", "Chirurgie"),
          store.segmentQueries().segment(1).orElseThrow().attributes());
      assertEquals(Map.of("date", "2019-07-20", "service", "Chirurgie"),
          store.segmentQueries().segment(2).orElseThrow().attributes());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(DISTINCT s.attribute_set_id), COUNT(DISTINCT v.name || v.value),"
            + " COUNT(*) FROM segments s JOIN attribute_values v ON v.set_id = s.attribute_set_id WHERE s.id IN (1, 2)")) {
      rs.next();
      assertEquals(1, rs.getInt(1), "one new set for both");
      assertEquals(1, rs.getInt(2), "holding the service only");
      assertEquals(2, rs.getInt(3), "once: one row per segment joined");
    }
  }
}
