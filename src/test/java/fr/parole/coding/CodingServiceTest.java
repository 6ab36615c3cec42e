package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.importer.ImportReport;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.CodeCount;
import fr.parole.study.NewCoding;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingServiceTest {
  static final String BOOK = """
      id: essai
      dimensions:
        - id: type
          codes:
            - id: levier
              rules: ['formation*', '"comité de pilotage"']
            - id: obstacle
              rules: ['"pas le temps"', 'paternalis*']
      """;

  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  private Study demoWithBook() throws Exception {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    Files.writeString(folder.resolve("essai.yaml"), BOOK);
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    return study;
  }

  private static int count(List<CodeCount> counts, String code, String status) {
    return counts.stream().filter(c -> c.code().equals(code) && c.status().equals(status))
        .mapToInt(CodeCount::segments).sum();
  }

  @Test
  void suggestsCodesOnParticipantSegmentsOnly() throws Exception {
    Study study = demoWithBook();
    var run = pipeline.code(study, "essai.yaml");
    assertEquals(36 + 446 + 10, run.result().segments(),
        "the 36 participant turns, the 446 verbatims and the 10 open answers of the check-list, not the "
            + "interviewer's turns");
    assertTrue(count(run.counts(), "type/levier", "suggested") > 0, run.counts().toString());
    // Running again with nothing changed codes nothing; with --tout it replaces the machine's
    // suggestions instead of piling them up.
    var unchanged = pipeline.code(study, "essai.yaml");
    assertEquals(0, unchanged.result().segments(), "every source was already coded with this codebook");
    assertEquals(run.counts(), unchanged.counts());
    var again = pipeline.code(study, "essai.yaml", true, Shard.ALL);
    assertEquals(run.result().segments(), again.result().segments());
    assertEquals(run.result().suggestions(), again.result().replaced());
    assertEquals(run.counts(), again.counts());
  }

  /** A shard spools its suggestions while it tags, then writes them: that write shows its progress. */
  @Test
  void theWriteShowsItsProgressUpToEverySuggestion() throws Exception {
    Study study = demoWithBook();
    List<long[]> writes = new java.util.ArrayList<>();
    Progress recording = new Progress() {
      @Override
      public void update(String task, long done, long total) {
        if (task.startsWith("Écriture")) {
          writes.add(new long[] {done, total});
        }
      }

      @Override
      public void info(String message) { }

      @Override
      public void warn(String message) { }
    };
    var run = new Pipeline(recording).code(study, "essai.yaml", false, new Shard(1, 2));
    assertTrue(run.result().suggestions() > 0, "the demo gets suggestions");
    long[] last = writes.get(writes.size() - 1);
    assertEquals(run.result().suggestions(), last[0], "the last update counts every suggestion written");
    assertEquals(last[0], last[1], "and says the write is done");
  }

  @Test
  void humanDecisionsAreNeverOverwrittenNorDuplicated() throws Exception {
    Study study = demoWithBook();
    pipeline.code(study, "essai.yaml");
    long segment;
    try (StudyStore store = study.openStore()) {
      RuleCoder rules = new RuleCoder(new CodebookReader().parse("essai.yaml", BOOK));
      List<SegmentRecord> turns = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed() && rules.suggest(Tagged.text(s.text())).stream().anyMatch(x -> x.code().equals("type/levier"))) {
          turns.add(s);
        }
      });
      segment = turns.get(0).id();
      try (StoreTransaction tx = store.begin()) {
        tx.codings().add(new NewCoding(segment, "essai", "type/levier", "alice", "human", null, "rejected", null,
            null, null));
        tx.commit();
      }
    }
    var run = pipeline.code(study, "essai.yaml", true, Shard.ALL);
    assertTrue(run.result().keptForPeople() >= 1);
    assertEquals(1, count(run.counts(), "type/levier", "rejected"), "alice's decision is still there");
  }

  @Test
  void aChangedFileWithHumanCodingsIsNotReimported() throws Exception {
    Study study = demoWithBook();
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      long[] first = new long[1];
      store.segmentQueries().forEachSegment(0, s -> {
        if (first[0] == 0 && s.sourcePath().equals("entretiens/RU1.md") && s.kind().isAnalysed()) {
          first[0] = s.id();
        }
      });
      tx.codings().add(new NewCoding(first[0], "essai", "type/obstacle", "alice", "human", null, "accepted", null,
          null, null));
      tx.commit();
    }
    Path file = study.folder().resolve("entretiens/RU1.md");
    Files.writeString(file, Files.readString(file) + "\nRU 1 : Une phrase ajoutée après coup.\n");
    ImportReport report = pipeline.importStudy(study);
    assertEquals(1, report.failed().size());
    assertTrue(report.failed().get(0).reason().contains("décision(s) de codage humaines"), report.failed().toString());
  }

  private static final int ANALYSED = 36 + 446 + 10;

  private static long machineSuggestions(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.codingQueries().codeCounts().stream().filter(c -> c.status().equals("suggested"))
          .mapToLong(CodeCount::codings).sum();
    }
  }

  @Test
  void aChangedCodebookCodesEverySourceAgain() throws Exception {
    Study study = demoWithBook();
    pipeline.code(study, "essai.yaml");
    Files.writeString(study.folder().resolve("essai.yaml"), BOOK.replace("'paternalis*'", "'paternalis*', 'attente'"));
    assertEquals(ANALYSED, pipeline.code(study, "essai.yaml").result().segments());
  }

  @Test
  void aRenamedCodeOrANewColourCodesNothingAgain() throws Exception {
    Study study = demoWithBook();
    pipeline.code(study, "essai.yaml");
    Files.writeString(study.folder().resolve("essai.yaml"), BOOK.replace("- id: levier",
        "- id: levier\n        label: Levier d'action\n        color: '#1b9e77'"));
    assertEquals(0, pipeline.code(study, "essai.yaml").result().segments(),
        "a label or a colour changes what people read, not what the coder says");
  }

  @Test
  void aModelTrainedWhileTheCoderStartsIsNotTakenForTheOneThatCoded() throws Exception {
    Study study = demoWithBook();
    LearnedCoder trained = FastCoder.train(new CodebookReader().parse("essai.yaml", BOOK), LearnedCoderTest.examples());
    Path folder = study.workDir().resolve("models").resolve("essai");
    // The fast path says it found no model once it has read the model files: a parole train
    // --rapide ends at that moment, before the run's fingerprint is taken.
    Progress trainingMeanwhile = new fr.parole.WarningsOnly(message -> {
      if (message.startsWith("Aucun modèle rapide")) {
        LearnedModels.fast().save(trained, folder);
      }
    });
    assertEquals(ANALYSED, new Pipeline(trainingMeanwhile, CodingPath.FAST).code(study, "essai.yaml").result()
        .segments());
    assertEquals(ANALYSED, new Pipeline(Progress.SILENT, CodingPath.FAST).code(study, "essai.yaml").result()
        .segments(), "coded with the rules alone, every source is coded again with the model trained meanwhile");
  }

  @Test
  void twoShardsRunningAtOnceBothSucceed() throws Exception {
    Study study = demoWithBook();
    long whole = pipeline.code(study, "essai.yaml").result().suggestions();
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = two.submit(() -> new Pipeline(Progress.SILENT).code(study, "essai.yaml", true, new Shard(1, 2)));
      var second = two.submit(() -> new Pipeline(Progress.SILENT).code(study, "essai.yaml", true, new Shard(2, 2)));
      assertEquals(ANALYSED, first.get().result().segments() + second.get().result().segments());
    } finally {
      two.shutdownNow();
    }
    assertEquals(whole, machineSuggestions(study));
  }
}
