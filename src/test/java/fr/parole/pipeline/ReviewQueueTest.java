package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.coding.ReviewDecision;
import fr.parole.coding.Shard;
import fr.parole.study.PendingSuggestion;
import fr.parole.study.PendingFilter;
import fr.parole.study.Study;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review queue's counts, carried over its own decisions, are the counts the store gives afresh;
 * a decision made elsewhere (another process: {@code parole review}) is counted, not carried over.
 */
class ReviewQueueTest {
  @Test
  void countsCarriedOverADecisionEqualCountsTakenAfresh(@TempDir Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    Codebook esatis = Pipeline.codebook(study, "esatis");
    PendingFilter any = new PendingFilter("", "", 0, 1);
    StoreWatch watch = new StoreWatch(study);
    ReviewQueue queue = new ReviewQueue(watch);
    study = watch.observed();
    long before = queue.count(study, esatis, any);
    int decided = queue.progress(study, "esatis").decided();
    PendingSuggestion first = queue.next(study, esatis, any, -1).orElseThrow();
    PendingSuggestion second = queue.next(study, esatis, any, first.codingId()).orElseThrow();
    assertNotEquals(first.codingId(), second.codingId(), "the next one after a skipped suggestion");

    assertEquals(ReviewQueue.Status.RECORDED, queue.decide(study, esatis, first.codingId(), ReviewDecision.Kind.ACCEPT,
        null, "alice").status());
    ReviewQueue fresh = new ReviewQueue(new StoreWatch(study));
    assertEquals(before - 1, queue.count(study, esatis, any));
    assertEquals(fresh.count(study, esatis, any), queue.count(study, esatis, any));
    assertEquals(decided + 1, queue.progress(study, "esatis").decided());
    assertEquals(fresh.progress(study, "esatis"), queue.progress(study, "esatis"));
    assertEquals(second.codingId(), queue.next(study, esatis, any, -1).orElseThrow().codingId(),
        "the decided suggestion has left the queue");

    Study elsewhere = Study.open(study.folder());
    assertEquals(ReviewQueue.Status.RECORDED, new ReviewQueue(new StoreWatch(elsewhere)).decide(elsewhere, esatis,
        second.codingId(), ReviewDecision.Kind.REJECT, null, "bob").status());
    assertEquals(before - 2, queue.count(study, esatis, any), "a decision from elsewhere is counted");
    assertEquals(decided + 2, queue.progress(study, "esatis").decided());

    PendingSuggestion shown = queue.next(study, esatis, any, -1).orElseThrow();
    // A coding run of every source (--tout) replaces the pending suggestions.
    new Pipeline(Progress.SILENT).codeBySource(elsewhere, true, Shard.ALL);
    assertEquals(ReviewQueue.Status.REPLACED, queue.decide(study, esatis, shown.codingId(), ReviewDecision.Kind.ACCEPT,
        null, "alice").status(), "a suggestion replaced while it was read");
    assertEquals(ReviewQueue.Status.UNKNOWN, queue.decide(study, esatis, Long.MAX_VALUE, ReviewDecision.Kind.ACCEPT,
        null, "alice").status(), "a suggestion that never was");
  }

  @Test
  void aReviewDecisionIsUndoneAndRedoneLikeAnyCodingAction(@TempDir Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    Codebook esatis = Pipeline.codebook(study, "esatis");
    PendingFilter any = new PendingFilter("", "", 0, 1);
    ReviewQueue queue = new ReviewQueue(new StoreWatch(study));
    long before = queue.count(study, esatis, any);
    PendingSuggestion first = queue.next(study, esatis, any, -1).orElseThrow();
    String other = esatis.codes().stream().filter(c -> c.dimension().equals(first.code().substring(0,
        first.code().indexOf('/'))) && !c.path().equals(first.code())).findFirst().orElseThrow().path();
    assertEquals(ReviewQueue.Status.RECORDED, queue.decide(study, esatis, first.codingId(), ReviewDecision.Kind.RECODE,
        other, "alice").status());
    CodingHistory history = new CodingHistory();
    assertTrue(history.available(study, "alice").undo().orElseThrow().startsWith("recodage de « "),
        "the undo button names the decision");
    ReviewQueue.Next page = queue.next(study, esatis, any, -1, ReviewQueue.Order.USEFUL, "alice");
    assertEquals(history.available(study, "alice").undo(), page.undo(),
        "the review page's one read gives the same « Annuler » as the undo journal");
    assertEquals(queue.next(study, esatis, any, -1, ReviewQueue.Order.USEFUL), page.suggestion());
    assertEquals(queue.next(study, esatis, any, -1), queue.next(study, esatis, any, -1, ReviewQueue.Order.CORPUS, "bruno")
        .suggestion());
    assertTrue(queue.next(study, esatis, any, -1, ReviewQueue.Order.CORPUS, "bruno").undo().isEmpty(),
        "nothing to undo for someone who did nothing");
    // Recoding decides two suggestions when the new code was suggested too: counted, not assumed.
    long decided = new ReviewQueue(new StoreWatch(study)).count(study, esatis, any);
    assertTrue(decided < before);
    CodingHistory.Outcome undone = history.undo(study, "alice");
    assertEquals(CodingHistory.Status.DONE, undone.status(), undone.message());
    assertEquals(before, new ReviewQueue(new StoreWatch(study)).count(study, esatis, any),
        "the suggestion is to review again, the recoding gone");
    assertEquals(CodingHistory.Status.DONE, history.redo(study, "alice").status());
    assertEquals(decided, new ReviewQueue(new StoreWatch(study)).count(study, esatis, any));
    assertEquals(ReviewQueue.Status.ALREADY_DECIDED, queue.decide(study, esatis, first.codingId(),
        ReviewDecision.Kind.ACCEPT, null, "bruno").status(), "redone: decided again, by alice");
  }
}
