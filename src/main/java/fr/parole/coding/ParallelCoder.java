package fr.parole.coding;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Codes texts on several threads and hands the suggestions (and content lemmas, when the
 * {@link TextCoder} collects them) back in input order on the caller's thread (where the store's
 * transaction lives). Tagging is most of the coding time and a tagger
 * is single-threaded, so each thread gets its own {@link TextCoder}. Texts go out in batches, at
 * most {@value #IN_FLIGHT_PER_THREAD} per thread in flight, so memory stays flat whatever the corpus
 * size; enough that the threads keep coding while the caller reads the next page of segments.
 *
 * @param <T> what is coded (a segment); {@code text} says which text of it
 */
public final class ParallelCoder<T> implements AutoCloseable {
  private static final int BATCH = 128;
  private static final int IN_FLIGHT_PER_THREAD = 8;

  private final ExecutorService threads;
  private final ThreadLocal<TextCoder> coders;
  private final Function<T, String> text;
  private final BiConsumer<T, TextCoder.CodedText> results;
  private final int maxInFlight;
  private final Deque<Future<List<TextCoder.CodedText>>> inFlight = new ArrayDeque<>();
  private final Deque<List<T>> inFlightItems = new ArrayDeque<>();
  private List<T> batch = new ArrayList<>(BATCH);

  public ParallelCoder(int threadCount, Supplier<TextCoder> coder, Function<T, String> text,
      BiConsumer<T, TextCoder.CodedText> results) {
    AtomicInteger number = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(threadCount, task -> {
      Thread thread = new Thread(task, "parole-code-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.coders = ThreadLocal.withInitial(coder);
    this.text = text;
    this.results = results;
    this.maxInFlight = IN_FLIGHT_PER_THREAD * threadCount;
  }

  public void add(T item) {
    batch.add(item);
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /** Codes what is still queued and delivers every result. */
  public void finish() {
    if (!batch.isEmpty()) {
      submit();
    }
    while (!inFlight.isEmpty()) {
      deliverOldest();
    }
  }

  private void submit() {
    List<T> work = batch;
    batch = new ArrayList<>(BATCH);
    inFlightItems.add(work);
    inFlight.add(threads.submit(() -> {
      TextCoder coder = coders.get();
      List<TextCoder.CodedText> coded = new ArrayList<>(work.size());
      for (T item : work) {
        coded.add(coder.code(text.apply(item)));
      }
      return coded;
    }));
    if (inFlight.size() >= maxInFlight) {
      deliverOldest();
    }
  }

  private void deliverOldest() {
    List<T> items = inFlightItems.poll();
    List<TextCoder.CodedText> coded;
    try {
      coded = inFlight.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CodingInterruptedException();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
    for (int i = 0; i < items.size(); i++) {
      results.accept(items.get(i), coded.get(i));
    }
  }

  /** Stops the threads; what they were coding is dropped (the transaction is rolled back). */
  @Override
  public void close() {
    threads.shutdownNow();
  }

  /** The coding run was interrupted (Ctrl-C): the caller's transaction rolls back. */
  static final class CodingInterruptedException extends RuntimeException {
    CodingInterruptedException() {
      super("codage interrompu");
    }
  }
}
