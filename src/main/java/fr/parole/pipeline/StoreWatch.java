package fr.parole.pipeline;

import fr.parole.study.StoreChanges;
import fr.parole.study.StoreListener;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Which of the store's changes this process made (the atelier's writes, told by its
 * {@link Study#observed observed} study) and which came from elsewhere ({@code parole code} beside
 * it, another atelier): what a reader computed at one change number can follow this process's own
 * changes, and must count again after another's.
 */
public final class StoreWatch implements StoreListener {
  /** Own changes remembered; a reader further behind than this counts again. */
  static final int REMEMBERED = 10_000;
  /** How long a reader waits for this process's writes in flight before calling a change foreign. */
  static final long PATIENCE_MS = 2_000;

  private final Study study;
  private final NavigableMap<Long, StoreChanges> own = new TreeMap<>();
  private int writing;
  private long foreign;

  public StoreWatch(Study study) {
    this.study = study;
  }

  /** The study whose writes this watch is told of: the one the atelier writes through. */
  public Study observed() {
    return study.observed(this);
  }

  @Override
  public synchronized void begun() {
    writing++;
  }

  @Override
  public synchronized void committed(long change, StoreChanges changes) {
    own.put(change, changes);
    while (own.size() > REMEMBERED) {
      own.pollFirstEntry();
    }
    notifyAll();
  }

  @Override
  public synchronized void ended() {
    writing--;
    notifyAll();
  }

  /** The store's change number now. */
  public long now() {
    try (StudyStore store = study.openStore()) {
      return store.changeNumber();
    }
  }

  /**
   * The changes after {@code from} up to {@code to} when this process made every one of them (in
   * order); empty when one came from elsewhere (or is too old to be remembered). A change committed
   * but not yet told (a write of this process finishing) is waited for, a little.
   */
  public synchronized Optional<List<StoreChanges>> ownBetween(long from, long to) {
    long deadline = System.currentTimeMillis() + PATIENCE_MS;
    while (true) {
      if (to < from) {
        return foreign(to);
      }
      List<StoreChanges> changes = new ArrayList<>();
      for (long c = from + 1; c <= to && own.containsKey(c); c++) {
        changes.add(own.get(c));
      }
      if (changes.size() == to - from) {
        return Optional.of(changes);
      }
      long left = deadline - System.currentTimeMillis();
      if (writing == 0 || left <= 0) {
        return foreign(to);
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return foreign(to);
      }
    }
  }

  private Optional<List<StoreChanges>> foreign(long to) {
    foreign = Math.max(foreign, to);
    return Optional.empty();
  }

  /** The latest change number known to come from elsewhere (0: none seen). */
  public synchronized long lastForeign() {
    return foreign;
  }
}
