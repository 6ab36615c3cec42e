package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.index.SearchRequest;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Recherche over HTTP: the same hits as parole search, facets, errors in French, no raw name, the workbook. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageTest {
  private static final Pattern SEGMENTS = Pattern.compile("<b>(\\d+)</b> segment\\(s\\) trouvé");
  /** A name and cells a spreadsheet would read as formulas. */
  static final String SMALL_YAML = "sources:\n  - path: verbatims/\n    type: verbatims\nattributes: [establishment, polarity]\n";
  static final String SMALL_CSV = "Date;Établissement;Service;Points positifs;Points à améliorer\n"
      + "12/03/2019;CHU1;Cardiologie;Dr Martin a été très gentil.;\"=HYPERLINK(\"\"http://x\"\") attente trop longue.\"\n"
      + "13/03/2019;CH2;Gériatrie;;-2 heures d'attente aux urgences.\n";

  private AtelierFixture demo;
  private AtelierFixture small;
  private HttpClient researcher;
  private HttpClient smallResearcher;

  @BeforeAll
  void start(@TempDir Path temporary) {
    demo = AtelierFixture.demo(temporary);
    researcher = demo.researcher();
    Study study = Study.open(TestStudies.write(temporary.resolve("small"), SMALL_YAML, "verbatims/v.csv", SMALL_CSV));
    new Pipeline(Progress.SILENT).importStudy(study);
    small = AtelierFixture.of(study);
    smallResearcher = small.researcher();
  }

  @AfterAll
  void stop() {
    demo.close();
    small.close();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private int pipelineSegments(String query, Map<String, List<String>> where) {
    return new Pipeline(Progress.SILENT).search(demo.study(), new SearchRequest(query, where, false, 1, 45)).segments();
  }

  private static int shownSegments(String html) {
    Matcher m = SEGMENTS.matcher(html);
    assertTrue(m.find(), html);
    return Integer.parseInt(m.group(1));
  }

  @Test
  void theSearchFindsWhatParoleSearchFinds() {
    HttpResponse<String> page = demo.get(researcher, "/recherche?q=" + q("attent*"));
    assertEquals(200, page.statusCode());
    int expected = pipelineSegments("attent*", Map.of());
    assertTrue(expected > 20, "the demo has more than one page of waiting");
    assertEquals(expected, shownSegments(page.body()));
    assertEquals(20, page.body().split("<mark>", -1).length - 1, "twenty lines a page");
    assertTrue(page.body().contains("page=2"), "a link to the next page");
    assertTrue(page.body().contains("/documents/") && page.body().contains("#segment-"), "each hit links to its document");
    assertTrue(page.body().contains("Établissement") && page.body().contains("À améliorer"), "labels, not ids");
    assertFalse(page.body().contains(">a_ameliorer<"), "labels, not ids");
    HttpResponse<String> second = demo.get(researcher, "/recherche?q=" + q("attent*") + "&page=2");
    assertTrue(second.body().contains("occurrences 21 à"), second.body());
  }

  @Test
  void aFacetNarrowsTheSearchAndTwoValuesOfOneAttributeAreEitherOne() {
    String all = demo.get(researcher, "/recherche?q=attente").body();
    assertTrue(all.contains("where=establishment%3ACHU1"), "a facet link adds the filter");
    HttpResponse<String> one = demo.get(researcher, "/recherche?q=attente&where=establishment%3ACHU1");
    int chu1 = pipelineSegments("attente", Map.of("establishment", List.of("CHU1")));
    assertEquals(chu1, shownSegments(one.body()));
    assertTrue(chu1 < shownSegments(all));
    assertTrue(one.body().contains("name=\"where\" value=\"establishment:CHU1\""), "the filter stays in the form");
    assertTrue(one.body().contains("where=establishment%3ACH2"), "the other establishments stay offered");
    int both = shownSegments(demo.get(researcher, "/recherche?q=attente&where=establishment%3ACHU1&where=establishment%3ACH2")
        .body());
    assertEquals(pipelineSegments("attente", Map.of("establishment", List.of("CHU1", "CH2"))), both);
    assertTrue(both > chu1);
  }

  @Test
  void htmxGetsTheResultsAlone() {
    HttpResponse<String> fragment = demo.send(researcher, HttpRequest.newBuilder(
        URI.create(demo.base() + "/recherche?q=attente")).header("HX-Request", "true").GET().build());
    assertEquals(200, fragment.statusCode());
    assertTrue(fragment.body().contains("<mark>") && !fragment.body().contains("<html"), fragment.body());
  }

  @Test
  void aQueryThatCannotBeReadIsExplainedInFrench() {
    HttpResponse<String> page = demo.get(researcher, "/recherche?q=" + q("attente (repas"));
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Requête invalide : parenthèse ouverte à la position 9 jamais fermée"), page.body());
    assertTrue(page.body().contains("<pre>        ^</pre>"), "a caret under the fault");
    HttpResponse<String> quote = demo.send(researcher, HttpRequest.newBuilder(
        URI.create(demo.base() + "/recherche?q=" + q("\"temps d'attente"))).header("HX-Request", "true").GET().build());
    assertTrue(quote.body().contains("guillemet non fermé à la position 1"), quote.body());
  }

  @Test
  void anEmptyQueryExplainsHowToSearch() {
    String page = demo.get(researcher, "/recherche").body();
    assertTrue(page.contains("Comment chercher") && page.contains("attent*") && page.contains("~3"), page);
  }

  @Test
  void badAddressesAreRefused() {
    assertEquals(400, demo.get(researcher, "/recherche?q=attente&page=deux").statusCode());
    assertEquals(400, demo.get(researcher, "/recherche?q=attente&page=0").statusCode());
    assertEquals(400, demo.get(researcher, "/recherche?q=attente&where=CHU1").statusCode());
    HttpResponse<String> unknown = demo.get(researcher, "/recherche?q=attente&where=couleur%3Ableu");
    assertEquals(200, unknown.statusCode());
    assertTrue(unknown.body().contains("Attribut inconnu « couleur »"), unknown.body());
    assertEquals(400, demo.get(researcher, "/recherche.xlsx").statusCode());
  }

  @Test
  void aNameInASegmentNeverReachesTheConcordance() {
    String page = small.get(smallResearcher, "/recherche?q=gentil").body();
    assertTrue(page.contains("[NOM-1]") && !page.contains("Martin"), page);
    String demoPage = demo.get(researcher, "/recherche?q=remarquable").body();
    assertTrue(demoPage.contains("[NOM-") && !demoPage.contains("Lefèvre"), demoPage);
    // The name searched for is the match itself: the line shows its placeholder.
    String byName = demo.get(researcher, "/recherche?q=" + q("Lefèvre")).body();
    String table = byName.substring(byName.indexOf("<table"), byName.indexOf("</table>"));
    assertTrue(table.contains("<mark>[NOM-") && !table.contains("Lefèvre"), table);
    // A researcher who asks for raw text gets it.
    assertTrue(demo.get(researcher, "/recherche?q=remarquable&brut=1").body().contains("Lefèvre"));
  }

  @Test
  void theWorkbookHoldsEveryHitPseudonymisedWithFormulasNeutralised() throws IOException {
    List<List<String>> rows = workbook(demo, researcher, "/recherche.xlsx?q=" + q("attent*"));
    int lines = new Pipeline(Progress.SILENT).search(demo.study(), new SearchRequest("attent*", Map.of(), false, 0, 45))
        .lines().size();
    assertEquals(lines, rows.size() - 3);
    assertTrue(rows.get(2).containsAll(List.of("Source", "Locuteur", "Établissement", "Contexte gauche", "Occurrence")),
        rows.get(2).toString());
    List<List<String>> smallRows = workbook(small, smallResearcher, "/recherche.xlsx?q=attente");
    List<String> cells = smallRows.stream().flatMap(List::stream).toList();
    assertTrue(cells.stream().anyMatch(c -> c.startsWith("'=HYPERLINK")), cells.toString());
    assertTrue(cells.stream().anyMatch(c -> c.startsWith("'-2 heures")), cells.toString());
    assertTrue(cells.stream().noneMatch(c -> c.startsWith("=") || c.startsWith("-")), cells.toString());
    assertTrue(workbook(small, smallResearcher, "/recherche.xlsx?q=gentil&brut=1").stream().flatMap(List::stream)
        .noneMatch(c -> c.contains("Martin")), "the workbook is pseudonymised, always");
  }

  private static List<List<String>> workbook(AtelierFixture atelier, HttpClient client, String path) throws IOException {
    HttpResponse<byte[]> file;
    try {
      file = client.send(HttpRequest.newBuilder(URI.create(atelier.base() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    assertEquals(200, file.statusCode());
    assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet sheet = book.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue()));
        }
        rows.add(cells);
      }
    }
    return rows;
  }
}
