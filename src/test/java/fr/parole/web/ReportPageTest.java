package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Rapport over HTTP: produced with the CSRF token only, viewed with its own policy, nothing outside its folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPageTest {
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

  private Path reportRoot() {
    return atelier.study().workDir().resolve("atelier").resolve("rapport");
  }

  @Test
  @Order(1)
  void beforeAnyReportThePageSaysSoAndNothingIsServed() {
    HttpResponse<String> page = atelier.get(researcher, "/rapport");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Aucun rapport n&#39;a encore été produit") || page.body().contains("Aucun rapport n'a encore"),
        page.body());
    assertEquals(404, atelier.get(researcher, "/rapport/voir/index.html").statusCode());
    assertEquals(404, atelier.get(researcher, "/rapport/tableaux.xlsx").statusCode());
  }

  @Test
  @Order(2)
  void producingTheReportNeedsTheCsrfToken() {
    assertEquals(403, atelier.post(researcher, "/rapport", "").statusCode());
    assertEquals(403, atelier.post(researcher, "/rapport", "_csrf=autre").statusCode());
    assertFalse(Files.exists(reportRoot()), "nothing written");
  }

  @Test
  @Order(3)
  void producedTheReportIsViewableWithItsOwnPolicy() {
    String token = AtelierFixture.csrf(atelier.get(researcher, "/rapport").body());
    HttpResponse<String> done = atelier.post(researcher, "/rapport", "_csrf=" + token);
    assertEquals(200, done.statusCode());
    assertEquals("/rapport", done.uri().getPath(), "redirected to the page after writing");
    assertTrue(done.body().contains("a été produit le") && done.body().contains("/rapport/voir/index.html"), done.body());
    HttpResponse<String> report = atelier.get(researcher, "/rapport/voir/index.html");
    assertEquals(200, report.statusCode());
    assertTrue(report.body().contains("<h1>"), "the report's page");
    String csp = report.headers().firstValue("Content-Security-Policy").orElseThrow();
    int scripts = report.body().split("<script>", -1).length - 1;
    assertTrue(scripts > 0, "the demo report has its quotes filters");
    assertEquals(scripts, csp.split("'sha256-", -1).length - 1, "each of the report's scripts, by its hash: " + csp);
    assertTrue(csp.contains("style-src 'unsafe-inline'") && !csp.contains("script-src 'unsafe-inline'")
        && csp.contains("default-src 'none'"), csp);
    String chart = firstChart();
    HttpResponse<String> svg = atelier.get(researcher, "/rapport/voir/graphiques/" + chart);
    assertEquals(200, svg.statusCode());
    assertTrue(svg.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
  }

  private String firstChart() {
    try (var files = Files.list(reportRoot().resolve("demo").resolve("graphiques"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().findFirst().orElseThrow();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @Order(4)
  void theTablesAndTheWholeReportDownload() throws IOException {
    byte[] xlsx = bytes("/rapport/tableaux.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertTrue(book.getNumberOfSheets() > 3);
    }
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes("/rapport/rapport.zip")))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    assertTrue(names.contains("rapport/index.html") && names.contains("rapport/tableaux.xlsx")
        && names.stream().anyMatch(n -> n.startsWith("rapport/graphiques/")), names.toString());
    assertTrue(new String(bytes("/rapport/rapport.html"), java.nio.charset.StandardCharsets.UTF_8).contains("<html"));
  }

  private byte[] bytes(String path) {
    try {
      HttpResponse<byte[]> file = researcher.send(HttpRequest.newBuilder(URI.create(atelier.base() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, file.statusCode(), path);
      assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("attachment"), path);
      return file.body();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(5)
  void nothingOutsideTheReportFolderIsServed() {
    for (String path : List.of("/rapport/voir/../../study.yaml", "/rapport/voir/..%2F..%2F..%2F..%2Fstudy.yaml",
        "/rapport/voir/%2E%2E/%2E%2E/%2E%2E/%2E%2E/study.yaml", "/rapport/voir/graphiques/../../../../../study.yaml",
        "/rapport/voir/..%5C..%5C..%5C..%5Cstudy.yaml", "/rapport/voir/%2Fetc%2Fpasswd")) {
      HttpResponse<String> refused = atelier.send(researcher, HttpRequest.newBuilder(URI.create(atelier.base() + path))
          .GET().build());
      assertTrue(refused.statusCode() == 400 || refused.statusCode() == 404, path + " → " + refused.statusCode());
      assertFalse(refused.body().contains("sources:") || refused.body().contains("root:"), path);
    }
  }

  @Test
  void onlyTheReportsOwnScriptsAreAllowed() {
    String policy = ReportPage.reportPolicy("<html><script>alert(1)</script><p>x</p></html>");
    assertTrue(policy.contains("script-src 'none'"), policy);
  }
}
