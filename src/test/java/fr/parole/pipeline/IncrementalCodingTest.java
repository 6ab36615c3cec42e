package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Shard;
import fr.parole.study.CodeCount;
import fr.parole.study.NewCoding;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Incremental coding (only the sources not yet coded with the same fingerprint) and shards. */
class IncrementalCodingTest {
  private static final String LATE = "entretiens/ANONYME3.md";

  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  private static int segments(List<CodingRun> runs) {
    return runs.stream().mapToInt(r -> r.result().segments()).sum();
  }

  private static int analysedSegments(Study study, String path) {
    int[] n = new int[1];
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed() && (path == null || s.sourcePath().equals(path))) {
          n[0]++;
        }
      });
    }
    return n[0];
  }

  private static long firstAnalysed(Study study, String notPath) {
    long[] id = new long[1];
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (id[0] == 0 && s.kind().isAnalysed() && s.sourcePath().startsWith("entretiens/")
            && !s.sourcePath().equals(notPath)) {
          id[0] = s.id();
        }
      });
    }
    return id[0];
  }

  private static List<CodeCount> counts(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.codingQueries().codeCounts();
    }
  }

  private static SortedMap<String, SortedMap<String, Long>> lemmas(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.lemmaCounts().byAttribute("establishment").counts();
    }
  }

  @Test
  void aSecondRunCodesOnlyTheNewSourceAndToutCodesAllKeepingPeoplesCodings() throws Exception {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    Path late = folder.resolve(LATE);
    Path aside = dir.resolve("ANONYME3.md");
    Files.move(late, aside);
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    int first = segments(pipeline.codeBySource(study));
    assertEquals(analysedSegments(study, null), first);

    long segment = firstAnalysed(study, LATE);
    String codebook = study.config().codebook();
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(segment, codebook, "x/y", "alice", "human", null, "accepted", null, null, null));
      tx.commit();
    }

    Files.move(aside, late);
    pipeline.importStudy(study);
    int added = analysedSegments(study, LATE);
    assertTrue(added > 0);
    assertEquals(added, segments(pipeline.codeBySource(study)), "only the new source is coded");
    assertEquals(0, segments(pipeline.codeBySource(study)), "nothing new: nothing coded");

    int all = segments(pipeline.codeBySource(study, true, Shard.ALL));
    assertEquals(analysedSegments(study, null), all, "--tout codes every source");
    assertTrue(counts(study).stream().anyMatch(c -> c.code().equals("x/y") && c.status().equals("accepted")),
        "alice's coding survives both runs");
  }

  @Test
  void aCodebookStudyYamlNoLongerGivesLosesItsSuggestionsButNotPeoplesDecisions() throws Exception {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    pipeline.codeBySource(study);
    long segment = firstAnalysed(study, null);
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(segment, "partenariat", "x/y", "alice", "human", null, "accepted", null, null,
          null));
      tx.commit();
    }
    assertTrue(counts(study).stream()
        .anyMatch(c -> c.codebook().equals("partenariat") && c.status().equals("suggested")));

    Path yaml = folder.resolve("study.yaml"); // every source now coded with the e-Satis themes
    Files.writeString(yaml, Files.readString(yaml).replace("\ncodebook: partenariat", "\ncodebook: esatis"));
    pipeline.codeBySource(Study.open(folder));

    List<CodeCount> partenariat = counts(study).stream().filter(c -> c.codebook().equals("partenariat")).toList();
    assertEquals(List.of(new CodeCount("partenariat", "x/y", "accepted", 1, 1)), partenariat,
        "only alice's coding is left of the codebook study.yaml dropped");
    try (StudyStore store = study.openStore()) {
      assertTrue(store.codingQueries().codedSources("partenariat", null).isEmpty());
      assertEquals(java.util.Set.of("esatis"), store.codingQueries().codebooksOfCodedSources());
    }
  }

  @Test
  void twoShardsCodeEverySegmentOnceAndGiveWhatOneRunGives() {
    Study whole = Study.open(TestStudies.copyOfDemo(dir.resolve("whole")));
    pipeline.importStudy(whole);
    int total = segments(pipeline.codeBySource(whole));

    Study split = Study.open(TestStudies.copyOfDemo(dir.resolve("split")));
    pipeline.importStudy(split);
    int one = segments(pipeline.codeBySource(split, false, new Shard(1, 2)));
    int two = segments(pipeline.codeBySource(split, false, new Shard(2, 2)));
    assertTrue(one > 0 && two > 0, one + " + " + two);
    assertEquals(total, one + two, "each segment coded by exactly one shard");
    assertEquals(0, segments(pipeline.codeBySource(split)), "the two shards together coded every source");
    assertEquals(counts(whole), counts(split));
    assertEquals(lemmas(whole), lemmas(split));
    // The whole run built codings_by_code and lemma_values_by_name at its commit; the shards wrote row by row.
    assertEquals(indexes(whole), indexes(split));
  }

  /** The store's indexes, by name, with their definitions. */
  private static Map<String, String> indexes(Study study) {
    Map<String, String> indexes = new java.util.TreeMap<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:"
        + study.storeFile()); java.sql.Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_schema WHERE type = 'index'")) {
      while (rs.next()) {
        indexes.put(rs.getString(1), rs.getString(2));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertTrue(indexes.containsKey("codings_by_code") && indexes.containsKey("lemma_values_by_name"));
    return indexes;
  }

  /** A run on the whole study writes as it codes: another process cannot write until it commits. */
  @Test
  void aWholeRunHoldsTheWriteLockWhileItCodes() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    List<String> tries = new ArrayList<>();
    Progress tryingToWrite = new Progress() {
      @Override
      public void update(String task, long done, long total) {
        if (task.equals("Codage") && tries.isEmpty()) {
          tries.add(tryToWrite(study));
        }
      }

      @Override
      public void info(String message) { }

      @Override
      public void warn(String message) { }
    };
    assertTrue(segments(new Pipeline(tryingToWrite).codeBySource(study)) > 0);
    assertEquals(List.of("refusé"), tries, "another writer waits while the run codes");
    assertEquals("écrit", tryToWrite(study), "and writes once it has committed");
  }

  private static String tryToWrite(Study study) {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        java.sql.Statement st = c.createStatement()) {
      st.execute("PRAGMA busy_timeout = 50");
      st.execute("BEGIN IMMEDIATE");
      st.execute("ROLLBACK");
      return "écrit";
    } catch (java.sql.SQLException e) {
      return e.getMessage().contains("SQLITE_BUSY") ? "refusé" : e.getMessage();
    }
  }

  @Test
  void aSourceReplacedWhileAShardCodesItIsLeftOutSaidAndCodedByTheNextRun() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    String replaced = "entretiens/RU1.md";
    long id = sourceId(study, replaced);
    Shard slice = new Shard((int) (id % 2) + 1, 2);
    List<String> said = new ArrayList<>();
    boolean[] imported = {false};
    // The slice's tagging is done and its write not begun: an import replaces the transcript then.
    Progress importMeanwhile = new Progress() {
      @Override
      public void update(String task, long done, long total) {
        if (task.equals("Codage") && done == total && !imported[0]) {
          imported[0] = true;
          append(study.folder().resolve(replaced), "\nRU 1 : Une phrase ajoutée pendant le codage.\n");
          pipeline.importStudy(study);
        }
      }

      @Override
      public void info(String message) { }

      @Override
      public void warn(String message) {
        said.add(message);
      }
    };
    int written;
    try (StudyStore store = study.openStore()) {
      written = store.queries().sources().stream().filter(s -> slice.covers(s.id()) && s.id() != id)
          .mapToInt(SourceRecord::segments).sum();
    }
    List<CodingRun> runs = new Pipeline(importMeanwhile).codeBySource(study, false, slice);
    assertTrue(imported[0] && sourceId(study, replaced) != id, "the transcript was replaced during the coding");
    assertEquals(List.of("1 source remplacée pendant le codage : ses suggestions sont écartées ; relancez parole code "
        + "pour la coder."), said);
    assertEquals(written, segments(runs), "the segments said coded are those of the sources written, not the replaced");

    long newId = sourceId(study, replaced);
    int left;
    try (StudyStore store = study.openStore()) {
      left = store.queries().sources().stream().filter(s -> !slice.covers(s.id()) || s.id() == newId)
          .mapToInt(SourceRecord::segments).sum();
    }
    assertEquals(left, segments(pipeline.codeBySource(study)),
        "the other slice's sources are left to code, and the replaced transcript's new version");
    List<CodeCount> incremental = counts(study);
    SortedMap<String, SortedMap<String, Long>> lemmas = lemmas(study);
    pipeline.codeBySource(study, true, Shard.ALL);
    assertEquals(counts(study), incremental, "nothing else was lost: the suggestions of a run coding everything");
    assertEquals(lemmas(study), lemmas);
  }

  private static long sourceId(Study study, String path) {
    try (StudyStore store = study.openStore()) {
      return store.queries().sources().stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow().id();
    }
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, Files.readString(file) + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aShardTakesTheSourcesWhoseIdModuloNIsKMinusOne() {
    Shard third = Shard.parse("3/8").orElseThrow();
    assertTrue(third.covers(2) && third.covers(10) && !third.covers(3));
    for (String bad : List.of("0/4", "5/4", "abc", "3/0", "", "-1/4")) {
      assertTrue(Shard.parse(bad).isEmpty(), bad);
    }
    Map<Integer, Integer> covered = new java.util.TreeMap<>();
    for (long id = 1; id <= 100; id++) {
      for (int k = 1; k <= 4; k++) {
        if (new Shard(k, 4).covers(id)) {
          covered.merge((int) id, 1, Integer::sum);
        }
      }
    }
    assertTrue(covered.size() == 100 && covered.values().stream().allMatch(n -> n == 1));
  }
}
