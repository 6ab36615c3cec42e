package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Code;
import fr.parole.pipeline.Accounts;
import fr.parole.pipeline.BlindCoding;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard declared by the pages: every route of the atelier is walked as a blinded researcher
 * before and after another coder puts a code nobody used on a segment they code blind; a route
 * that shows that code's label more often afterwards shows codings, and must be refused (403) by
 * the one filter, because its page declares it ({@link AtelierPage#showsCodings()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlindGuardTest {
  private static final String PASSWORD = "mot-de-passe-assez-long";
  private static final String SOURCE = "entretiens/DQ2.md";
  private AtelierFixture atelier;
  private SegmentRecord blinded;
  private Code marker;

  @BeforeAll
  void start(@TempDir Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.run(study, temporary.resolve("rapport"));
    Accounts accounts = new Accounts();
    accounts.add(study, "Anne", "co-chercheur", PASSWORD.toCharArray(), true, "test");
    accounts.add(study, "Bruno", "chercheur", PASSWORD.toCharArray(), true, "test");
    List<SegmentRecord> segments = new ArrayList<>();
    Set<String> used;
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.sourcePath().equals(SOURCE) && s.kind().isAnalysed()) {
          segments.add(s);
        }
      });
      used = store.codingQueries().codings("partenariat").stream().map(c -> c.code()).collect(Collectors.toSet());
    }
    blinded = segments.get(0);
    // A code nobody (not even the machine) applied: its label on a page afterwards can only come from the coding.
    marker = Pipeline.codebook(study, null).codes().stream().filter(c -> !used.contains(c.path()) && c.label() != null
        && c.label().length() > 5).findFirst().orElseThrow();
    new BlindCoding(pipeline).assign(study, "Bruno", null, List.of("Anne", "Bruno"),
        new BlindCoding.Selection(SOURCE, null, null, 1));
    atelier = AtelierFixture.of(study);
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  private Map<String, HttpResponse<String>> walk(HttpClient client) {
    Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
    for (String path : atelier.atelier().paths("GET")) {
      if (path.equals("/entrer") || path.equals(SignIn.PATH)) {
        continue;
      }
      String filled = RouteWalk.fill(path.replace("<chemin>", "index.html"), Long.toString(blinded.id()),
          Long.toString(blinded.sourceId()), marker.path());
      String query = "?livre=partenariat&code=" + AtelierFixture.encode(marker.path());
      pages.put(path, atelier.get(client, filled + (filled.contains("?") ? "" : query)));
    }
    return pages;
  }

  private static int count(String body, String label) {
    return body.split(java.util.regex.Pattern.quote(label), -1).length - 1;
  }

  @Test
  void everyRouteShowingAnotherCodersCodingIsDeclaredAndRefused() {
    HttpClient bruno = atelier.signedIn("Bruno", PASSWORD);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    // The atelier's report, written before and after the coding (as a researcher beside would).
    Path report = atelier.study().workDir().resolve("atelier").resolve("rapport");
    pipeline.report(atelier.study(), report);
    Map<String, HttpResponse<String>> before = walk(bruno);
    new BlindCoding(pipeline).code(atelier.study(), 1, "Anne", blinded.id(), List.of(marker.path()));
    pipeline.report(atelier.study(), report);
    Map<String, HttpResponse<String>> after = walk(bruno);
    Set<String> declared = new BlindGuard(atelier.atelier().services(), atelier.atelier().pages()).paths();
    List<String> leaks = new ArrayList<>();
    int refused = 0;
    for (Map.Entry<String, HttpResponse<String>> page : after.entrySet()) {
      String path = page.getKey();
      HttpResponse<String> response = page.getValue();
      if (response.statusCode() == 403) {
        assertTrue(response.body().contains("Vous codez en aveugle (affectation en cours)"), path);
        assertTrue(declared.contains(path), path + " refused by the guard without a declaration?");
        refused++;
        continue;
      }
      if (count(response.body(), marker.label()) > count(before.get(path).body(), marker.label())) {
        leaks.add(path + " (" + response.statusCode() + ")");
      }
    }
    assertEquals(List.of(), leaks, "routes showing Anne's coding to Bruno, who codes the segment blind");
    assertTrue(refused >= 8, "refused: " + refused);
    // The split form lists a code's coded segments by text, not by the code's label the walk counts.
    assertEquals(403, after.get("/livre-de-codes/scinder").statusCode(), "the split form lists coded segments");
    for (String path : declared) {
      assertTrue(atelier.atelier().paths("GET").contains(path) || atelier.atelier().paths("POST").contains(path),
          "a declaration names no route: " + path);
    }
  }
}
