package fr.parole.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every search backend must do, on the demo corpus: the local index runs it here, SolrCloud
 * in the parole-solr module (a subclass there). Each query's hits, counts, concordance lines and
 * facets must be those of the local index, and each line's offsets must point at its match.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchBackendContractTest {
  /** Words, stems, phrases with stop words and slop, wildcards, exact forms, boolean operators. */
  public static final List<String> QUERIES = List.of(
      "patient", "patients", "attente", "\"pas le temps\"", "\"savoir patient\"~3", "format*", "légitim*",
      "exact:patiente", "soins AND NOT douleur", "accueil OR repas", "(infirmier OR infirmière) AND écoute",
      "hopital", "l'équipe", "chambre~1", "le", "*ment");

  @TempDir
  protected static Path dir;
  protected Study study;
  protected SearchBackend backend;
  private SearchBackend local;

  /** Opens the backend under test on {@code study} (its store already imported). */
  protected abstract SearchBackend open(Study study);

  @BeforeAll
  void importDemo() {
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    new Pipeline(Progress.SILENT).importStudy(study);
    local = new LocalSearchBackend(study.indexDir(), study.config().attributes(), Progress.SILENT);
    backend = open(study);
    try (StudyStore store = study.openStore()) {
      backend.ensureCurrent(store);
      assertTrue(backend.isCurrent(store));
    }
  }

  @AfterAll
  void closeBackend() {
    if (backend != null) {
      backend.close();
    }
  }

  protected static SearchRequest request(String query, Map<String, List<String>> where, boolean interviewer) {
    return new SearchRequest(query, where, interviewer, 0, 30);
  }

  @Test
  void everyQueryFindsWhatTheLocalIndexFinds() {
    for (String query : QUERIES) {
      for (boolean interviewer : List.of(false, true)) {
        SearchRequest request = request(query, Map.of(), interviewer);
        assertEquals(local.search(request), backend.search(request), query + " (enquêteur : " + interviewer + ")");
      }
    }
  }

  @Test
  void filtersAndFacetsAgreeWithTheLocalIndex() {
    SearchRequest request = request("patient*", Map.of("établissement", List.of("chu1", "CH2")), false);
    SearchResult found = backend.search(request);
    assertEquals(local.search(request), found);
    assertTrue(found.segments() > 0);
    assertTrue(found.lines().stream().allMatch(l -> List.of("CHU1", "CH2").contains(l.attributes().get("establishment"))));
    assertEquals(found.segments(),
        found.facets().get("establishment").stream().mapToInt(SearchResult.FacetCount::segments).sum());
  }

  @Test
  void linesPointAtTheirMatchInTheSegmentsText() {
    SearchResult found = backend.search(new SearchRequest("\"pas le temps\" OR attente", Map.of(), false, 0, 0));
    assertFalse(found.lines().isEmpty());
    Map<Long, String> texts;
    try (StudyStore store = study.openStore()) {
      texts = found.lines().stream().map(KwicLine::segmentId).distinct()
          .map(id -> store.segmentQueries().segment(id).orElseThrow())
          .collect(Collectors.toMap(SegmentRecord::id, SegmentRecord::text));
    }
    for (KwicLine line : found.lines()) {
      assertEquals(Concordancer.oneLine(texts.get(line.segmentId()).substring(line.start(), line.end())), line.match());
    }
    assertEquals(found.matches(), found.lines().size());
  }

  @Test
  void badQueriesAndFiltersAreRefusedAsTheLocalIndexRefusesThem() {
    for (Function<SearchBackend, SearchResult> bad : List.<Function<SearchBackend, SearchResult>>of(
        b -> b.search(request("patient AND", Map.of(), false)),
        b -> b.search(request("nope:patient", Map.of(), false)),
        b -> b.search(request("lemma:être", Map.of(), false)),
        b -> b.search(request("patient", Map.of("ville", List.of("Rennes")), false)),
        b -> b.search(request("patient", Map.of("establishment", List.of("CHU9")), false)))) {
      String expected = assertThrows(ParoleException.class, () -> bad.apply(local)).getMessage();
      assertEquals(expected, assertThrows(ParoleException.class, () -> bad.apply(backend)).getMessage());
    }
  }
}
