package fr.parole.pipeline;

import fr.parole.study.StoreChanges;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Keeps {@link CountedCodings} as current as the store: the atelier's own changes are followed
 * segment by segment; a change from elsewhere ({@code parole code} beside the atelier) makes them
 * count again in the background, and meanwhile readers get the previous counts, marked as behind,
 * once they have waited {@link #PATIENCE_MS} (a small study counts again within it).
 */
final class FreshCounts {
  static final long PATIENCE_MS = 1_500;

  private final Study study;
  private final StoreWatch watch;
  private final Function<StudyStore, CountedCodings> reader;
  private volatile CountedCodings current;
  private FutureTask<CountedCodings> reading;
  private volatile boolean behind;

  FreshCounts(Study study, StoreWatch watch, Function<StudyStore, CountedCodings> reader) {
    this.study = study;
    this.watch = watch;
    this.reader = reader;
  }

  /** The counts, as fresh as the store unless they are being counted again. */
  CountedCodings get() {
    long now = watch.now();
    CountedCodings known = current;
    if (known != null && follow(known, now)) {
      behind = false;
      return known;
    }
    FutureTask<CountedCodings> task = readAgain();
    try {
      CountedCodings read = known == null ? task.get() : task.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
      behind = false;
      return read;
    } catch (TimeoutException e) {
      behind = true;
      return known;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The change number of the counts held now (-1 before the first reading), without reading anything. */
  long held() {
    CountedCodings known = current;
    return known == null ? -1 : known.change();
  }

  /** True when the last counts given are older than the store (they are being counted again). */
  boolean behind() {
    return behind;
  }

  /** Brings {@code known} to change {@code now} when every change since is this process's own. */
  private boolean follow(CountedCodings known, long now) {
    synchronized (known) {
      if (known.change() >= now) {
        return true;
      }
      Optional<List<StoreChanges>> own = watch.ownBetween(known.change(), now);
      if (own.isEmpty()) {
        return false;
      }
      try (StudyStore store = study.openStore()) {
        return known.follow(store, own.get(), now);
      }
    }
  }

  /** The reading under way, or a new one started on its own thread. */
  private synchronized FutureTask<CountedCodings> readAgain() {
    if (reading == null) {
      FutureTask<CountedCodings> task = new FutureTask<>(() -> {
        try (StudyStore store = study.openStore()) {
          CountedCodings read = reader.apply(store);
          synchronized (FreshCounts.this) {
            if (current == null || read.change() >= current.change()) {
              current = read;
            }
          }
          return read;
        } finally {
          synchronized (FreshCounts.this) {
            reading = null;
          }
        }
      });
      reading = task;
      Thread thread = new Thread(task, "parole-comptes");
      thread.setDaemon(true);
      thread.start();
    }
    return reading;
  }
}
