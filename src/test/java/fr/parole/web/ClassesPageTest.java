package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.nlp.FrenchModels;
import fr.parole.pipeline.ClassCoding;
import fr.parole.pipeline.LexicalClassification;
import fr.parole.study.StudyStore;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Classes lexicales over HTTP: the stored classes shown pseudonymised, a class made a code with the CSRF token only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassesPageTest {
  private AtelierFixture atelier;
  private HttpClient researcher;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
    researcher = atelier.researcher();
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  @Test
  @Order(1)
  void beforeAnyClassificationThePageSaysHowToMakeOne() {
    HttpResponse<String> page = atelier.get(researcher, "/classes");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Aucune classification") && page.body().contains("parole classes"), page.body());
    assertTrue(page.body().contains("href=\"/classes\""), "in the navigation");
  }

  @Test
  @Order(2)
  void theClassesAreShownAndOneBecomesACodeToReview() throws Exception {
    new LexicalClassification(FrenchModels.onFirstUse()).run(atelier.study(), new LexicalClassification.Options(4, 40),
        "alice", Progress.SILENT);
    HttpResponse<String> page = atelier.get(researcher, "/classes");
    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("Classe 1 · ") && html.contains("Classe 4 · "), html);
    assertTrue(html.contains("Polarité = "), "attributes by their labels");
    assertFalse(html.contains("Lefèvre"), "typical segments pseudonymised");
    assertTrue(html.contains("Créer un code à partir de cette classe"));

    assertEquals(403, atelier.post(researcher, "/classes/code", "classe=1&libelle=Attente").statusCode(), "no CSRF");
    String csrf = AtelierFixture.csrf(html);
    HttpResponse<String> unknown = atelier.post(researcher, "/classes/code", "_csrf=" + csrf + "&classe=9&libelle=X");
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("Classe 9 inconnue"), unknown.body());
    HttpResponse<String> created = atelier.post(researcher, "/classes/code", "_csrf=" + csrf + "&classe=1&libelle="
        + AtelierFixture.encode("Attente et sortie"));
    // The client follows the redirect (303) back to the page, which says what was done.
    assertEquals(200, created.statusCode());
    assertTrue(created.body().contains("Code créé à partir de la classe 1"), created.body());
    try (StudyStore store = atelier.study().openStore()) {
      assertTrue(store.codingQueries().codings("partenariat").stream().filter(c -> c.coder().equals(ClassCoding.CODER))
          .allMatch(c -> c.status().equals("suggested")));
      assertTrue(store.codingQueries().codings("partenariat").stream().anyMatch(c -> c.coder().equals(ClassCoding.CODER)));
    }
    assertEquals(400, atelier.post(researcher, "/classes/code", "_csrf=" + csrf + "&classe=1&libelle=+").statusCode(),
        "a blank label");
  }

  @Test
  @Order(3)
  void aDoubleClassificationIsSaidToBeOne() {
    new LexicalClassification(FrenchModels.onFirstUse()).run(atelier.study(), new LexicalClassification.Options(4, 40, 60,
        fr.parole.stats.reinert.DoubleClassification.Criterion.CHI_SQUARE), "alice", Progress.SILENT);
    String html = atelier.get(researcher, "/classes").body();
    assertTrue(html.contains("Classification double (segments de 40 mots croisés avec des unités de 60 mots)"), html);
    assertTrue(html.contains("Classe 1 · ") && html.contains("Créer un code à partir de cette classe"));
  }
}
