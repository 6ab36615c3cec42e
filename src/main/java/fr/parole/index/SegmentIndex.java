package fr.parole.index;

import fr.parole.Progress;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
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
    long maxId = store.queries().maxSegmentId();
    long total = store.queries().summary().segments();
    IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
        .setOpenMode(mode)
        .setRAMBufferSizeMB(128)
        .setCommitOnClose(false);
    FacetsConfig facets = IndexFields.facetsConfig();
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      for (long sourceId : replaced) {
        writer.deleteDocuments(new Term(IndexFields.SOURCE_ID, String.valueOf(sourceId)));
      }
      long[] count = {0};
      try (ConcurrentIndexer indexer = new ConcurrentIndexer(writer, facets, ConcurrentIndexer.defaultThreads())) {
        store.queries().forEachSegment(afterId, segment -> {
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

  static Document document(SegmentRecord segment) {
    Document doc = new Document();
    doc.add(new StoredField(IndexFields.ID, segment.id()));
    doc.add(new NumericDocValuesField(IndexFields.ORDER, segment.id()));
    doc.add(new StringField(IndexFields.SOURCE_ID, String.valueOf(segment.sourceId()), Field.Store.NO));
    doc.add(new StoredField(IndexFields.SOURCE, segment.sourcePath()));
    doc.add(new StringField(IndexFields.KIND, segment.kind().code(), Field.Store.YES));
    if (segment.speaker() != null) {
      doc.add(new StringField(IndexFields.SPEAKER, segment.speaker(), Field.Store.YES));
    }
    doc.add(new StoredField(IndexFields.START, segment.start()));
    doc.add(new StoredField(IndexFields.LINE, segment.line()));
    doc.add(new Field(IndexFields.TEXT, segment.text(), IndexFields.TEXT_TYPE));
    doc.add(new Field(IndexFields.EXACT, segment.text(), IndexFields.EXACT_TYPE));
    segment.attributes().forEach((name, value) -> {
      doc.add(new StringField(IndexFields.ATTRIBUTE_PREFIX + name, value, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(name, value));
    });
    return doc;
  }
}
