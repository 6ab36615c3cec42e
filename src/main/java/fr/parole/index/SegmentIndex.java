package fr.parole.index;

import fr.parole.Cores;
import fr.parole.Progress;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index under {@code .parole/index/}, derived from the store alone. Each commit records
 * the store generation it reflects: an index that lags behind (a crash between the store's commit
 * and the index's, an old copy) is rebuilt, never trusted.
 */
public final class SegmentIndex {
  private static final int PROGRESS_EVERY = 10_000;

  private final Path dir;
  private final Progress progress;

  public SegmentIndex(Path dir, Progress progress) {
    this.dir = dir;
    this.progress = progress;
  }

  /** The index's commit data, or an empty map when there is no index yet. */
  Map<String, String> commitData() {
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Map.of();
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.getIndexCommit().getUserData();
      }
    } catch (IOException e) {
      return Map.of();
    }
  }

  /** True when the index reflects the store as it is now. */
  public boolean isCurrent(StudyStore store) {
    return String.valueOf(store.generation()).equals(commitData().get(IndexFields.GENERATION));
  }

  /**
   * Brings the index up to the store after one import: drops the replaced sources and adds the new
   * segments. Anything else (no index, a missed import) means a full rebuild.
   */
  public void update(StudyStore store, Collection<Long> replacedSourceIds) {
    Map<String, String> data = commitData();
    long generation = store.generation();
    if (String.valueOf(generation).equals(data.get(IndexFields.GENERATION))) {
      return;
    }
    if (!String.valueOf(generation - 1).equals(data.get(IndexFields.GENERATION))
        || !data.containsKey(IndexFields.MAX_SEGMENT_ID)) {
      rebuild(store);
      return;
    }
    long after = Long.parseLong(data.get(IndexFields.MAX_SEGMENT_ID));
    write(store, IndexWriterConfig.OpenMode.CREATE_OR_APPEND, after, replacedSourceIds);
  }

  /**
   * Starts indexing an import's new segments while the import runs, on the indexing threads, when
   * the index reflects the store as it is before the import; otherwise the returned update does
   * nothing and {@link LiveUpdate#commit} says so (the caller then rebuilds). Closing it without a
   * commit rolls the index back to where it was.
   */
  public LiveUpdate beginLiveUpdate(StudyStore store) {
    // A first import (no segment stored yet) starts a new index; otherwise the index must be current.
    boolean fresh = store.segmentQueries().maxSegmentId() == 0;
    if (!fresh && (!isCurrent(store) || !commitData().containsKey(IndexFields.MAX_SEGMENT_ID))) {
      return new LiveUpdate(null, null, store.generation());
    }
    IndexWriter writer = null;
    try {
      Directory directory = FSDirectory.open(dir);
      writer = new IndexWriter(directory,
          config(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND));
      return new LiveUpdate(writer, new ConcurrentIndexer(writer, IndexFields.facetsConfig(),
          Cores.workers()), store.generation());
    } catch (IOException e) {
      closeQuietly(writer);
      return new LiveUpdate(null, null, store.generation());
    }
  }

  /** An index update that runs alongside an import; see {@link #beginLiveUpdate}. */
  public final class LiveUpdate implements SearchBackend.LiveUpdate {
    private final IndexWriter writer;
    private final ConcurrentIndexer indexer;
    private final long startGeneration;
    private long added;
    private boolean committed;

    private LiveUpdate(IndexWriter writer, ConcurrentIndexer indexer, long startGeneration) {
      this.writer = writer;
      this.indexer = indexer;
      this.startGeneration = startGeneration;
    }

    /** Indexes a segment the import has stored (blocks while the indexing threads are busy). */
    @Override
    public void add(SegmentRecord segment) {
      if (indexer == null) {
        return;
      }
      try {
        indexer.add(segment);
        added++;
      } catch (IOException | RuntimeException e) {
        throw failure(e);
      }
    }

    /**
     * Drops what was indexed of a source the import has just rolled back (a comment export with a
     * bad row further down). Waits for the indexing threads first: a delete only reaches the
     * documents added before it, and the next file's segments may reuse the dropped ids.
     */
    @Override
    public void drop(long sourceId) {
      if (indexer == null) {
        return;
      }
      try {
        indexer.drain();
        writer.deleteDocuments(new Term(IndexFields.SOURCE_ID, String.valueOf(sourceId)));
      } catch (IOException | RuntimeException e) {
        throw failure(e);
      }
    }

    /**
     * After the store's commit: drops the replaced sources, waits for the indexing threads and
     * commits with the store's new generation. False when this update was not running or the store
     * moved in a way it did not follow: the caller must bring the index up to date another way.
     */
    @Override
    public boolean commit(StudyStore store, Collection<Long> replacedSourceIds) {
      long generation = store.generation();
      if (indexer == null || (generation != startGeneration && generation != startGeneration + 1)) {
        return false;
      }
      try {
        for (long sourceId : replacedSourceIds) {
          writer.deleteDocuments(new Term(IndexFields.SOURCE_ID, String.valueOf(sourceId)));
        }
        indexer.finish();
        writer.setLiveCommitData(Map.of(
            IndexFields.GENERATION, String.valueOf(generation),
            IndexFields.MAX_SEGMENT_ID, String.valueOf(store.segmentQueries().maxSegmentId())).entrySet());
        writer.commit();
        committed = true;
        // What the import added to the index (a new file's segments only, not the whole study).
        progress.update("Indexation", added, added);
        return true;
      } catch (IOException | RuntimeException e) {
        throw failure(e);
      }
    }

    private StudyException failure(Exception e) {
      return new StudyException("Écriture de l'index " + dir + " impossible : " + e.getMessage()
          + ". Relancez : parole reindex <étude>", e);
    }

    /** Stops the indexing threads; without a commit, the index stays as it was before the import. */
    @Override
    public void close() {
      if (writer == null) {
        return;
      }
      indexer.close();
      try {
        if (committed) {
          writer.close();
        } else {
          writer.rollback();
        }
        writer.getDirectory().close();
      } catch (IOException e) {
        throw failure(e);
      }
    }
  }

  private static void closeQuietly(IndexWriter writer) {
    if (writer != null) {
      try {
        writer.rollback();
        writer.getDirectory().close();
      } catch (IOException e) {
        // The update falls back to a rebuild, which reports its own errors.
      }
    }
  }

  private static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(IndexFields.analyzer())
        .setOpenMode(mode)
        .setRAMBufferSizeMB(128)
        .setCommitOnClose(false);
  }

  /** Rebuilds the whole index from the store. */
  public void rebuild(StudyStore store) {
    write(store, IndexWriterConfig.OpenMode.CREATE, 0, java.util.List.of());
  }

  /** Rebuilds the index if it does not reflect the store; says so when it does. */
  public void ensureCurrent(StudyStore store) {
    if (!isCurrent(store)) {
      progress.info("L'index de recherche n'est pas à jour : reconstruction depuis le stockage.");
      rebuild(store);
    }
  }

  private void write(StudyStore store, IndexWriterConfig.OpenMode mode, long afterId, Collection<Long> replaced) {
    long generation = store.generation();
    long maxId = store.segmentQueries().maxSegmentId();
    long total = store.queries().summary().segments();
    IndexWriterConfig config = config(mode);
    FacetsConfig facets = IndexFields.facetsConfig();
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      for (long sourceId : replaced) {
        writer.deleteDocuments(new Term(IndexFields.SOURCE_ID, String.valueOf(sourceId)));
      }
      long[] count = {0};
      try (ConcurrentIndexer indexer = new ConcurrentIndexer(writer, facets, Cores.workers())) {
        store.segmentQueries().forEachSegment(afterId, segment -> {
          try {
            indexer.add(segment);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (++count[0] % PROGRESS_EVERY == 0) {
            progress.update("Indexation", count[0], Math.max(total, count[0]));
          }
        });
        indexer.finish();
      }
      writer.setLiveCommitData(Map.of(
          IndexFields.GENERATION, String.valueOf(generation),
          IndexFields.MAX_SEGMENT_ID, String.valueOf(maxId)).entrySet());
      writer.commit();
      progress.update("Indexation", count[0], count[0]);
    } catch (IOException | UncheckedIOException e) {
      throw new StudyException("Écriture de l'index " + dir + " impossible : " + e.getMessage()
          + ". Relancez : parole reindex <étude>", e);
    }
  }
}
