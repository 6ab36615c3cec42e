package fr.parole.pipeline;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Results computed from the counts at one change number of the store, kept until the counts move
 * on: the dashboard asks for the same figures on every visit. Several readers asking for the same
 * result while it is computed wait for that one computation.
 */
final class StampedMemo {
  private final ConcurrentHashMap<String, FutureTask<Object>> results = new ConcurrentHashMap<>();
  private volatile long stamp = -1;

  @SuppressWarnings("unchecked")
  <T> T get(long now, String key, Supplier<T> compute) {
    if (now != stamp) {
      synchronized (this) {
        if (now != stamp) {
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
