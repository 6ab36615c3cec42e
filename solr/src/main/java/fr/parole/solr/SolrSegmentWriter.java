package fr.parole.solr;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.index.IndexFields;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StudyConfig.IndexSpec;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * Writes a study's segments into its collection after the store's commit, in batches, and last
 * the state document (store generation, highest segment id, attribute names) with the commit: a
 * write that fails half-way leaves a collection that says it is behind, rebuilt at the next search.
 */
final class SolrSegmentWriter {
  private static final int BATCH = 2_000;
  private static final int PROGRESS_EVERY = 10_000;

  /** What the state document says; generation -1 when the collection holds none. */
  record State(long generation, long maxSegmentId, List<String> attributes) {}

  private final SolrClient client;
  private final IndexSpec spec;
  private final Progress progress;

  SolrSegmentWriter(SolrClient client, IndexSpec spec, Progress progress) {
    this.client = client;
    this.spec = spec;
    this.progress = progress;
  }

  Progress progress() {
    return progress;
  }

  State state() {
    try {
      SolrDocument doc = client.getById(SolrSchema.STATE_ID);
      if (doc == null) {
        return new State(-1, -1, List.of());
      }
      List<String> attributes = new ArrayList<>();
      Collection<Object> names = doc.getFieldValues(SolrSchema.ATTRIBUTES);
      if (names != null) {
        names.forEach(n -> attributes.add(n.toString()));
      }
      return new State(((Number) doc.getFirstValue(IndexFields.GENERATION)).longValue(),
          ((Number) doc.getFirstValue(IndexFields.MAX_SEGMENT_ID)).longValue(), attributes);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw SolrSchemaCheck.unreachable(spec, e);
    }
  }

  void update(StudyStore store, Collection<Long> replacedSourceIds) {
    State state = state();
    if (state.generation() == store.generation()) {
      return;
    }
    if (state.generation() != store.generation() - 1 || state.maxSegmentId() < 0) {
      rebuild(store);
      return;
    }
    write(store, state.maxSegmentId(), replacedSourceIds, new TreeSet<>(state.attributes()), false);
  }

  void rebuild(StudyStore store) {
    write(store, 0, List.of(), new TreeSet<>(), true);
  }

  private void write(StudyStore store, long afterId, Collection<Long> replaced, Set<String> attributes, boolean all) {
    long generation = store.generation();
    long maxId = store.segmentQueries().maxSegmentId();
    long total = store.queries().summary().segments();
    try {
      if (all) {
        client.deleteByQuery("*:*");
      }
      for (long sourceId : replaced) {
        client.deleteByQuery(IndexFields.SOURCE_ID + ":" + sourceId);
      }
      List<SolrInputDocument> batch = new ArrayList<>(BATCH);
      long[] count = {0};
      store.segmentQueries().forEachSegment(afterId, segment -> {
        batch.add(document(segment));
        attributes.addAll(segment.attributes().keySet());
        if (batch.size() == BATCH) {
          send(batch);
        }
        if (++count[0] % PROGRESS_EVERY == 0) {
          progress.update("Indexation (SolrCloud)", count[0], Math.max(total, count[0]));
        }
      });
      send(batch);
      client.add(stateDocument(generation, maxId, attributes));
      client.commit();
      progress.update("Indexation (SolrCloud)", count[0], count[0]);
    } catch (SolrServerException | IOException | RuntimeException e) {
      if (e instanceof ParoleException p) {
        throw p;
      }
      throw new StudyException("Écriture dans la collection SolrCloud « " + spec.collection() + " » (" + spec.solr()
          + ") impossible : " + ParoleException.excerpt(e.getMessage()) + ". Le stockage de l'étude est intact ; "
          + "relancez : parole reindex <étude>", e);
    }
  }

  private void send(List<SolrInputDocument> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      client.add(batch);
    } catch (SolrServerException | IOException e) {
      throw new java.io.UncheckedIOException(new IOException(e.getMessage(), e));
    }
    batch.clear();
  }

  static SolrInputDocument document(SegmentRecord segment) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(IndexFields.ID, String.valueOf(segment.id()));
    doc.addField(SolrSchema.DOC_TYPE, "segment");
    doc.addField(IndexFields.ORDER, segment.id());
    doc.addField(IndexFields.SOURCE_ID, String.valueOf(segment.sourceId()));
    doc.addField(IndexFields.SOURCE, segment.sourcePath());
    doc.addField(IndexFields.KIND, segment.kind().code());
    if (segment.speaker() != null) {
      doc.addField(IndexFields.SPEAKER, segment.speaker());
    }
    doc.addField(IndexFields.START, segment.start());
    doc.addField(IndexFields.LINE, segment.line());
    if (segment.times() != null) {
      doc.addField(IndexFields.TIME_START, segment.times().startMs());
      doc.addField(IndexFields.TIME_END, segment.times().endMs());
    }
    doc.addField(IndexFields.TEXT, segment.text());
    doc.addField(IndexFields.EXACT, segment.text());
    segment.attributes().forEach((name, value) -> doc.addField(IndexFields.ATTRIBUTE_PREFIX + name, value));
    return doc;
  }

  private static SolrInputDocument stateDocument(long generation, long maxId, Set<String> attributes) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(IndexFields.ID, SolrSchema.STATE_ID);
    doc.addField(SolrSchema.DOC_TYPE, "state");
    doc.addField(IndexFields.GENERATION, generation);
    doc.addField(IndexFields.MAX_SEGMENT_ID, maxId);
    attributes.forEach(a -> doc.addField(SolrSchema.ATTRIBUTES, a));
    return doc;
  }
}
