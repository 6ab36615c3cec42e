package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.coding.ReviewDecision;
import fr.parole.study.PendingSuggestion;
import fr.parole.study.StoreQueries;
import fr.parole.study.Study;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review queue's counts, carried over its own decisions, are the counts the store gives afresh. */
class ReviewQueueTest {
  @Test
  void countsCarriedOverADecisionEqualCountsTakenAfresh(@TempDir Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    Codebook esatis = Pipeline.codebook(study, "esatis");
    StoreQueries.PendingFilter any = new StoreQueries.PendingFilter("", "", 0, 1);
    ReviewQueue queue = new ReviewQueue();
    long before = queue.count(study, esatis, any);
    int decided = queue.progress(study, "esatis").decided();
    PendingSuggestion first = queue.next(study, esatis, any, -1).orElseThrow();
    PendingSuggestion second = queue.next(study, esatis, any, first.codingId()).orElseThrow();
    assertNotEquals(first.codingId(), second.codingId(), "the next one after a skipped suggestion");

    assertEquals(ReviewQueue.Status.RECORDED, queue.decide(study, esatis, first.codingId(), ReviewDecision.Kind.ACCEPT,
        null, "alice").status());
    ReviewQueue fresh = new ReviewQueue();
    assertEquals(before - 1, queue.count(study, esatis, any));
    assertEquals(fresh.count(study, esatis, any), queue.count(study, esatis, any));
    assertEquals(decided + 1, queue.progress(study, "esatis").decided());
    assertEquals(fresh.progress(study, "esatis"), queue.progress(study, "esatis"));
    assertEquals(second.codingId(), queue.next(study, esatis, any, -1).orElseThrow().codingId(),
        "the decided suggestion has left the queue");
  }
}
