package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceRecord;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study follows its folder: renamed files keep their segments, deleted files leave. */
class ImportServiceFolderChangesTest {
  @TempDir
  Path dir;

  @Test
  void aRenamedFileKeepsItsSegmentsUnderItsNewPath() throws Exception {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    ImportServiceTest.Run first = ImportServiceTest.importStudy(study);
    List<Long> ids = first.from("entretiens/RU1.md").stream().map(SegmentRecord::id).toList();
    Files.move(study.resolve("entretiens/RU1.md"), study.resolve("entretiens/RU1-relu.md"));

    ImportServiceTest.Run second = ImportServiceTest.importStudy(study);
    assertEquals(List.of("entretiens/RU1.md → entretiens/RU1-relu.md"), second.report().renamed());
    assertEquals(List.of(), second.report().removed());
    // Same segments, same ids: nothing attached to them (codings, later) is lost by a rename.
    assertEquals(ids, second.from("entretiens/RU1-relu.md").stream().map(SegmentRecord::id).toList());
    assertEquals(19, second.sources().size());
    assertEquals(first.generation() + 1, second.generation());
  }

  @Test
  void aDeletedFileLeavesTheStudyAndTheIndex() throws Exception {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    Study study = Study.open(folder);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.importStudy(study);
    SearchRequest orion = new SearchRequest("Orion", Map.of(), false, 0, 40);
    assertEquals(1, pipeline.search(study, orion).segments(), "DQ 2 speaks of the Orion method");
    Files.delete(folder.resolve("entretiens/DQ2.md"));

    ImportReport report = pipeline.importStudy(study);
    assertEquals(List.of("entretiens/DQ2.md"), report.removed());
    SearchResult after = pipeline.search(study, orion);
    assertEquals(0, after.segments());
    List<SourceRecord> sources = ImportServiceTest.importStudy(folder).sources();
    assertEquals(18, sources.size());
    assertTrue(sources.stream().noneMatch(s -> s.path().equals("entretiens/DQ2.md")));
  }

  @Test
  void aRenamedFileIsFoundUnderItsNewNameBySearch() throws Exception {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    Study study = Study.open(folder);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.importStudy(study);
    Files.move(folder.resolve("entretiens/DQ2.md"), folder.resolve("entretiens/DQ2-v2.md"));
    pipeline.importStudy(study);
    SearchResult result = pipeline.search(study, new SearchRequest("Orion", Map.of(), false, 0, 40));
    assertEquals("entretiens/DQ2-v2.md", result.lines().get(0).source());
  }
}
