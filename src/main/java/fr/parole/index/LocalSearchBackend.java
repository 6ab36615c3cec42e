package fr.parole.index;

import fr.parole.Progress;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** The local Lucene index under {@code .parole/index/}: {@link SegmentIndex} writes it, {@link SegmentSearcher} reads it. */
public final class LocalSearchBackend implements SearchBackend {
  private final Path dir;
  private final List<String> preferredAttributes;
  private final SegmentIndex index;

  public LocalSearchBackend(Path dir, List<String> preferredAttributes, Progress progress) {
    this.dir = dir;
    this.preferredAttributes = List.copyOf(preferredAttributes);
    this.index = new SegmentIndex(dir, progress);
  }

  @Override
  public boolean isCurrent(StudyStore store) {
    return index.isCurrent(store);
  }

  @Override
  public LiveUpdate beginLiveUpdate(StudyStore store) {
    return index.beginLiveUpdate(store);
  }

  @Override
  public void update(StudyStore store, Collection<Long> replacedSourceIds) {
    index.update(store, replacedSourceIds);
  }

  @Override
  public void rebuild(StudyStore store) {
    index.rebuild(store);
  }

  @Override
  public void ensureCurrent(StudyStore store) {
    index.ensureCurrent(store);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    try (SegmentSearcher searcher = new SegmentSearcher(dir, preferredAttributes)) {
      return searcher.search(request);
    }
  }

  @Override
  public void close() {
    // Nothing stays open between calls: each search opens the index as it is then.
  }
}
