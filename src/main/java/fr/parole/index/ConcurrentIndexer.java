package fr.parole.index;

import fr.parole.study.SegmentRecord;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;

/**
 * Adds segments to the index from several threads: analysing two text fields per segment is most
 * of the indexing time, and an {@link IndexWriter} takes documents from many threads at once.
 * Segments are handed over in batches from the caller's thread (where the store's cursor stays);
 * at most two batches per thread are in flight, so memory stays flat whatever the corpus size.
 * Documents land in the index in no particular order: searches sort on {@link IndexFields#ORDER}.
 */
final class ConcurrentIndexer implements AutoCloseable {
  private static final int BATCH = 256;

  private final IndexWriter writer;
  /** Each thread's own document builder (it caches fields it reuses). */
  private final ThreadLocal<SegmentDocuments> documents;
  private final ExecutorService threads;
  private final Semaphore slots;
  private final int threadCount;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean stopping;
  private List<SegmentRecord> batch = new ArrayList<>(BATCH);

  ConcurrentIndexer(IndexWriter writer, FacetsConfig facets, int threadCount) {
    this.writer = writer;
    this.documents = ThreadLocal.withInitial(() -> new SegmentDocuments(facets));
    AtomicInteger number = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(threadCount, task -> {
      Thread thread = new Thread(task, "parole-index-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.threadCount = threadCount;
    this.slots = new Semaphore(2 * threadCount);
  }

  /** Queues a segment; throws the first failure of an indexing thread, if any. */
  void add(SegmentRecord segment) throws IOException {
    batch.add(segment);
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /**
   * Indexes what is still queued, then writes the documents held in memory to disk on every
   * thread, and waits; throws the first failure, if any. Without it the commit writes them on the
   * caller's thread alone: a third of a 100,000-comment import, with one core idle.
   */
  void finish() throws IOException {
    drain();
    for (int i = 0; i < threadCount; i++) {
      threads.execute(() -> {
        try {
          while (!stopping && failure.get() == null && writer.flushNextBuffer()) {
            // each call writes one thread's in-memory segment
          }
        } catch (IOException | RuntimeException | Error e) {
          failure.compareAndSet(null, e);
        }
      });
    }
    awaitThreads();
    rethrowFailure();
  }

  /** Indexes what is queued and waits until every document handed over is in the writer. */
  void drain() throws IOException {
    if (!batch.isEmpty()) {
      submit();
    }
    int all = 2 * threadCount;
    try {
      slots.acquire(all); // every batch in flight holds a slot until it is done
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("indexation interrompue");
    }
    slots.release(all);
    rethrowFailure();
  }

  private void submit() throws IOException {
    rethrowFailure();
    List<SegmentRecord> work = batch;
    batch = new ArrayList<>(BATCH);
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("indexation interrompue");
    }
    threads.execute(() -> {
      try {
        SegmentDocuments builder = documents.get();
        for (SegmentRecord segment : work) {
          if (stopping || failure.get() != null) {
            return;
          }
          writer.addDocument(builder.document(segment));
        }
      } catch (IOException | RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      } finally {
        slots.release();
      }
    });
  }

  private void rethrowFailure() throws IOException {
    Throwable e = failure.get();
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (e instanceof Error error) {
      throw error;
    }
  }

  private void awaitThreads() throws InterruptedIOException {
    threads.shutdown();
    try {
      threads.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      stopping = true;
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("indexation interrompue");
    }
  }

  /**
   * Stops the threads once their current document is done (after a failure elsewhere, nothing
   * queued is indexed any more) and waits for them, so the writer is never closed or rolled back
   * under them.
   */
  @Override
  public void close() {
    if (threads.isTerminated()) {
      return;
    }
    stopping = true;
    threads.shutdown();
    boolean interrupted = false;
    while (!threads.isTerminated()) {
      try {
        threads.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
