package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.CodeCount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard, the themes and the segments behind their numbers, over HTTP on the demo study. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardHttpTest {
  private AtelierFixture atelier;
  private HttpClient client;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
    client = atelier.researcher();
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  private static int total(String html) {
    Matcher m = Pattern.compile("id=\"total\">([\\d\u00a0]+)<").matcher(html);
    assertTrue(m.find(), html);
    return Integer.parseInt(m.group(1).replace("\u00a0", ""));
  }

  @Test
  void aThemeCountsWhatParoleStatusCounts() {
    long status = new Pipeline(Progress.SILENT).status(atelier.study()).codings().stream()
        .filter(c -> c.codebook().equals("esatis") && c.code().equals("esatis/attente")
            && (c.status().equals("accepted") || c.status().equals("suggested")))
        .mapToLong(CodeCount::segments).sum();
    assertTrue(status > 5);
    HttpResponse<String> theme = atelier.get(client, "/themes/esatis/esatis/attente");
    assertEquals(200, theme.statusCode());
    assertTrue(theme.body().contains("<strong>" + status + "</strong> segment"), theme.body());
    assertEquals(theme.body(), atelier.get(client, "/themes/esatis/attente").body(), "the short address of a one-dimension codebook");
    HttpResponse<String> dashboard = atelier.get(client, "/");
    assertEquals(200, dashboard.statusCode());
    assertTrue(dashboard.body().contains("href=\"/segments?codebook=esatis&amp;code=esatis%2Fattente\">" + status + "<"),
        dashboard.body());
    assertEquals(status, total(atelier.get(client, "/segments?codebook=esatis&code=esatis%2Fattente").body()));
    assertTrue(dashboard.body().contains("Partenariat patient-soignant") && dashboard.body().contains("Attente et délais"),
        "codebooks and themes by their labels");
  }

  @Test
  void everyCellOfTheBreakdownListsThatManySegments() {
    HttpResponse<String> fragment = atelier.send(client, HttpRequest.newBuilder(URI.create(atelier.base()
        + "/?attribut=polarity")).header("HX-Request", "true").GET().build());
    assertEquals(200, fragment.statusCode());
    String html = fragment.body();
    assertFalse(html.contains("<html"), "a fragment alone");
    assertTrue(html.contains("À améliorer") && !html.contains(">a_ameliorer<"), "values by their labels");
    Matcher cell = Pattern.compile("href=\"(/segments\\?codebook=esatis&amp;code=[^\"]+&amp;attribut=polarity&amp;valeur=a_ameliorer)\">(\\d+)<")
        .matcher(html);
    int checked = 0;
    while (cell.find() && checked < 3) {
      String link = cell.group(1).replace("&amp;", "&");
      assertEquals(Integer.parseInt(cell.group(2)), total(atelier.get(client, link).body()), link);
      checked++;
    }
    assertEquals(3, checked, html);
    HttpResponse<String> page = atelier.get(client, "/?attribut=establishment");
    assertTrue(page.body().contains("<option value=\"establishment\" selected>"), "the chosen attribute stays chosen");
  }

  @Test
  void theSegmentListIsPagedWithContextAndLinks() {
    String first = atelier.get(client, "/segments?codebook=esatis").body();
    int total = total(first);
    assertTrue(total > SegmentsPage.PER_PAGE, "more than one page");
    assertEquals(SegmentsPage.PER_PAGE, first.split("<blockquote>", -1).length - 1);
    assertTrue(first.contains("href=\"/documents/") && first.contains("#segment-") && first.contains("/discussion/nouveau?segment="));
    assertTrue(first.contains("À améliorer") || first.contains("Positif"), "a comment's polarity by its label");
    String last = atelier.get(client, "/segments?codebook=esatis&page=" + ((total + 49) / 50)).body();
    assertEquals(total - (total - 1) / 50 * 50, last.split("<blockquote>", -1).length - 1);
    String turns = atelier.get(client, "/segments?codebook=partenariat").body();
    assertTrue(turns.contains("class=\"question\""), "an interview turn with the question before it");
  }

  @Test
  void theThemesTreeShowsLabelsDefinitionsAndCounts() {
    String html = atelier.get(client, "/themes").body();
    assertTrue(html.contains("Levier") && html.contains("Volonté institutionnelle") && html.contains("Attente et délais"));
    assertFalse(html.contains(">type/levier<") || html.contains(">levier<"), "labels, not ids");
    String filtered = atelier.get(client, "/themes/esatis/esatis/attente?establishment=CHU1&polarity=a_ameliorer").body();
    assertTrue(filtered.contains("<option value=\"CHU1\" selected>"));
    assertTrue(filtered.contains(" sur "), "the filtered count out of the theme's");
    assertTrue(filtered.contains("/discussion/nouveau?code=esatis%2Fesatis%2Fattente"));
  }

  @Test
  void badAddressesGetFrenchPages() {
    assertEquals(404, atelier.get(client, "/themes/esatis/esatis/nope").statusCode());
    assertEquals(404, atelier.get(client, "/themes/nope/type/levier").statusCode());
    assertEquals(404, atelier.get(client, "/themes/nope").statusCode());
    HttpResponse<String> unknown = atelier.get(client, "/segments?codebook=esatis&code=esatis%2Fnope");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("Page introuvable"));
    HttpResponse<String> garbage = atelier.get(client, "/segments?codebook=esatis&page=abc");
    assertEquals(400, garbage.statusCode());
    assertTrue(garbage.body().contains("page"));
    assertEquals(400, atelier.get(client, "/themes/esatis/esatis/attente?page=-2").statusCode());
    assertEquals(400, atelier.get(client, "/?attribut=nope").statusCode());
    assertEquals(400, atelier.get(client, "/segments?attribut=nope&valeur=x").statusCode());
  }

  @Test
  void aCoResearcherNeverSeesANameRaw() {
    AtelierServices services = new AtelierServices(atelier.study(), new Pipeline(Progress.SILENT), new Views(),
        Clock.systemUTC());
    ThemesPage themes = new ThemesPage(services);
    Person coResearcher = new Person("Camille", Role.CO_CHERCHEUR, false);
    Person researcher = new Person("Alice", Role.CHERCHEUR, true);
    boolean rawForTheResearcher = false;
    for (String code : List.of("esatis/pec_medicale", "esatis/relations_humaines", "esatis/pec_paramedicale")) {
      for (int page = 1; page <= 3; page++) {
        ThemesPage.ThemeView shown = themes.view(coResearcher, "esatis", code, Map.of(), page, true);
        String html = services.views().page("theme.jte", new Frame("t", "themes", "demo", coResearcher, "x", 0, false), shown);
        assertFalse(html.contains("Lefèvre") || html.contains("Bernard"), code + " page " + page);
        rawForTheResearcher |= themes.view(researcher, "esatis", code, Map.of(), page, true).citations().quotes()
            .stream().anyMatch(q -> q.text().contains("Lefèvre"));
      }
    }
    assertTrue(rawForTheResearcher, "the name is there to hide");
  }
}
