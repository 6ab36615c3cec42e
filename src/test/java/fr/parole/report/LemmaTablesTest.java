package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.LemmaCounts;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lemma tables read ahead are those the store gives when asked, refusals included. */
class LemmaTablesTest {
  @TempDir
  Path dir;

  @Test
  void readAheadOrNotTheTablesAndTheirRefusalsAreTheStores() {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    new Pipeline(Progress.SILENT).importStudy(study);
    try (StudyStore store = study.openStore()) {
      LemmaCounts counts = store.lemmaCounts();
      LemmaTables tables = LemmaTables.readAhead(counts, List.of("establishment", "nulle_part"));
      try {
        assertEquals(counts.byAttribute("establishment"), tables.byAttribute("establishment"));
        assertEquals(counts.byAttribute("role"), tables.byAttribute("role"), "not read ahead: read when asked");
        String refused = assertThrows(StudyException.class, () -> counts.byAttribute("nulle_part")).getMessage();
        assertEquals(refused, assertThrows(StudyException.class, () -> tables.byAttribute("nulle_part")).getMessage());
      } finally {
        tables.finish();
      }
    }
  }
}
