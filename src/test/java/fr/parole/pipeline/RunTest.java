package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.ReviewDecision;
import fr.parole.study.CodingRecord;
import fr.parole.study.SegmentKind;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTest {
  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  @Test
  void runImportsCodesEachSourceWithItsCodebookAndWritesTheReport() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    Pipeline.RunResult result = pipeline.run(study, dir.resolve("reports"));
    assertFalse(result.imported().hasFailures());
    assertTrue(Files.exists(result.report()));
    assertEquals(List.of(StageClock.Stage.IMPORT, StageClock.Stage.INDEX, StageClock.Stage.CODING,
        StageClock.Stage.REPORT), List.copyOf(result.durations().keySet()));
    assertEquals(List.of("esatis", "partenariat"), result.codings().stream().map(CodingRun::codebook).sorted().toList());
    // The summary is counted beside the report, after the coding's commit: the same as counted now.
    List<fr.parole.study.CodeCount> now = pipeline.status(study).codings();
    assertTrue(now.size() > 20, now.toString());
    result.codings().forEach(run -> assertEquals(now, run.counts(), run.codebook()));
    assertFalse(Files.exists(study.storeFile().resolveSibling(study.storeFile().getFileName() + "-wal")),
        "the last connection closed has copied the log into the store and removed it");

    Map<Long, SegmentKind> kinds = new HashMap<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> kinds.put(s.id(), s.kind()));
      List<CodingRecord> esatis = store.codingQueries().codings("esatis");
      List<CodingRecord> partenariat = store.codingQueries().codings("partenariat");
      assertTrue(esatis.size() > 100 && partenariat.size() > 20, esatis.size() + " / " + partenariat.size());
      assertTrue(esatis.stream().allMatch(c -> kinds.get(c.segmentId()) == SegmentKind.COMMENT),
          "the e-Satis codebook codes the verbatims only");
      assertTrue(partenariat.stream().noneMatch(c -> kinds.get(c.segmentId()) == SegmentKind.COMMENT),
          "the study's codebook codes the other sources");
    }
  }

  @Test
  void aSecondRunKeepsHumanDecisions() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.run(study, dir.resolve("reports"));
    long segment;
    try (StudyStore store = study.openStore()) {
      segment = store.codingQueries().codings("esatis").get(0).segmentId();
    }
    pipeline.codeByHand(study, "esatis", segment, "esatis/cout", "alice", null, null);
    pipeline.run(study, dir.resolve("reports"));
    try (StudyStore store = study.openStore()) {
      assertTrue(store.codingQueries().codings("esatis").stream()
          .anyMatch(c -> c.segmentId() == segment && c.coder().equals("alice") && c.code().equals("esatis/cout")));
    }
  }

  /** parole train on a study: what people decided becomes the training texts, several codes per segment. */
  @Test
  void eachSegmentTeachesEveryCodeAPersonGaveItAndARejectionTeachesThatNoneApplies() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    List<Long> ids = new ArrayList<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed() && s.kind().name().equals("TURN")) {
          ids.add(s.id());
        }
      });
    }
    // 6 levers, 6 obstacles, 3 both, 2 segments where a person only rejected a suggestion.
    for (int i = 0; i < 15; i++) {
      if (i < 6 || i >= 12) {
        pipeline.codeByHand(study, "partenariat", ids.get(i), "type/levier", "alice", null, null);
      }
      if (i >= 6) {
        pipeline.codeByHand(study, "partenariat", ids.get(i), "type/obstacle", "alice", null, null);
      }
    }
    pipeline.recordDecisions(study, "partenariat", "test", List.of(
        new ReviewDecision(ids.get(15), "type/pratique", ReviewDecision.Kind.REJECT, null, "alice", 0),
        new ReviewDecision(ids.get(16), "type/levier", ReviewDecision.Kind.REJECT, null, "alice", 0)));
    LearnedCoder coder = pipeline.train(study, "partenariat");
    LearnedCoder.DimensionReport type = coder.training().get(0);
    assertEquals("type", type.dimension());
    // The shipped constructed turns are learned from too (ShippedTraining): counted beside the study's.
    fr.parole.coding.Codebook book = pipeline.namedCodebooks(study).get("partenariat");
    List<fr.parole.coding.GoldLabels.Labelled> shipped = fr.parole.coding.ShippedTraining.rows(book).stream()
        .filter(r -> r.codes().containsKey("type")).toList();
    assertEquals(17 + shipped.size(), type.texts(), "15 coded segments and 2 with a rejection only, and the shipped");
    assertEquals(9 + withTopCode(book, shipped, "levier"), type.positives().get("levier"));
    assertEquals(9 + withTopCode(book, shipped, "obstacle"), type.positives().get("obstacle"));
    assertTrue(coder.thresholds().containsKey("type/levier"), "9 texts: a calibrated threshold");
    assertTrue(study.workDir().resolve("models/partenariat/type.bin").toFile().isFile());
  }

  /** How many texts carry {@code code} of the type dimension, or one of its sub-codes (learned as it). */
  private static int withTopCode(fr.parole.coding.Codebook book, List<fr.parole.coding.GoldLabels.Labelled> rows,
      String code) {
    int n = 0;
    for (fr.parole.coding.GoldLabels.Labelled row : rows) {
      boolean has = false;
      for (String c : row.codes().get("type")) {
        String top = c;
        while (book.code("type/" + top).map(fr.parole.coding.Code::parent).orElse(null) != null) {
          top = book.code("type/" + top).get().parent();
        }
        has |= top.equals(code);
      }
      n += has ? 1 : 0;
    }
    return n;
  }
}
