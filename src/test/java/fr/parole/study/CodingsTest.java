package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's codings in the store: a decision is taken once (a second one, by anyone, is refused and
 * nothing is written), a person removes only her own codings, never another's nor the machine's, and
 * the machine's next run replaces only its pending suggestions.
 */
class CodingsTest {
  @Test
  void decisionsAreTakenOnceAndCodingsRemovedOnlyByTheirAuthor(@TempDir Path dir) {
    Study study = oneTurn(dir);
    try (StudyStore store = study.openStore()) {
      long segment = turn(store);
      try (StoreTransaction tx = store.begin()) {
        tx.codings().add(new NewCoding(segment, "partenariat", "type/levier", "règles", "rule", 0.7, "suggested", null,
            null, null));
        assertTrue(tx.codings().decideOnce(human(segment, "type/levier", "alice", "accepted")));
        assertFalse(tx.codings().decideOnce(human(segment, "type/levier", "bob", "rejected")), "already decided");
        assertTrue(tx.codings().decideOnce(human(segment, "type/obstacle", "bob", "rejected")), "another code");
        tx.codings().add(human(segment, "type/representation", "alice", "accepted"));
        tx.commit();
      }
      assertEquals(3, human(store, segment), "alice's two codings and bob's one, once each");
      long alices = store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).stream()
          .filter(c -> "type/representation".equals(c.code())).findFirst().orElseThrow().id();
      long machine = store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).stream()
          .filter(c -> "rule".equals(c.origin())).findFirst().orElseThrow().id();
      try (StoreTransaction tx = store.begin()) {
        assertFalse(tx.codings().deleteOwn(alices, "bob"), "not bob's");
        assertFalse(tx.codings().deleteOwn(machine, "alice"), "the machine's suggestion is not removed by hand");
        assertTrue(tx.codings().deleteOwn(alices, "alice"));
        assertFalse(tx.codings().deleteOwn(alices, "alice"), "gone already");
        assertEquals(1, tx.codings().deleteMachineSuggestions("partenariat"));
        tx.commit();
      }
      assertEquals(2, human(store, segment), "the decisions stay through a new machine run");
    }
  }

  /** Codings go out 64 rows a statement, the rest at the flush: every one stored, in the order added. */
  @Test
  void manyCodingsAreStoredInTheOrderTheyCame(@TempDir Path dir) {
    Study study = oneTurn(dir);
    int count = 2 * SegmentWriter.ROWS + 5;
    try (StudyStore store = study.openStore()) {
      long segment = turn(store);
      try (StoreTransaction tx = store.begin()) {
        for (int i = 0; i < count; i++) {
          tx.codings().add(new NewCoding(segment, "partenariat", "code/" + i, "machine", "rule", i / 1000.0,
              "suggested", i % 2 == 0 ? "règle " + (i % 3) : null, null, null));
        }
        tx.commit();
      }
    }
    java.util.List<String> stored = new java.util.ArrayList<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT c.code, c.confidence, e.text FROM codings c"
            + " LEFT JOIN evidences e ON e.id = c.evidence_id ORDER BY c.id")) {
      while (rs.next()) {
        stored.add(rs.getString(1) + " " + rs.getDouble(2) + " " + rs.getString(3));
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
    java.util.List<String> added = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      added.add("code/" + i + " " + i / 1000.0 + " " + (i % 2 == 0 ? "règle " + (i % 3) : null));
    }
    assertEquals(added, stored);
  }

  /** A study of one interview with one participant's turn, imported. */
  private static Study oneTurn(Path dir) {
    Path folder = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n", "entretiens/a.md",
        "**IDE 1** : Le patient partenaire co-anime les ateliers.\n");
    Study study = Study.open(folder);
    new Pipeline(Progress.SILENT).importStudy(study);
    return study;
  }

  private static long turn(StudyStore store) {
    return store.documentQueries().segmentsOf(1, 0, 10).stream()
        .filter(s -> s.kind() == SegmentKind.TURN).findFirst().orElseThrow().id();
  }

  private static NewCoding human(long segment, String code, String person, String status) {
    return new NewCoding(segment, "partenariat", code, person, "human", null, status, null, null, null);
  }

  private static long human(StudyStore store, long segment) {
    return store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).stream()
        .filter(c -> c.segmentId() == segment && c.human()).count();
  }
}
