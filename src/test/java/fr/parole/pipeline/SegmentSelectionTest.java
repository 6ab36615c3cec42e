package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.study.Study;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The segments a selection names, taken out of {@link StudyExplorer}: the same pages through the
 * explorer and through {@link SegmentSelection} on its counts, a co-occurrence within its code's
 * segments, a codebook or code the study has not an empty answer (not an error).
 */
class SegmentSelectionTest {
  @Test
  void aSelectionGivesTheSameSegmentsThroughTheExplorerAndItsOwnClass(@TempDir Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    StudyExplorer explorer = new StudyExplorer(study);
    SegmentSelection selection = new SegmentSelection(study, explorer::codebook);
    StudyExplorer.Selection levier = new StudyExplorer.Selection("partenariat", "type/levier", false, false, Map.of());
    StudyExplorer.SegmentPage page = explorer.segments(levier, 1, 5).orElseThrow();
    assertTrue(page.total() > 0, "the demo has quotes coded « levier »");
    assertEquals(page, selection.page(explorer.counted(), levier, 1, 5).orElseThrow());
    assertEquals(page.pages(), explorer.segments(levier, 10_000, 5).orElseThrow().page(), "a page past the last: the last");
    StudyExplorer.Selection both = new StudyExplorer.Selection("partenariat", "type/levier", false, false, Map.of(),
        "type/levier");
    assertEquals(page.total(), explorer.segments(both, 1, 5).orElseThrow().total(), "a code co-occurs with itself");
    assertTrue(explorer.segments(new StudyExplorer.Selection("partenariat", "type/levier", false, false, Map.of(),
        "type/rien"), 1, 5).isEmpty(), "an unknown code to co-occur with");
    assertTrue(explorer.segments(new StudyExplorer.Selection("aucun", null, false, false, Map.of()), 1, 5).isEmpty());
    assertTrue(explorer.segments(new StudyExplorer.Selection("partenariat", "type/rien", false, false, Map.of()), 1, 5)
        .isEmpty());
    long all = explorer.segments(new StudyExplorer.Selection(null, null, false, false, Map.of()), 1, 5).orElseThrow()
        .total();
    assertTrue(all >= page.total(), "every participant's segment");
  }
}
