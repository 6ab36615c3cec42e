package fr.parole.coding;

import fr.parole.study.LemmaValueWriter;
import fr.parole.study.SourceRecord;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A coding run on the whole study, written as it is coded: one transaction takes the store's write
 * lock first, then every codebook's sources are tagged on the worker threads while this thread
 * writes each suggestion as it comes. At a million comments the writing (millions of rows) then
 * takes the time the tagging leaves on the cores, instead of following it on one core while the
 * other waits. The lock is held for the whole run (another command waits, then says so); a crash
 * or Ctrl-C rolls everything back. Shards spool instead ({@link CodingService}), so that they can
 * tag at the same time.
 */
final class WrittenAsCoded {
  /**
   * Indexes built once at the commit, not row by row, when the store holds fewer codings than the
   * study has segments (see {@code DeferredIndexes}): at a million comments they took 14 s of the
   * write, and building them takes 6. Never {@code codings_decided}: the reads of people's decisions
   * name it ({@code INDEXED BY}) and would fail without it.
   */
  private static final String[] BULK_INDEXES = {"codings_by_code", "lemma_values_by_name"};

  private final CodingService service;

  WrittenAsCoded(CodingService service) {
    this.service = service;
  }

  List<CodingService.Result> code(StudyStore store, List<CodingService.Plan> plans, CodingService.Options options) {
    return service.inOneTransaction(store, tx -> {
      tx.lockForWriting(); // nothing read below changes before the commit: no source is replaced meanwhile
      List<SourceRecord> sources = store.queries().sources();
      if (store.codingQueries().codingCount() < sources.stream().mapToLong(SourceRecord::segments).sum()) {
        // A first run, mostly: its rows would go one by one into the middle of these two indexes.
        tx.buildIndexesAtCommit(BULK_INDEXES);
      }
      LemmaTally lemmas = new LemmaTally(options.countedAttributes());
      List<CodingService.Result> results = new ArrayList<>();
      Set<Long> kept = new TreeSet<>();
      // A path that tags nothing has no lemmas: the counts of the last run that did stay.
      try (LemmaValueWriter writer = service.tags() ? tx.lemmaValues() : null) {
        for (CodingService.Plan plan : plans) {
          CodingService.Selection selection = service.select(store, plan, sources, options);
          PlanWrite write = new PlanWrite(tx, plan, service.machineCoder(), options.all(), selection.todo(),
              selection.dropped());
          // Each source's lemma rows are written once its segments are counted, while the next is tagged.
          Map<Long, Integer> coded = service.tag(store, plan, selection, lemmas,
              (sourceId, segmentId, suggestion) -> write.add(segmentId, suggestion),
              writer == null ? sourceId -> { } : sourceId -> lemmas.writeSource(writer, sourceId));
          results.add(write.finish(coded.keySet(), coded.values().stream().mapToInt(Integer::intValue).sum()));
          kept.addAll(selection.kept());
        }
        if (writer != null) {
          CodingService.writeLemmas(writer, lemmas, Set.of(), kept);
        }
      }
      Map<String, Integer> retired = service.retire(tx, store, options.retired());
      tx.commit();
      service.sayRetired(retired);
      return results;
    });
  }
}
