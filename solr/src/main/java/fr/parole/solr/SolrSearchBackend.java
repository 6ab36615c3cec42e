package fr.parole.solr;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.index.Concordancer;
import fr.parole.index.IndexFields;
import fr.parole.index.KwicLine;
import fr.parole.index.SearchBackend;
import fr.parole.index.SearchQuery;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.study.SegmentTimes;
import fr.parole.study.StudyConfig.IndexSpec;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;

/**
 * A study's segments in a SolrCloud collection: the same fields, analysis, query syntax, facets and
 * concordance as the local index ({@link SolrSchema}, {@link SolrQueries}, {@link SolrKwic}). The
 * store stays the source of truth; a state document records the store generation the collection
 * reflects, so that a collection behind the store is rebuilt. Solr cannot roll back an update in
 * SolrCloud, so the index is written after the store's commit, never during an import.
 */
public final class SolrSearchBackend implements SearchBackend {
  private final SolrClient client;
  private final IndexSpec spec;
  private final List<String> preferredAttributes;
  private final SolrSegmentWriter writer;

  private SolrSearchBackend(SolrClient client, IndexSpec spec, List<String> preferredAttributes, Progress progress) {
    this.client = client;
    this.spec = spec;
    this.preferredAttributes = List.copyOf(preferredAttributes);
    this.writer = new SolrSegmentWriter(client, spec, progress);
  }

  /** Connects and checks the collection answers with Parole's schema; refuses it in French otherwise. */
  public static SolrSearchBackend open(IndexSpec spec, List<String> preferredAttributes, Progress progress) {
    if (spec.collection() == null || spec.collection().isBlank()) {
      throw new ParoleException("study.yaml : index.solr est donné (" + spec.solr() + ") mais pas index.collection, "
          + "le nom de la collection SolrCloud (ex. index: { solr: \"http://hote:8983/solr\", collection: esatis }).");
    }
    // The JDK's HTTP client: no Jetty of SolrJ's beside the atelier's.
    SolrClient client = new HttpJdkSolrClient.Builder(spec.solr().replaceAll("/+$", ""))
        .withDefaultCollection(spec.collection())
        .withConnectionTimeout(5, TimeUnit.SECONDS)
        .withIdleTimeout(60, TimeUnit.SECONDS)
        .build();
    try {
      SolrSchemaCheck.check(client, spec);
      return new SolrSearchBackend(client, spec, preferredAttributes, progress);
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw e;
    }
  }

  @Override
  public boolean isCurrent(StudyStore store) {
    return writer.state().generation() == store.generation();
  }

  @Override
  public LiveUpdate beginLiveUpdate(StudyStore store) {
    return SearchBackend.NONE;
  }

  @Override
  public void update(StudyStore store, Collection<Long> replacedSourceIds) {
    writer.update(store, replacedSourceIds);
  }

  @Override
  public void rebuild(StudyStore store) {
    writer.rebuild(store);
  }

  @Override
  public void ensureCurrent(StudyStore store) {
    if (!isCurrent(store)) {
      writer.progress().info("La collection SolrCloud " + spec.collection() + " n'est pas à jour : reconstruction "
          + "depuis le stockage.");
      writer.rebuild(store);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    List<String> attributes = attributes();
    SearchQuery read = SearchQuery.read(request, attributes, this::values);
    SolrQuery query = new SolrQuery(SolrQueries.write(read.words()));
    query.set("q.op", "OR"); // every clause carries its own + or -: a bare one is optional, as in Lucene
    query.addFilterQuery(SolrSchema.DOC_TYPE + ":segment");
    read.filters().forEach((attribute, values) -> query.addFilterQuery(values.stream()
        .map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(" OR ", ClientUtils.escapeQueryChars(field(attribute)) + ":(", ")"))));
    if (!read.includeInterviewer()) {
      SearchQuery.INTERVIEWER_KINDS.forEach(kind -> query.addFilterQuery("-" + IndexFields.KIND + ":" + kind));
    }
    query.setSort(IndexFields.ORDER, SolrQuery.ORDER.asc);
    query.setRows(request.limit() > 0 ? request.limit() : (int) Math.min(Integer.MAX_VALUE - 1, count(query)));
    query.setFields(IndexFields.ID, IndexFields.SOURCE, IndexFields.LINE, IndexFields.SPEAKER, IndexFields.TEXT,
        IndexFields.TIME_START, IndexFields.TIME_END, IndexFields.ATTRIBUTE_PREFIX + "*");
    facets(query, attributes);
    highlight(query);
    QueryResponse response = run(query);
    List<KwicLine> lines = new ArrayList<>();
    int matches = 0;
    for (SolrDocument doc : response.getResults()) {
      List<KwicLine> hitLines = lines(doc, response.getHighlighting().get(String.valueOf(doc.get(IndexFields.ID))),
          attributes, request.context());
      matches += hitLines.size();
      for (KwicLine line : hitLines) {
        if (request.limit() <= 0 || lines.size() < request.limit()) {
          lines.add(line);
        }
      }
    }
    return new SearchResult((int) response.getResults().getNumFound(), matches, lines, facetCounts(response, attributes));
  }

  private long count(SolrQuery query) {
    SolrQuery counting = query.getCopy();
    counting.setRows(0);
    return Math.max(1, run(counting).getResults().getNumFound());
  }

  private static void facets(SolrQuery query, List<String> attributes) {
    if (attributes.isEmpty()) {
      return;
    }
    query.setFacet(true);
    query.setFacetMinCount(1);
    query.setFacetLimit(1000); // as many values as the local index shows
    query.setFacetSort("count");
    attributes.forEach(a -> query.addFacetField(field(a)));
  }

  /** The whole field as one passage with the matches marked: their offsets are read back from it. */
  private static void highlight(SolrQuery query) {
    query.setHighlight(true);
    query.set("hl.method", "unified");
    query.set("hl.fl", IndexFields.TEXT + "," + IndexFields.EXACT);
    query.set("hl.requireFieldMatch", true);
    query.set("hl.weightMatches", true);
    query.set("hl.offsetSource", "POSTINGS");
    query.set("hl.bs.type", "WHOLE");
    query.set("hl.fragsize", 0);
    query.set("hl.snippets", 1);
    query.set("hl.defaultSummary", false);
    query.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1); // the whole text, however long
    query.set("hl.tag.pre", SolrKwic.PRE);
    query.set("hl.tag.post", SolrKwic.POST);
  }

  private static List<KwicLine> lines(SolrDocument doc, Map<String, List<String>> highlights, List<String> attributes,
      int width) {
    String text = (String) doc.getFirstValue(IndexFields.TEXT);
    TreeMap<Integer, Integer> spans = new TreeMap<>();
    if (highlights != null) {
      highlights.values().forEach(snippets -> snippets.forEach(s -> SolrKwic.collect(s, spans)));
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    for (String name : attributes) {
      Object value = doc.getFirstValue(field(name));
      if (value != null) {
        attrs.put(name, value.toString());
      }
    }
    Object start = doc.getFirstValue(IndexFields.TIME_START);
    Object end = doc.getFirstValue(IndexFields.TIME_END);
    SegmentTimes times = start == null || end == null ? null
        : new SegmentTimes(((Number) start).longValue(), ((Number) end).longValue());
    List<KwicLine> lines = new ArrayList<>();
    for (int[] span : Concordancer.merged(spans)) {
      lines.add(new KwicLine(Long.parseLong(doc.getFirstValue(IndexFields.ID).toString()),
          (String) doc.getFirstValue(IndexFields.SOURCE), ((Number) doc.getFirstValue(IndexFields.LINE)).intValue(),
          (String) doc.getFirstValue(IndexFields.SPEAKER), attrs, Concordancer.left(text, span[0], width),
          Concordancer.oneLine(text.substring(span[0], span[1])),
          Concordancer.right(text, span[1], width), span[0], span[1], times));
    }
    return lines;
  }

  private static Map<String, List<SearchResult.FacetCount>> facetCounts(QueryResponse response, List<String> attributes) {
    Map<String, List<SearchResult.FacetCount>> result = new LinkedHashMap<>();
    for (String name : attributes) {
      FacetField field = response.getFacetField(field(name));
      List<SearchResult.FacetCount> counts = new ArrayList<>();
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(c -> counts.add(new SearchResult.FacetCount(c.getName(), (int) c.getCount())));
      }
      result.put(name, counts);
    }
    return result;
  }

  /** The attributes the indexed segments carry, in display order (the state document lists them). */
  private List<String> attributes() {
    Set<String> names = new TreeSet<>(writer.state().attributes());
    List<String> ordered = new ArrayList<>(preferredAttributes.stream().filter(names::contains).toList());
    names.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
    return ordered;
  }

  /** The values an attribute has in the collection, in index order (as the local index lists them). */
  private List<String> values(String attribute) {
    SolrQuery query = new SolrQuery("*:*");
    query.setRows(0);
    query.setFacet(true);
    query.setFacetMinCount(1);
    query.setFacetLimit(-1);
    query.setFacetSort("index");
    query.addFacetField(field(attribute));
    FacetField field = run(query).getFacetField(field(attribute));
    return field == null || field.getValues() == null ? List.of()
        : field.getValues().stream().map(FacetField.Count::getName).toList();
  }

  private static String field(String attribute) {
    return IndexFields.ATTRIBUTE_PREFIX + attribute;
  }

  private QueryResponse run(SolrQuery query) {
    try {
      return client.query(query);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw SolrSchemaCheck.unreachable(spec, e);
    }
  }

  @Override
  public void close() {
    closeQuietly(client);
  }

  private static void closeQuietly(SolrClient client) {
    try {
      client.close();
    } catch (IOException e) {
      // Nothing was pending: every update commits before it returns.
    }
  }
}
