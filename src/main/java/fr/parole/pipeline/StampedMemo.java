package fr.parole.pipeline;

import fr.parole.study.Study;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Results computed from the store, kept until the store changes ({@link Study#dataStamp()}): the
 * atelier's counts over a large study take seconds to compute and are read by every page. Several
 * readers asking for the same result while it is computed wait for that one computation.
 */
final class StampedMemo {
  private final Study study;
  private final ConcurrentHashMap<String, FutureTask<Object>> results = new ConcurrentHashMap<>();
  private volatile String stamp = "";

  StampedMemo(Study study) {
    this.study = study;
  }

  @SuppressWarnings("unchecked")
  <T> T get(String key, Supplier<T> compute) {
    String now = study.dataStamp();
    if (!now.equals(stamp)) {
      synchronized (this) {
        if (!now.equals(stamp)) {
          results.clear();
          stamp = now;
        }
      }
    }
    FutureTask<Object> task = new FutureTask<>(compute::get);
    FutureTask<Object> running = results.putIfAbsent(key, task);
    if (running == null) {
      running = task;
      task.run();
    }
    try {
      return (T) running.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      results.remove(key, running);
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
