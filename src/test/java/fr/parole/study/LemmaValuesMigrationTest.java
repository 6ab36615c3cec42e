package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema v18 replaces the lemma counts per (source, attribute set) by sums per (source, attribute
 * value): a store counted before it keeps the same counts per value, and an attribute with more
 * than 5,000 values in a source (a date, free text) is no longer counted but refused with a message.
 */
class LemmaValuesMigrationTest {
  @TempDir
  Path dir;

  /**
   * A v17 store: one source with four attribute sets (CHU1 twice with different dates, CH2, and
   * segments with no attribute) and counts on each; a second source whose 5,001 sets each carry a
   * different date.
   */
  private Path storeAtV17() throws Exception {
    return OldStores.storeAt(dir.resolve("study.db"), 17, st -> {
      st.execute("INSERT INTO sources (id, path, format, content_hash, content, imported_at)"
          + " VALUES (1, 'a.csv', 'verbatims', 'h1', 'x', 'now'), (2, 'b.csv', 'verbatims', 'h2', 'y', 'now')");
      st.execute("INSERT INTO attribute_sets (id, key) VALUES (1, 'e=CHU1;d=1'), (2, 'e=CHU1;d=2'), (3, 'e=CH2')");
      st.execute("INSERT INTO attribute_values (set_id, name, value) VALUES (1, 'establishment', 'CHU1'),"
          + " (1, 'date', '2025-01-01'), (2, 'establishment', 'CHU1'), (2, 'date', '2025-01-02'),"
          + " (3, 'establishment', 'CH2')");
      st.execute("INSERT INTO lemma_sources (source_id, generation, segments, occurrences, counted_at)"
          + " VALUES (1, 0, 4, 13, 'now'), (2, 0, 5001, 5001, 'now')");
      st.execute("INSERT INTO lemma_counts (source_id, attribute_set_id, lemma, occurrences) VALUES"
          + " (1, 1, 'attente', 2), (1, 2, 'attente', 3), (1, 2, 'repas', 1), (1, 3, 'attente', 4),"
          + " (1, NULL, 'repas', 3)");
      // Source 2: 5,001 dates, one comment each, all at CH2.
      st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5001)"
          + " INSERT INTO attribute_sets (id, key) SELECT 100 + i, 'd' || i FROM n");
      st.execute("INSERT INTO attribute_values (set_id, name, value) SELECT id, 'date', 'jour ' || id"
          + " FROM attribute_sets WHERE id > 100");
      st.execute("INSERT INTO attribute_values (set_id, name, value) SELECT id, 'establishment', 'CH2'"
          + " FROM attribute_sets WHERE id > 100");
      st.execute("INSERT INTO lemma_counts (source_id, attribute_set_id, lemma, occurrences)"
          + " SELECT 2, id, 'chambre', 1 FROM attribute_sets WHERE id > 100");
    });
  }

  @Test
  void theCountsPerValueAreThoseOfTheOldRowsAndAFreeTextAttributeIsRefused() throws Exception {
    Path file = storeAtV17();
    try (StudyStore store = StudyStore.open(file)) {
      LemmaCounts.LemmaTable table = store.lemmaCounts().byAttribute("establishment");
      assertEquals(Map.of("attente", 5L, "repas", 1L), table.counts().get("CHU1"));
      assertEquals(Map.of("attente", 4L, "chambre", 5001L), table.counts().get("CH2"));
      assertEquals(Map.of("repas", 3L), table.counts().get(LemmaCounts.MISSING));
      assertEquals(13L + 5001L, table.coverage().occurrences(), "the sources' totals are kept");
      StudyException e = assertThrows(StudyException.class, () -> store.lemmaCounts().byAttribute("date"));
      assertTrue(e.getMessage().contains("« date »") && e.getMessage().contains("5000"), e.getMessage());
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE name IN ('lemma_counts', 'lemma_totals')")) {
      assertFalse(rs.next(), "the old tables are gone");
    }
  }
}
