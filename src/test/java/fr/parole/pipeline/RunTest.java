package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.study.CodingRecord;
import fr.parole.study.SegmentKind;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertEquals(List.of("esatis", "partenariat"), result.codings().stream().map(CodingRun::codebook).sorted().toList());

    Map<Long, SegmentKind> kinds = new HashMap<>();
    try (StudyStore store = study.openStore()) {
      store.queries().forEachSegment(0, s -> kinds.put(s.id(), s.kind()));
      List<CodingRecord> esatis = store.queries().codings("esatis");
      List<CodingRecord> partenariat = store.queries().codings("partenariat");
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
      segment = store.queries().codings("esatis").get(0).segmentId();
    }
    pipeline.codeByHand(study, "esatis", segment, "esatis/cout", "alice", null, null);
    pipeline.run(study, dir.resolve("reports"));
    try (StudyStore store = study.openStore()) {
      assertTrue(store.queries().codings("esatis").stream()
          .anyMatch(c -> c.segmentId() == segment && c.coder().equals("alice") && c.code().equals("esatis/cout")));
    }
  }
}
