package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.ManualCoding;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's codings are never lost by an import: a file changed since it was coded is not
 * re-imported over them, a file removed from the folder stays in the study while they exist, and
 * each case is said, naming the file.
 */
class HumanCodingsSurviveImportTest {
  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  @Test
  void aChangedOrRemovedFileKeepsItsPeoplesCodings(@TempDir Path dir) throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n", "entretiens/a.md",
        "**IDE 1** : Le patient partenaire co-anime les ateliers.\n\n**IDE 1** : Nous manquons de temps.\n");
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    try (StudyStore store = study.openStore()) {
      SegmentRecord turn = store.documentQueries().segmentsOf(1, 0, 10).stream()
          .filter(s -> s.kind() == SegmentKind.TURN).findFirst().orElseThrow();
      new ManualCoding(Pipeline.codebook(study, "partenariat")).code(store, turn.id(), "type/levier", "alice", null, null);
    }
    assertEquals(1, humanCodings(study));

    Files.writeString(folder.resolve("entretiens/a.md"), "**IDE 1** : Un tout autre texte.\n");
    ImportReport changed = pipeline.importStudy(study);
    assertEquals(1, changed.failed().size(), changed.toString());
    assertTrue(changed.failed().get(0).reason().startsWith("entretiens/a.md : le fichier a changé")
        && changed.failed().get(0).reason().contains("1 décision(s) de codage humaines"), changed.toString());
    assertEquals(1, humanCodings(study), "the coding stays");

    Files.delete(folder.resolve("entretiens/a.md"));
    ImportReport removed = pipeline.importStudy(study);
    assertTrue(removed.failed().stream().anyMatch(f -> f.reason().contains("gardé dans l'étude")), removed.toString());
    assertTrue(removed.removed().isEmpty(), removed.toString());
    assertEquals(1, humanCodings(study), "the coding stays");
  }

  private static int humanCodings(Study study) {
    try (StudyStore store = study.openStore()) {
      return (int) store.documentQueries().codingsOf(1, 0, Long.MAX_VALUE).stream()
          .filter(c -> "human".equals(c.origin())).count();
    }
  }
}
