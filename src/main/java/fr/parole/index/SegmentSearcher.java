package fr.parole.index;

import fr.parole.study.StudyException;
import java.io.IOException;
import java.nio.file.Path;
import fr.parole.study.SegmentTimes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches the index: parses the query, filters by attributes, counts matching segments per
 * attribute value, and builds concordance lines in corpus order. Open once, search many times.
 */
public final class SegmentSearcher implements AutoCloseable {
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final List<String> attributes;

  /** Opens the index; attributes are shown in {@code preferredOrder} first, then alphabetically. */
  public SegmentSearcher(Path indexDir, List<String> preferredOrder) {
    try {
      this.reader = DirectoryReader.open(FSDirectory.open(indexDir));
    } catch (IOException e) {
      throw new StudyException("Index de recherche illisible (" + indexDir + ") : " + e.getMessage()
          + ". Reconstruisez-le : parole reindex <étude>", e);
    }
    this.searcher = new IndexSearcher(reader);
    this.attributes = attributeNames(reader, preferredOrder);
    try {
      this.facetState = attributes.isEmpty() ? null
          : new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
    } catch (IOException e) {
      throw new StudyException("Index de recherche illisible : " + e.getMessage(), e);
    }
  }

  private static List<String> attributeNames(DirectoryReader reader, List<String> preferredOrder) {
    TreeSet<String> names = new TreeSet<>();
    for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
      if (info.name.startsWith(IndexFields.ATTRIBUTE_PREFIX)) {
        names.add(info.name.substring(IndexFields.ATTRIBUTE_PREFIX.length()));
      }
    }
    List<String> ordered = new ArrayList<>(preferredOrder.stream().filter(names::contains).toList());
    names.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
    return List.copyOf(ordered);
  }

  /** The attribute names the indexed segments carry, in display order. */
  public List<String> attributes() {
    return attributes;
  }

  public SearchResult search(SearchRequest request) {
    Query query = build(request);
    try {
      int wanted = request.limit() <= 0 ? Math.max(1, reader.maxDoc()) : request.limit();
      Sort order = new Sort(new SortField(IndexFields.ORDER, SortField.Type.LONG));
      FacetsCollectorManager.FacetsResult found =
          FacetsCollectorManager.search(searcher, query, wanted, order, new FacetsCollectorManager());
      TopDocs top = found.topDocs();
      Concordancer concordancer = new Concordancer(
          searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1));
      List<KwicLine> lines = new ArrayList<>();
      int matches = 0;
      for (ScoreDoc hit : top.scoreDocs) {
        List<KwicLine> hitLines = concordance(concordancer, hit.doc, request.context());
        matches += hitLines.size();
        for (KwicLine line : hitLines) {
          if (request.limit() <= 0 || lines.size() < request.limit()) {
            lines.add(line);
          }
        }
      }
      return new SearchResult((int) top.totalHits.value, matches, lines, facets(found.facetsCollector()));
    } catch (IOException e) {
      throw new StudyException("Recherche impossible : " + e.getMessage(), e);
    }
  }

  private Query build(SearchRequest request) {
    SearchQuery read = SearchQuery.read(request, attributes, this::values);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(read.words(), Occur.MUST);
    read.filters().forEach((attribute, values) -> {
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      values.forEach(v -> anyOf.add(new TermQuery(new Term(IndexFields.ATTRIBUTE_PREFIX + attribute, v)), Occur.SHOULD));
      query.add(anyOf.build(), Occur.FILTER);
    });
    if (!read.includeInterviewer()) {
      SearchQuery.INTERVIEWER_KINDS.forEach(kind ->
          query.add(new TermQuery(new Term(IndexFields.KIND, kind)), Occur.MUST_NOT));
    }
    return query.build();
  }

  private List<String> values(String attribute) {
    List<String> values = new ArrayList<>();
    try {
      Terms terms = MultiTerms.getTerms(reader, IndexFields.ATTRIBUTE_PREFIX + attribute);
      TermsEnum it = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        values.add(term.utf8ToString());
      }
    } catch (IOException e) {
      throw new StudyException("Index de recherche illisible : " + e.getMessage(), e);
    }
    return values;
  }

  private List<KwicLine> concordance(Concordancer concordancer, int docId, int width) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Document doc = searcher.storedFields().document(docId);
    String text = doc.get(IndexFields.TEXT);
    Map<String, String> attrs = new LinkedHashMap<>();
    for (String name : attributes) {
      String value = doc.get(IndexFields.ATTRIBUTE_PREFIX + name);
      if (value != null) {
        attrs.put(name, value);
      }
    }
    List<KwicLine> lines = new ArrayList<>();
    for (int[] span : concordancer.spans(leaf, docId - leaf.docBase)) {
      lines.add(new KwicLine(doc.getField(IndexFields.ID).numericValue().longValue(), doc.get(IndexFields.SOURCE),
          doc.getField(IndexFields.LINE).numericValue().intValue(), doc.get(IndexFields.SPEAKER), attrs,
          Concordancer.left(text, span[0], width), Concordancer.oneLine(text.substring(span[0], span[1])),
          Concordancer.right(text, span[1], width), span[0], span[1], times(doc)));
    }
    return lines;
  }

  private static SegmentTimes times(Document doc) {
    org.apache.lucene.index.IndexableField start = doc.getField(IndexFields.TIME_START);
    org.apache.lucene.index.IndexableField end = doc.getField(IndexFields.TIME_END);
    return start == null || end == null ? null
        : new SegmentTimes(start.numericValue().longValue(), end.numericValue().longValue());
  }

  private Map<String, List<SearchResult.FacetCount>> facets(FacetsCollector collector) throws IOException {
    Map<String, List<SearchResult.FacetCount>> result = new LinkedHashMap<>();
    if (facetState == null) {
      return result;
    }
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, collector);
    for (String name : attributes) {
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      FacetResult top = facets.getTopChildren(1000, name);
      if (top != null) {
        for (LabelAndValue value : top.labelValues) {
          counts.add(new SearchResult.FacetCount(value.label, value.value.intValue()));
        }
      }
      result.put(name, counts);
    }
    return result;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new StudyException("Fermeture de l'index impossible : " + e.getMessage(), e);
    }
  }
}
