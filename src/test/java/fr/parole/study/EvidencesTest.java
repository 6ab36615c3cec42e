package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.study.CodingActions.Action;
import fr.parole.study.CodingActions.StoredCoding;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each distinct evidence text is stored once (V20) and codings point at it: seen from outside the
 * store, a coding's evidence is the same text as before, whether written before the migration or after.
 */
class EvidencesTest {
  private static final String BOOK = "sejour";
  private static final String QUERY = "chambre OR chambres OR \"voisin de chambre\" OR bruit";
  private static final String MODEL = "modèle appris";
  private static final String AUTOCODE = "autocodage : locuteur « IDE 1 »";
  private static final String ARCHIVED = "proposition de bob";

  @TempDir
  Path dir;

  /**
   * A v19 store: three comments; suggestions 1 and 2 share a rule's query, 3 comes from the model,
   * 4 has no evidence; 5 is alice's coding, recorded as her coding action 1 (to undo); coding 7 was
   * deleted, so the next coding must get 8, not 7; coding 6 is archived by codebook version 1.
   */
  private Path storeAtV19() throws Exception {
    return OldStores.storeAt(dir.resolve("study.db"), 19, st -> {
      st.execute("INSERT INTO sources (id, path, format, content_hash, content, imported_at)"
          + " VALUES (1, 'v.csv', 'verbatims', 'h1', NULL, 'now')");
      st.execute("INSERT INTO segments (id, source_id, ordinal, kind, start_offset, end_offset, line, text, word_count)"
          + " VALUES (1, 1, 0, 'comment', 0, 15, 2, 'chambre bruyante', 2), (2, 1, 1, 'comment', 0, 12, 3,"
          + " 'voisin bruyant', 2), (3, 1, 2, 'comment', 0, 10, 4, 'repas froid', 2)");
      String columns = "segment_id, codebook, code, coder, origin, confidence, status, evidence, span_start, span_end,"
          + " at";
      st.execute("INSERT INTO codings (id, " + columns + ") VALUES"
          + " (1, 1, 'sejour', 'chambre', 'règles', 'rule', 0.9, 'suggested', '" + QUERY.replace("'", "''")
          + "', 0, 7, '2025-01-01T00:00:00Z'),"
          + " (2, 2, 'sejour', 'chambre', 'règles', 'rule', 0.8, 'suggested', '" + QUERY.replace("'", "''")
          + "', NULL, NULL, '2025-01-01T00:00:00Z'),"
          + " (3, 3, 'sejour', 'repas', 'modèle', 'model', 0.6, 'suggested', '" + MODEL
          + "', NULL, NULL, '2025-01-01T00:00:00Z'),"
          + " (4, 3, 'sejour', 'chambre', 'règles', 'rule', 0.5, 'suggested', NULL, NULL, NULL,"
          + " '2025-01-01T00:00:00Z'),"
          + " (5, 1, 'sejour', 'bruit', 'alice', 'human', NULL, 'accepted', '" + AUTOCODE
          + "', NULL, NULL, '2025-01-02T00:00:00Z'),"
          + " (7, 2, 'sejour', 'bruit', 'bob', 'human', NULL, 'accepted', NULL, NULL, NULL, '2025-01-02T00:00:00Z')");
      st.execute("DELETE FROM codings WHERE id = 7");
      st.execute("INSERT INTO coding_actions (id, person, kind, label, at) VALUES"
          + " (1, 'alice', 'autocoder', 'Coder « Bruit »', '2025-01-02T00:00:00Z')");
      st.execute("INSERT INTO coding_action_rows (action_id, change, coding_id, " + columns + ")"
          + " SELECT 1, 'added', id, " + columns + " FROM codings WHERE id = 5");
      // Bob's coding 6 of a code deleted in version 1, archived with a text no coding holds.
      st.execute("INSERT INTO codebook_versions (id, codebook, number, yaml, person, at, action, summary)"
          + " VALUES (1, 'sejour', 1, 'codes: []', 'alice', 'now', 'supprimer', 'Code « Ancien » supprimé')");
      st.execute("INSERT INTO archived_codings (id, " + columns + ") VALUES (6, 3, 'sejour', 'ancien', 'bob', 'human',"
          + " NULL, 'accepted', '" + ARCHIVED + "', NULL, NULL, '2024-12-01T00:00:00Z')");
      st.execute("INSERT INTO codebook_coding_changes (version, step, coding_id, before, after)"
          + " VALUES (1, 0, 6, 'ancien', NULL)");
    });
  }

  private static Map<Long, String> pendingEvidence(StudyStore store) {
    Map<Long, String> evidence = new HashMap<>();
    store.codingQueries().pendingSuggestions(BOOK).forEach(p -> evidence.put(p.codingId(), p.evidence()));
    return evidence;
  }

  @Test
  void aV19StoreKeepsEveryCodingItsIdAndItsEvidenceAndItsUndoJournal() throws Exception {
    Path file = storeAtV19();
    try (StudyStore store = StudyStore.open(file)) {
      Map<Long, String> expected = new HashMap<>();
      expected.put(1L, QUERY);
      expected.put(2L, QUERY);
      expected.put(3L, MODEL);
      expected.put(4L, null);
      assertEquals(expected, pendingEvidence(store));
      assertEquals(MODEL, store.learningQueries().pending(BOOK, 3).orElseThrow().evidence());
      assertNull(store.learningQueries().pending(BOOK, 4).orElseThrow().evidence());
      StoredCoding alice = store.codingActions().coding(5).orElseThrow();
      assertEquals(AUTOCODE, alice.evidence());
      assertEquals("2025-01-02T00:00:00Z", alice.at());

      undoThenRedo(store, alice);

      try (StoreTransaction tx = store.begin()) {
        CodebookHistory history = tx.codebookHistory();
        history.undo(1, history.add(BOOK, "codes: []", "alice", "restaurer", "Version 1 restaurée"), 0);
        tx.commit();
      }
      assertEquals(ARCHIVED, store.codingActions().coding(6).orElseThrow().evidence(), "restored from the archive");

      try (StoreTransaction tx = store.begin()) {
        tx.codings().add(new NewCoding(3, BOOK, "bruit", "règles", "rule", 0.7, "suggested", QUERY, null, null));
        tx.commit();
      }
      assertEquals(QUERY, pendingEvidence(store).get(8L), "ids go on after the deleted 7, the text is shared");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      assertEquals(List.of(AUTOCODE, QUERY, MODEL, ARCHIVED).stream().sorted().toList(),
          strings(st, "SELECT text FROM evidences ORDER BY text"), "each text once");
      assertFalse(strings(st, "SELECT name FROM pragma_table_info('codings')").contains("evidence"));
      assertEquals(List.of("codings_by_code", "codings_by_segment", "codings_decided"), strings(st, "SELECT name FROM sqlite_master"
          + " WHERE type = 'index' AND tbl_name = 'codings' AND sql IS NOT NULL ORDER BY name"));
      assertTrue(strings(st, "PRAGMA foreign_key_check").isEmpty());
    }
  }

  /** Alice's action recorded before the migration is undone and redone as the atelier does it. */
  private static void undoThenRedo(StudyStore store, StoredCoding alice) {
    try (StoreTransaction tx = store.begin()) {
      CodingActions actions = tx.codingActions();
      Action action = actions.latest("alice", "done").orElseThrow();
      List<StoredCoding> added = actions.rows(action.id(), "added");
      assertEquals(List.of(alice), added, "the journal's row is the coding as it is now");
      assertTrue(added.get(0).sameAs(actions.coding(5).orElseThrow()));
      assertTrue(actions.delete(added.get(0)));
      actions.setState(action.id(), "undone");
      tx.commit();
    }
    assertTrue(store.codingActions().coding(5).isEmpty());
    try (StoreTransaction tx = store.begin()) {
      CodingActions actions = tx.codingActions();
      Action action = actions.latest("alice", "undone").orElseThrow();
      actions.rows(action.id(), "added").forEach(actions::restore);
      actions.setState(action.id(), "done");
      tx.commit();
    }
    assertEquals(alice, store.codingActions().coding(5).orElseThrow(), "back with its id, date and evidence");
  }

  @Test
  void manySuggestionsStoreEachTextOnce() throws Exception {
    Path file = dir.resolve("study.db");
    List<Long> segments;
    try (StudyStore store = StudyStore.open(file)) {
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("v.csv", "verbatims", "h", "UTF-8", null));
        List<NewSegment> list = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
          list.add(new NewSegment(i, SegmentKind.COMMENT, null, 0, 4, i + 2, "mot" + i, 1, Map.of(), null));
        }
        segments = tx.sources().insertSegments(source, list);
        tx.commit();
      }
      try (StoreTransaction tx = store.begin()) {
        for (int i = 0; i < segments.size(); i++) {
          for (int k = 0; k < 4; k++) {
            // Each text a new String, as a run makes them: equal texts, not the same object.
            String evidence = k == 3 ? null : "requête " + k + " : " + QUERY;
            tx.codings().add(new NewCoding(segments.get(i), BOOK, "code" + k, "règles", "rule", 0.5, "suggested",
                evidence, null, null));
          }
        }
        tx.commit();
      }
      // A file dropped whole at a savepoint takes its new text with it; the text is written again after.
      try (StoreTransaction tx = store.begin()) {
        tx.savepoint("fichier");
        tx.codings().add(new NewCoding(segments.get(0), BOOK, "autre", "règles", "rule", 0.5, "suggested",
            "texte nouveau", null, null));
        tx.codings().flush();
        tx.rollbackTo("fichier");
        tx.codings().add(new NewCoding(segments.get(1), BOOK, "autre", "règles", "rule", 0.5, "suggested",
            "texte nouveau", null, null));
        tx.codings().add(new NewCoding(segments.get(2), BOOK, "autre", "règles", "rule", 0.5, "suggested",
            "requête 0 : " + QUERY, null, null));
        tx.commit();
      }
      List<PendingSuggestion> pending = store.codingQueries().pendingSuggestions(BOOK);
      assertEquals(segments.size() * 4 + 2, pending.size());
      for (PendingSuggestion p : pending) {
        String expected = switch (p.code()) {
          case "code3" -> null;
          case "autre" -> p.segmentId() == segments.get(1) ? "texte nouveau" : "requête 0 : " + QUERY;
          default -> "requête " + p.code().substring(4) + " : " + QUERY;
        };
        assertEquals(expected, p.evidence(), p.code());
      }
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      assertEquals(List.of("4"), strings(st, "SELECT COUNT(*) FROM evidences"), "three queries and the new text");
      assertEquals(List.of("0"), strings(st, "SELECT COUNT(*) FROM (SELECT text FROM evidences GROUP BY text"
          + " HAVING COUNT(*) > 1)"));
      assertEquals(List.of(String.valueOf(segments.size())),
          strings(st, "SELECT COUNT(*) FROM codings WHERE evidence_id IS NULL"));
    }
  }

  private static List<String> strings(Statement st, String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
