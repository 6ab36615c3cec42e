package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentIndexTest {
  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  private int hits(Study study, String query) {
    return pipeline.search(study, new SearchRequest(query, Map.of(), false, 0, 40)).segments();
  }

  @Test
  void reindexRebuildsFromTheStoreAlone() throws IOException {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    int before = hits(study, "patient*");
    assertTrue(before > 5, "the demo corpus speaks of patients often: " + before);
    deleteTree(study.indexDir());
    pipeline.reindex(study);
    assertEquals(before, hits(study, "patient*"));
  }

  @Test
  void aStaleIndexIsRebuiltBeforeSearching() throws IOException {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    int before = hits(study, "formation");
    // As after a crash between the store's commit and the index's: the index lags behind.
    deleteTree(study.indexDir());
    try (StudyStore store = study.openStore()) {
      assertFalse(new SegmentIndex(study.indexDir(), Progress.SILENT).isCurrent(store));
    }
    assertEquals(before, hits(study, "formation"));
    try (StudyStore store = study.openStore()) {
      assertTrue(new SegmentIndex(study.indexDir(), Progress.SILENT).isCurrent(store));
    }
  }

  @Test
  void reimportingAChangedFileReplacesItsSegmentsInTheIndex() throws IOException {
    Path folder = TestStudies.write(dir.resolve("s"), SegmentSearcherTest.YAML,
        "entretiens/a.md", "IDE 3 : Le partenariat avance.\n");
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    assertEquals(1, hits(study, "partenariat"));
    Files.writeString(folder.resolve("entretiens/a.md"), "IDE 3 : La formation commune aide.\n");
    pipeline.importStudy(study);
    assertEquals(0, hits(study, "partenariat"));
    assertEquals(1, hits(study, "formation"));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
