package fr.parole.study;

/**
 * Told of the write transactions a process makes through one {@link Study} (the atelier's own
 * writes), so that what it computed from the store can follow them rather than count again. Every
 * committed transaction, from any process, moves the store's change number on by one
 * ({@link StudyStore#changeNumber()}); a number this listener was not told of came from elsewhere.
 */
public interface StoreListener {
  /** A write transaction starts (its commit, if any, is told before {@link #ended}). */
  void begun();

  /** The transaction committed as change {@code change}, with what it changed. */
  void committed(long change, StoreChanges changes);

  /** The transaction ended, committed or not. */
  void ended();

  StoreListener NONE = new StoreListener() {
    @Override
    public void begun() {}

    @Override
    public void committed(long change, StoreChanges changes) {}

    @Override
    public void ended() {}
  };
}
