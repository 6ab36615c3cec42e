package fr.parole.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Reads on a thread of its own while the caller's thread counts: the rows a reader gives are
 * handed over in batches, in the order read, through a small bounded queue. At a million segments
 * the report's codings take as long to read from SQLite (3,400,000 rows) as to count, one after
 * the other on one core; side by side on two they take the longer of both. The reader is done
 * (finished, failed or stopped) when {@link #stream} returns, so its connection is free again.
 */
final class ReadAhead {
  /** Rows per batch: a queue operation per few thousand rows, not per row. */
  static final int BATCH = 4096;
  /** Batches read ahead at most: a few megabytes of rows, whatever the size of the study. */
  private static final int QUEUED = 8;

  private ReadAhead() {}

  /**
   * Runs {@code reader} (which gives each row it reads to the consumer it is passed) on a new thread
   * and gives every row to {@code counter} on this one, in the same order. A failure of the reader
   * is thrown here once the batches it had filled before are counted (the report fails whole: the
   * rows of its last batch do not matter); a failure of the counter stops the reader.
   */
  static <T> void stream(Consumer<Consumer<T>> reader, Consumer<T> counter) {
    BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED);
    List<T> end = new ArrayList<>(0); // the last batch, told apart by identity
    Throwable[] failure = {null};
    Thread thread = new Thread(() -> {
      try {
        List<List<T>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        reader.accept(row -> {
          batch.get(0).add(row);
          if (batch.get(0).size() == BATCH) {
            put(queue, batch.get(0));
            batch.set(0, new ArrayList<>(BATCH));
          }
        });
        put(queue, batch.get(0));
      } catch (RuntimeException | Error e) {
        failure[0] = e;
      } finally {
        try {
          put(queue, end);
        } catch (CancellationException e) {
          // Stopped by the counter's failure: nobody waits for the end any more.
        }
      }
    }, "parole-report-reading");
    thread.setDaemon(true); // Ctrl-C must not wait for a read under way
    thread.start();
    boolean finished = false;
    try {
      for (List<T> rows = take(queue); rows != end; rows = take(queue)) {
        rows.forEach(counter);
      }
      finished = true;
    } finally {
      if (!finished) {
        thread.interrupt(); // the reader stops at its next batch
      }
      join(thread);
    }
    // Read by this thread after join: the reader's write of the failure happens before it.
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    } else if (failure[0] instanceof Error e) {
      throw e;
    }
  }

  private static <T> void put(BlockingQueue<List<T>> queue, List<T> rows) {
    try {
      queue.put(rows);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("lecture interrompue");
    }
  }

  private static <T> List<T> take(BlockingQueue<List<T>> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("rapport interrompu");
    }
  }

  private static void join(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the reader must be done before its connection is used again
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
