package fr.parole.report;

import fr.parole.study.LemmaCounts;
import fr.parole.study.LemmaCounts.LemmaTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The lemma counts of the attributes the report's own sections cut by (« Par établissement »,
 * « Par niveau »), read on a second thread from the start of the report: at a million segments
 * each takes half a second to a second of SQLite (the values' sums, the coverage's scan of the
 * segments) that the corpus counts, read meanwhile, leave the second core free for. Any other
 * attribute is read when asked. The tables are the same as {@link LemmaCounts#byAttribute} gives,
 * failures included.
 */
final class LemmaTables {
  private final LemmaCounts counts;
  private final Map<String, CompletableFuture<LemmaTable>> early = new LinkedHashMap<>();

  private LemmaTables(LemmaCounts counts) {
    this.counts = counts;
  }

  /** Starts reading the tables of {@code attributes}, one after the other on one thread. */
  static LemmaTables readAhead(LemmaCounts counts, List<String> attributes) {
    LemmaTables tables = new LemmaTables(counts);
    attributes.forEach(a -> tables.early.put(a, new CompletableFuture<>()));
    if (!attributes.isEmpty()) {
      Thread thread = new Thread(() -> tables.early.forEach((attribute, table) -> {
        try {
          table.complete(counts.byAttribute(attribute));
        } catch (RuntimeException | Error e) {
          table.completeExceptionally(e); // thrown where the table is asked for, as before
        }
      }), "parole-report-lemmas");
      thread.setDaemon(true);
      thread.start();
    }
    return tables;
  }

  /** The lemma counts per value of {@code attribute}, as {@link LemmaCounts#byAttribute} (and its exceptions). */
  LemmaTable byAttribute(String attribute) {
    CompletableFuture<LemmaTable> table = early.get(attribute);
    if (table == null) {
      return counts.byAttribute(attribute);
    }
    try {
      return table.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** Waits until every table read ahead is read: the store must not be closed under the thread. */
  void finish() {
    early.values().forEach(table -> table.handle((t, e) -> null).join());
  }
}
