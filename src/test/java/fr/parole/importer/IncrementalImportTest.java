package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.index.SegmentIndex;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second import of a study with one more file (the next month's comments) stores and indexes
 * that file's segments only: the index is brought forward, not rebuilt.
 */
class IncrementalImportTest {
  private static final String YAML = "sources:\n  - path: verbatims/\n    type: verbatims\n"
      + "attributes: [establishment, polarity, service]\n";

  @TempDir
  Path dir;

  /** The counts the index reported as "Indexation" updates (each done, in order). */
  private static final class Indexed implements Progress {
    final List<Long> counts = new ArrayList<>();

    @Override
    public void update(String task, long done, long total) {
      if (task.equals("Indexation")) {
        counts.add(done);
      }
    }

    @Override
    public void info(String message) { }

    @Override
    public void warn(String message) { }
  }

  private static String export(int rows, String word) {
    StringBuilder csv = new StringBuilder("Date de réponse;Établissement;Service;Enquête;Points positifs;Points à améliorer\r\n");
    for (int row = 0; row < rows; row++) {
      csv.append(String.format("%02d/%02d/2024;CH%d;Cardiologie;+48h MCO;\"Accueil %s numéro %d.\";\"\"\r\n",
          1 + row % 28, 1 + row % 12, row % 3, word, row));
    }
    return csv.toString();
  }

  private static SearchResult search(Path study, String query) {
    return new Pipeline(Progress.SILENT).search(Study.open(study), new SearchRequest(query, Map.of(), false, 5, 20));
  }

  @Test
  void aSecondImportWithOneMoreFileIndexesOnlyThatFilesSegments() throws Exception {
    Path study = TestStudies.write(dir.resolve("etude"), YAML, "verbatims/2024-01.csv", export(3_000, "janvier"),
        "verbatims/2024-02.csv", export(2_500, "février"));
    Indexed first = new Indexed();
    assertEquals(5_500, new Pipeline(first).importStudy(Study.open(study)).segments());
    assertEquals(List.of(5_500L), first.counts);

    Files.writeString(study.resolve("verbatims/2024-03.csv"), export(1_200, "mars"), StandardCharsets.UTF_8);
    Indexed second = new Indexed();
    ImportReport report = new Pipeline(second).importStudy(Study.open(study));

    assertEquals(1_200, report.segments());
    assertEquals(2, report.unchanged().size());
    // One update of the index, with the new file's segments alone: a rebuild would count all 6,700.
    assertEquals(List.of(1_200L), second.counts);
    try (StudyStore store = Study.open(study).openStore()) {
      assertTrue(new SegmentIndex(Study.open(study).indexDir(), Progress.SILENT).isCurrent(store));
    }
    assertEquals(6_700, search(study, "accueil").segments());
    assertEquals(1_200, search(study, "mars").segments());
    assertEquals(3_000, search(study, "janvier").segments());
  }

  @Test
  void anImportThatChangesNothingIndexesNothing() {
    Path study = TestStudies.write(dir.resolve("etude"), YAML, "verbatims/2024-01.csv", export(1_000, "janvier"));
    new Pipeline(Progress.SILENT).importStudy(Study.open(study));

    Indexed again = new Indexed();
    ImportReport report = new Pipeline(again).importStudy(Study.open(study));

    assertEquals(0, report.segments());
    assertEquals(List.of(0L), again.counts);
    assertEquals(1_000, search(study, "janvier").segments());
  }
}
