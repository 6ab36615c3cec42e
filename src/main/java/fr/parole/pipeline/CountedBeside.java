package fr.parole.pipeline;

import fr.parole.study.CodeCount;
import fr.parole.study.StudyStore;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A coding run whose after-work goes on beside the next stage, on a thread of its own with its own
 * connection: copying the store's write-ahead log into its file (the coding's connection left it,
 * {@link StudyStore#leaveCheckpoints()}), then counting the codings by code for the summary. Both
 * only read what the coding committed; the report, which reads it too, does not wait for them.
 * Closing waits for the thread: nothing is left reading the study after the command.
 */
final class CountedBeside implements AutoCloseable {
  private final CodingStage.Coded coded;
  private final FutureTask<List<CodeCount>> counts;
  private final Thread thread;

  /** Starts the work on {@code reader}, which it closes. */
  CountedBeside(CodingStage.Coded coded, StudyStore reader) {
    this.coded = coded;
    this.counts = new FutureTask<>(() -> {
      try (reader) {
        reader.checkpoint();
        return reader.codingQueries().codeCounts();
      }
    });
    this.thread = new Thread(counts, "parole-comptes-des-codages");
    thread.setDaemon(true); // a command stopped meanwhile stops it: it only reads and copies
    thread.start();
  }

  /** The coding runs with their counts, once counted. */
  List<CodingRun> runs() {
    try {
      return coded.with(counts.get());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      // Ctrl-C: the codings are committed, only the summary is lost.
      throw new IllegalStateException("décompte des codages interrompu", e);
    }
  }

  @Override
  public void close() {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
