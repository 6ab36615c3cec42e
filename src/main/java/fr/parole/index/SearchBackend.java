package fr.parole.index;

import fr.parole.study.SegmentRecord;
import fr.parole.study.StudyStore;
import java.util.Collection;

/**
 * Where a study's segments are indexed and searched: the local Lucene index, or a SolrCloud
 * collection (module parole-solr). Both are derived from the store alone and record the store
 * generation they reflect, so that one behind the store is rebuilt, never trusted; both read
 * queries with {@link SearchQuery} and answer with the same counts, facets and concordance lines.
 */
public interface SearchBackend extends AutoCloseable {
  /** True when the index reflects the store as it is now. */
  boolean isCurrent(StudyStore store);

  /**
   * Starts indexing an import's new segments while the import runs, when the backend can roll them
   * back if the import fails; otherwise the update does nothing and its commit returns false.
   */
  LiveUpdate beginLiveUpdate(StudyStore store);

  /** Brings the index up to the store after one import (the replaced sources dropped), or rebuilds it. */
  void update(StudyStore store, Collection<Long> replacedSourceIds);

  /** Rebuilds the whole index from the store. */
  void rebuild(StudyStore store);

  /** Rebuilds the index if it does not reflect the store. */
  void ensureCurrent(StudyStore store);

  SearchResult search(SearchRequest request);

  @Override
  void close();

  /** An index update that runs alongside an import; see {@link #beginLiveUpdate}. */
  interface LiveUpdate extends AutoCloseable {
    void add(SegmentRecord segment);

    /** Drops what was indexed of a source the import has just rolled back. */
    void drop(long sourceId);

    /** After the store's commit: false when the caller must bring the index up to date another way. */
    boolean commit(StudyStore store, Collection<Long> replacedSourceIds);

    /** Without a commit, the index stays as it was before the import. */
    @Override
    void close();
  }

  /** An update that indexes nothing: the caller updates the index after the store's commit. */
  LiveUpdate NONE = new LiveUpdate() {
    @Override
    public void add(SegmentRecord segment) {}

    @Override
    public void drop(long sourceId) {}

    @Override
    public boolean commit(StudyStore store, Collection<Long> replacedSourceIds) {
      return false;
    }

    @Override
    public void close() {}
  };
}
