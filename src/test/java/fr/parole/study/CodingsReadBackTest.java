package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link Codings} writes is what the store gives back (evidence, span, confidence, thresholds),
 * a decision sees the codings queued before it in the same transaction, and every write tells the
 * readers that follow the store (the atelier's counts) which segments changed.
 */
class CodingsReadBackTest {
  private static final String BOOK = "partenariat";
  private final List<StoreChanges> committed = new ArrayList<>();
  private Study study;
  private long segment;

  @BeforeEach
  void importOneInterview(@TempDir Path dir) {
    Path folder = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n", "entretiens/a.md",
        "**IDE 1** : Le patient partenaire co-anime les ateliers.\n");
    study = Study.open(folder);
    new Pipeline(Progress.SILENT).importStudy(study);
    try (StudyStore store = study.openStore()) {
      segment = store.documentQueries().segmentsOf(1, 0, 10).stream()
          .filter(s -> s.kind() == SegmentKind.TURN).findFirst().orElseThrow().id();
    }
  }

  private StudyStore open() {
    return StudyStore.open(study.storeFile(), new StoreListener() {
      @Override
      public void begun() {}

      @Override
      public void committed(long change, StoreChanges changes) {
        committed.add(changes);
      }

      @Override
      public void ended() {}
    });
  }

  private StoreChanges last() {
    return committed.get(committed.size() - 1);
  }

  @Test
  void aSuggestionComesBackWithItsEvidenceSpanAndConfidence() {
    try (StudyStore store = open()) {
      try (StoreTransaction tx = store.begin()) {
        tx.codings().add(new NewCoding(segment, BOOK, "type/levier", "règles", "rule", 0.7, "suggested",
            "co-anime", 24, 32));
        tx.commit();
      }
      assertEquals(Set.of(segment), last().segments(BOOK), "the atelier follows the coded segment");
      assertFalse(last().isBroad());
      PendingSuggestion pending = store.codingQueries().pendingSuggestions(BOOK).get(0);
      assertEquals("co-anime", pending.evidence());
      assertEquals(0.7, pending.confidence());
      DocumentQueries.SegmentCoding coding = store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).get(0);
      assertEquals(24, coding.spanStart());
      assertEquals(32, coding.spanEnd());
      assertEquals("règles", coding.coder());
    }
  }

  @Test
  void aDecisionSeesTheCodingQueuedBeforeItInTheSameTransaction() {
    try (StudyStore store = open(); StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(segment, BOOK, "type/levier", "alice", "human", null, "accepted", null, null, null));
      assertFalse(tx.codings().decideOnce(new NewCoding(segment, BOOK, "type/levier", "bob", "human", null,
          "rejected", null, null, null)), "alice's coding, queued, is already a decision");
      assertEquals(Set.of(segment + "/type/levier"), tx.codings().humanDecisions(BOOK),
          "the machine's next run skips what alice decided");
      tx.commit();
    }
  }

  @Test
  void aRemovedCodingAndANewDecisionAreFollowedSegmentBySegment() {
    try (StudyStore store = open()) {
      try (StoreTransaction tx = store.begin()) {
        assertTrue(tx.codings().decideOnce(new NewCoding(segment, BOOK, "type/levier", "alice", "human", null,
            "accepted", null, null, null)));
        tx.commit();
      }
      assertEquals(Set.of(segment), last().segments(BOOK));
      long id = store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).get(0).id();
      try (StoreTransaction tx = store.begin()) {
        assertTrue(tx.codings().deleteOwn(id, "alice"));
        tx.commit();
      }
      assertEquals(Set.of(segment), last().segments(BOOK), "the removal changes the segment's counts");
      assertFalse(last().isBroad());
      try (StoreTransaction tx = store.begin()) {
        tx.codings().deleteMachineSuggestions(BOOK);
        tx.commit();
      }
      assertTrue(last().isBroad(), "a new machine run changes any segment: readers count again");
    }
  }

  @Test
  void aPersonRemovesACodingSheJustMadeInTheSameTransaction() {
    try (StudyStore store = open()) {
      try (StoreTransaction tx = store.begin()) {
        tx.codings().add(new NewCoding(segment, BOOK, "type/levier", "alice", "human", null, "accepted", null, null,
            null));
        tx.commit();
      }
      long first = store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).get(0).id();
      try (StoreTransaction tx = store.begin()) {
        tx.codings().add(new NewCoding(segment, BOOK, "type/obstacle", "alice", "human", null, "accepted", null, null,
            null));
        // SQLite numbers a new row after the largest: the queued coding is the next one.
        assertTrue(tx.codings().deleteOwn(first + 1, "alice"), "the queued coding is written before it is removed");
        tx.commit();
      }
      assertEquals(List.of("type/levier"), store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).stream()
          .map(DocumentQueries.SegmentCoding::code).toList());
    }
  }

  @Test
  void thresholdsAreReplacedWholeWithTheirF1() {
    try (StudyStore store = open()) {
      try (StoreTransaction tx = store.begin()) {
        tx.codings().replaceThresholds(BOOK, List.of(new CodeThreshold("type/levier", 0.6, "calibrated", 0.8),
            new CodeThreshold("type/obstacle", 0.4, "codebook", null)));
        tx.commit();
      }
      assertTrue(last().isBroad(), "thresholds change every count of the codebook");
      Map<String, CodeThreshold> thresholds = store.reportQueries().thresholds(BOOK);
      assertEquals(new CodeThreshold("type/levier", 0.6, "calibrated", 0.8), thresholds.get("type/levier"));
      assertNull(thresholds.get("type/obstacle").f1());
      try (StoreTransaction tx = store.begin()) {
        tx.codings().replaceThresholds(BOOK, List.of(new CodeThreshold("type/obstacle", 0.3, "codebook", null)));
        tx.commit();
      }
      assertEquals(Map.of("type/obstacle", new CodeThreshold("type/obstacle", 0.3, "codebook", null)),
          store.reportQueries().thresholds(BOOK), "a code no longer in the codebook loses its row");
    }
  }

  @Test
  void peoplesDecisionsAreReadThroughTheirOwnIndexNotOverEverySuggestion() throws Exception {
    try (StudyStore store = open()) {
      try (StoreTransaction tx = store.begin()) {
        tx.codings().add(new NewCoding(segment, BOOK, "type/levier", "machine", "model", 0.4, "suggested", null,
            null, null));
        tx.codings().add(new NewCoding(segment, BOOK, "type/frein", "machine", "model", 0.8, "accepted", null,
            null, null));
        tx.codings().add(new NewCoding(segment, BOOK, "niveau/consultation", "alice", "human", null, "accepted", null,
            null, null));
        tx.commit();
      }
      try (StoreTransaction tx = store.begin()) {
        // As a first coding run leaves the store: codings_by_code built again, after codings_decided.
        tx.buildIndexesAtCommit("codings_by_code");
        tx.commit();
      }
      try (StoreTransaction tx = store.begin()) {
        assertEquals(Set.of(segment + "/type/frein", segment + "/niveau/consultation"),
            tx.codings().humanDecisions(BOOK), "an accepted suggestion and a person's coding, not the pending one");
      }
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        java.sql.PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + Codings.HUMAN_DECISIONS)) {
      ps.setString(1, BOOK);
      StringBuilder plan = new StringBuilder();
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString("detail"));
        }
      }
      // Named in the query; its condition must stay implied by Codings.humanDecision's, or SQLite refuses it.
      assertTrue(plan.toString().contains("codings_decided"), plan.toString());
    }
  }

  /** A run's rows bind their shared values once a statement; rows of several runs each bind all theirs: the same rows stored. */
  @Test
  void rowsOfOneRunAndRowsOfSeveralAreStoredAlike() throws Exception {
    List<NewCoding> written = new ArrayList<>();
    for (int i = 0; i < 64; i++) { // one statement's rows, all of one run
      written.add(new NewCoding(segment, BOOK, "type/levier", "machine", i % 2 == 0 ? "model" : "rule+model",
          i % 5 == 0 ? null : i / 100.0, "suggested", i % 3 == 0 ? null : "co-anime", i % 4 == 0 ? null : i,
          i % 4 == 0 ? null : i + 7));
    }
    for (int i = 0; i < 64; i++) { // one statement's rows, of two coders
      written.add(new NewCoding(segment, BOOK, "type/frein", i % 2 == 0 ? "machine" : "rapide", "rule", 0.5,
          "suggested", "frein", i, i + 3));
    }
    for (int i = 0; i < 5; i++) { // left for the commit's flush
      written.add(new NewCoding(segment, "autre", "x/y", "alice", "human", null, "accepted", null, null, null));
    }
    try (StudyStore store = open(); StoreTransaction tx = store.begin()) {
      written.forEach(tx.codings()::add);
      tx.commit();
    }
    List<NewCoding> stored = new ArrayList<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT c.segment_id, c.codebook, c.code, c.coder, c.origin,"
            + " c.confidence, c.status, e.text, c.span_start, c.span_end, c.at FROM codings c"
            + " LEFT JOIN evidences e ON e.id = c.evidence_id ORDER BY c.id")) {
      while (rs.next()) {
        stored.add(new NewCoding(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            (Double) rs.getObject(6), rs.getString(7), rs.getString(8), (Integer) rs.getObject(9),
            (Integer) rs.getObject(10)));
        assertTrue(rs.getString(11).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), rs.getString(11));
      }
    }
    assertEquals(written, stored);
  }
}
