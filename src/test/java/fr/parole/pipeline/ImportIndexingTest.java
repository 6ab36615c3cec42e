package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.importer.ImportReport;
import fr.parole.index.SearchRequest;
import fr.parole.index.SegmentIndex;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is built while an import runs: it must end up exactly as the store, whatever happened. */
class ImportIndexingTest {
  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  private int found(Study study, String query) {
    return pipeline.search(study, new SearchRequest(query, Map.of(), false, 0, 20)).segments();
  }

  private boolean indexCurrent(Study study) {
    try (StudyStore store = study.openStore()) {
      return new SegmentIndex(study.indexDir(), Progress.SILENT).isCurrent(store);
    }
  }

  @Test
  void aFailedFileNeverReachesTheIndexAndReplacedOrRemovedFilesLeaveIt() throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n",
        "entretiens/a.md", "IDE 1 : La formation commune a tout changé.\n",
        "entretiens/b.md", "IDE 2 : Le comité des usagers se réunit chaque mois.\n");
    Files.write(folder.resolve("entretiens/c.docx"), "pas un zip, mais le mot girafe".getBytes());
    Study study = Study.open(folder);
    ImportReport report = pipeline.importStudy(study);
    assertEquals(1, report.failed().size());
    assertTrue(indexCurrent(study));
    assertEquals(1, found(study, "formation"));
    assertEquals(1, found(study, "comité"));
    assertEquals(0, found(study, "girafe"));

    Files.writeString(folder.resolve("entretiens/a.md"), "IDE 1 : La réunion commune a tout changé.\n");
    Files.delete(folder.resolve("entretiens/b.md"));
    Files.delete(folder.resolve("entretiens/c.docx"));
    pipeline.importStudy(study);
    assertTrue(indexCurrent(study));
    assertEquals(0, found(study, "formation"), "the replaced version left the index");
    assertEquals(1, found(study, "réunion"));
    assertEquals(0, found(study, "comité"), "the removed file left the index");

    pipeline.importStudy(study); // nothing changed: still current, same answers
    assertTrue(indexCurrent(study));
    assertEquals(1, found(study, "réunion"));
  }

  @Test
  void aLaggingIndexIsRebuiltRatherThanUpdatedInPlace() throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n",
        "entretiens/a.md", "IDE 1 : La formation commune a tout changé.\n");
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    try (var paths = Files.walk(study.indexDir())) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
    Files.writeString(folder.resolve("entretiens/b.md"), "IDE 2 : Le comité se réunit.\n");
    pipeline.importStudy(study);
    assertTrue(indexCurrent(study));
    assertEquals(1, found(study, "formation"), "segments imported before are back in the rebuilt index");
    assertEquals(1, found(study, "comité"));
  }
}
