package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.coding.ReviewDecision;
import fr.parole.study.PendingSuggestion;
import fr.parole.study.PendingFilter;
import fr.parole.study.Study;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer's counts follow the atelier's own writes segment by segment (no foreign change seen,
 * nothing counted again) and count again after a write from elsewhere; either way they equal the
 * counts of an explorer reading the store afresh.
 */
class StudyExplorerChangesTest {
  @Test
  void ownDecisionsAreFollowedAndForeignOnesCountedAgain(@TempDir Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    StudyExplorer explorer = new StudyExplorer(study);
    Study observed = explorer.observed();
    Codebook esatis = Pipeline.codebook(study, "esatis");
    PendingFilter any = new PendingFilter("", "", 0, 1);
    long checked = checked(explorer);
    long change = explorer.freshness().change();

    ReviewQueue queue = new ReviewQueue(explorer.watch());
    PendingSuggestion first = queue.next(observed, esatis, any, -1).orElseThrow();
    assertEquals(ReviewQueue.Status.RECORDED, queue.decide(observed, esatis, first.codingId(),
        ReviewDecision.Kind.ACCEPT, null, "alice").status());
    assertEquals(checked(new StudyExplorer(Study.open(study.folder()))), checked(explorer));
    assertTrue(checked(explorer) >= checked, "an accepted suggestion is checked by a person");
    assertEquals(change + 1, explorer.freshness().change(), "followed to the new change");
    assertEquals(0, explorer.watch().lastForeign(), "the atelier's own write is not a change from elsewhere");
    assertFalse(explorer.changedSince(change));

    PendingSuggestion second = queue.next(observed, esatis, any, -1).orElseThrow();
    Study elsewhere = Study.open(study.folder());
    new ReviewQueue(new StoreWatch(elsewhere)).decide(elsewhere, esatis, second.codingId(), ReviewDecision.Kind.ACCEPT,
        null, "bob");
    assertEquals(new StudyExplorer(Study.open(study.folder())).overview(), explorer.overview(),
        "counted again after a write from elsewhere");
    assertTrue(explorer.changedSince(change + 1), "a page made before says the data changed underneath it");
  }

  private static long checked(StudyExplorer explorer) {
    return explorer.overview().codebooks().stream().filter(b -> b.id().equals("esatis")).findFirst().orElseThrow()
        .checked();
  }
}
