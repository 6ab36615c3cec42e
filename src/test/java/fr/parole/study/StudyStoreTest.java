package fr.parole.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyStoreTest {
  @TempDir
  Path dir;

  private static NewSegment segment(int ordinal, String text) {
    return new NewSegment(ordinal, SegmentKind.TURN, "IDE 1", 0, text.length(), 1, text, 3,
        Map.of("establishment", "CHU1"));
  }

  @Test
  void aNewStoreHasTheLatestSchema() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      assertEquals(StudyStore.MIGRATIONS.size(), store.schemaVersion());
      assertEquals(0, store.generation());
      assertEquals(0, store.queries().summary().sources());
    }
  }

  @Test
  void aCodingRunsThresholdsReplaceTheLastRunsOfItsCodebookOnly() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      try (StoreTransaction tx = store.begin()) {
        tx.codings().replaceThresholds("esatis", java.util.List.of(
            new CodeThreshold("esatis/repas", 0.42, "calibrated", 0.8), new CodeThreshold("esatis/bruit", 0.5, "default", null)));
        tx.codings().replaceThresholds("partenariat", java.util.List.of(new CodeThreshold("type/levier", 0.3, "codebook", null)));
        tx.commit();
      }
      try (StoreTransaction tx = store.begin()) {
        tx.codings().replaceThresholds("esatis", java.util.List.of(new CodeThreshold("esatis/repas", 0.6, "calibrated", 0.7)));
        tx.commit();
      }
      assertEquals(Map.of("esatis/repas", new CodeThreshold("esatis/repas", 0.6, "calibrated", 0.7)),
          store.reportQueries().thresholds("esatis"));
      assertEquals(0.3, store.reportQueries().thresholds("partenariat").get("type/levier").value());
    }
  }

  @Test
  void codeCountsPutAPendingSuggestionAtOrAboveItsThresholdApartFromOneBelowIt() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("a.md", "transcript/md", "h1", "UTF-8", "abc"));
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
          ids[i] = tx.sources().insertSegment(source, segment(i, "abc"));
        }
        Codings codings = tx.codings();
        codings.add(new NewCoding(ids[0], "esatis", "esatis/repas", "machine", "model", 0.7, "suggested", "", null, null));
        codings.add(new NewCoding(ids[1], "esatis", "esatis/repas", "machine", "model", 0.3, "suggested", "", null, null));
        codings.add(new NewCoding(ids[2], "esatis", "esatis/repas", "machine", "model", 0.3, "accepted", "", null, null));
        codings.flush();
        codings.replaceThresholds("esatis", java.util.List.of(new CodeThreshold("esatis/repas", 0.6, "calibrated", 0.8)));
        tx.commit();
      }
      assertEquals(java.util.List.of(new CodeCount("esatis", "esatis/repas", "accepted", 1, 1),
          new CodeCount("esatis", "esatis/repas", "below", 1, 1), new CodeCount("esatis", "esatis/repas", "suggested", 1, 1)),
          store.codingQueries().codeCounts());
    }
  }

  @Test
  void aSuggestionCountsFromItsThresholdUnlessRejectedAndAPersonsCodingAlways() {
    assertTrue(CodeThreshold.counts("rule", "suggested", 0.6, 0.6));
    assertEquals(false, CodeThreshold.counts("model", "suggested", 0.59, 0.6));
    assertTrue(CodeThreshold.counts("model", "accepted", 0.1, 0.6));
    assertTrue(CodeThreshold.counts("human", "suggested", 0.0, 0.6));
    assertEquals(false, CodeThreshold.counts("rule", "rejected", 0.99, 0.6));
  }

  @Test
  void aTransactionClosedWithoutCommitLeavesNothing() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("a.md", "transcript/md", "h1", "UTF-8", "Bonjour"));
        tx.sources().insertSegment(source, segment(0, "Bonjour"));
        tx.bumpGeneration();
        // no commit: as after an exception or Ctrl-C
      }
      assertEquals(0, store.queries().summary().sources());
      assertEquals(0, store.generation());
    }
  }

  @Test
  void committedSegmentsComeBackWithTheirAttributes() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("a.md", "transcript/md", "h1", "UTF-8", "Bonjour à tous"));
        tx.sources().insertSegment(source, segment(0, "Bonjour à tous"));
        tx.commit();
      }
      SegmentRecord[] found = new SegmentRecord[1];
      store.segmentQueries().forEachSegment(0, s -> found[0] = s);
      assertEquals("Bonjour à tous", found[0].text());
      assertEquals(Map.of("establishment", "CHU1"), found[0].attributes());
      assertEquals("a.md", found[0].sourcePath());
    }
  }

  @Test
  void deletingASourceDeletesItsSegmentsAndIdsAreNeverReused() {
    try (StudyStore store = StudyStore.open(dir.resolve("study.db"))) {
      long first;
      try (StoreTransaction tx = store.begin()) {
        long source = tx.sources().insert(new NewSource("a.md", "transcript/md", "h1", "UTF-8", "x"));
        first = tx.sources().insertSegment(source, segment(0, "x"));
        tx.sources().delete(source);
        long again = tx.sources().insert(new NewSource("a.md", "transcript/md", "h2", "UTF-8", "y"));
        long second = tx.sources().insertSegment(again, segment(0, "y"));
        assertTrue(second > first, "a replaced segment's id must not be given to its successor");
        tx.commit();
      }
      assertEquals(1, store.queries().summary().segments());
    }
  }

  @Test
  void aStoreFromANewerParoleIsRefused() throws Exception {
    Path file = dir.resolve("study.db");
    StudyStore.open(file).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    StudyException e = assertThrows(StudyException.class, () -> StudyStore.open(file));
    assertTrue(e.getMessage().contains("plus récente"), e.getMessage());
  }

  @Test
  void aFileThatIsNotSqliteIsRefusedClearly() throws Exception {
    Path file = dir.resolve("study.db");
    Files.writeString(file, "ceci n'est pas une base de données, mais un texte assez long pour SQLite");
    StudyException e = assertThrows(StudyException.class, () -> StudyStore.open(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }
}
