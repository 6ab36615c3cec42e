package fr.parole.index;

import fr.parole.study.SegmentRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;

/**
 * Turns segments into Lucene documents for one indexing thread. An attribute's fields (its
 * filterable copy, its facet's doc value and drill-down term) depend on its name and value
 * alone, and a study has few distinct values: {@link FacetsConfig#build} was a fifth of the
 * indexing time, so each value's fields are built once and reused by every document that
 * carries it. Lucene only reads a document's fields, so reuse within a thread is safe; each
 * thread keeps its own instance all the same.
 */
final class SegmentDocuments {
  /** Distinct attribute values kept; past that the cache starts afresh (a study with free-text attributes). */
  private static final int MAX_CACHED = 50_000;

  private final FacetsConfig facets;
  private final SharedAnalysis analysis = new SharedAnalysis();
  private final Map<String, Map<String, List<IndexableField>>> attributeFields = new HashMap<>();
  private int cached;

  SegmentDocuments(FacetsConfig facets) {
    this.facets = facets;
  }

  /** The document for {@code segment}, facets built, ready for {@code IndexWriter.addDocument}. */
  Document document(SegmentRecord segment) {
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
    if (segment.times() != null) { // read back by the concordance, which shows when a turn was said
      doc.add(new StoredField(IndexFields.TIME_START, segment.times().startMs()));
      doc.add(new StoredField(IndexFields.TIME_END, segment.times().endMs()));
    }
    doc.add(analysis.text(segment.text())); // before the exact form, which replays its first steps
    doc.add(analysis.exact(segment.text()));
    segment.attributes().forEach((name, value) -> fieldsOf(name, value).forEach(doc::add));
    return doc;
  }

  /** An attribute's filterable copy and its facet fields, as {@link FacetsConfig#build} makes them. */
  private List<IndexableField> fieldsOf(String name, String value) {
    Map<String, List<IndexableField>> byValue = attributeFields.computeIfAbsent(name, n -> new HashMap<>());
    List<IndexableField> fields = byValue.get(value);
    if (fields == null) {
      if (cached >= MAX_CACHED) {
        attributeFields.values().forEach(Map::clear);
        cached = 0;
      }
      Document alone = new Document();
      alone.add(new StringField(IndexFields.ATTRIBUTE_PREFIX + name, value, Field.Store.YES));
      alone.add(new SortedSetDocValuesFacetField(name, value));
      try {
        fields = List.copyOf(facets.build(alone).getFields());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e); // only a taxonomy writer throws; there is none
      }
      byValue.put(value, fields);
      cached++;
    }
    return fields;
  }
}
