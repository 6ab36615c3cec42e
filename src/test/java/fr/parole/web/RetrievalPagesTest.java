package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.report.CountedCodes;
import fr.parole.report.ReportService;
import fr.parole.study.CodeThreshold;
import fr.parole.study.ReportQueries.CodingRow;
import fr.parole.study.SegmentRecord;
import fr.parole.study.StudyStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Matrices and memos over HTTP on the demo: each count equals one made here from the store's
 * codings with the counting rule alone, a cell opens exactly its segments, exports are
 * neutralised and pseudonymised, memos are found without accents and pseudonymised for a co-researcher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetrievalPagesTest {
  private static final Pattern CELL = Pattern.compile("href=\"/matrices/segments\\?([^\"]+)\">([\\d\u00a0]+)<");
  private AtelierFixture atelier;
  private HttpClient remi;
  /** The demo's counted codes of « partenariat » per segment, each with its parents (made here, not by the atelier). */
  private Map<Long, Set<String>> counted;
  private Map<Long, String> roles;

  @BeforeAll
  void start(@TempDir Path temporary) throws Exception {
    atelier = AtelierFixture.of(PeopleTest.demoWithAccounts(temporary), new TestClock());
    remi = atelier.signedIn("Rémi", PeopleTest.PASSWORD);
    counted = countedHere("partenariat");
    roles = new HashMap<>();
    try (StudyStore store = atelier.study().openStore()) {
      for (long segment : counted.keySet()) {
        SegmentRecord s = store.segmentQueries().segment(segment).orElseThrow();
        String role = s.attributes().get("role");
        roles.put(segment, role == null || role.isBlank() ? null : role.trim());
      }
    }
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  @Test
  void everyCountOfTheMatrixIsTheStoresAndOpensExactlyItsSegments() {
    HttpResponse<String> page = atelier.get(remi, "/matrices?codebook=partenariat&lignes=type&colonnes=attribut:role");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Cadre de santé (CDS)"), "columns by the labels of study.yaml");
    assertFalse(page.body().contains(">CDS<"), "never the bare value");
    Map<String, Long> expected = new HashMap<>();
    counted.forEach((segment, codes) -> codes.stream().filter(c -> c.startsWith("type/"))
        .forEach(c -> expected.merge(c + "|" + roles.get(segment), 1L, Long::sum)));
    Map<String, Long> shown = new HashMap<>();
    String biggest = null;
    long most = 0;
    for (Map<String, String> cell : cells(page.body())) {
      long n = Long.parseLong(cell.get("n"));
      String valeur = cell.get("valeur");
      shown.put(cell.get("code") + "|" + (valeur.equals(Links.MISSING) ? null : valeur), n);
      if (n > most) {
        most = n;
        biggest = cell.get("query");
      }
    }
    assertFalse(expected.isEmpty());
    assertEquals(expected, shown);
    String[] key = key(biggest);
    Set<Long> wanted = new TreeSet<>();
    counted.forEach((segment, codes) -> {
      if (codes.contains(key[0]) && java.util.Objects.equals(roles.get(segment), key[1])) {
        wanted.add(segment);
      }
    });
    assertEquals(wanted, segmentsOf("/matrices/segments?" + biggest));
  }

  @Test
  void coOccurrenceCountsSegmentsCarryingBothCodes() {
    HttpResponse<String> page = atelier.get(remi, "/matrices?codebook=partenariat&lignes=type&colonnes=codes:type");
    assertEquals(200, page.statusCode(), page.body());
    int checked = 0;
    for (Map<String, String> cell : cells(page.body())) {
      String a = cell.get("code");
      String b = cell.get("avec");
      long expected = counted.values().stream().filter(c -> c.contains(a) && c.contains(b)).count();
      assertEquals(expected, Long.parseLong(cell.get("n")), a + " × " + b);
      if (!a.equals(b) && checked++ == 0) {
        Set<Long> wanted = new TreeSet<>();
        counted.forEach((segment, codes) -> {
          if (codes.contains(a) && codes.contains(b)) {
            wanted.add(segment);
          }
        });
        assertEquals(wanted, segmentsOf("/matrices/segments?" + cell.get("query")));
      }
    }
    assertTrue(checked > 0, "two codes of the demo co-occur");
  }

  @Test
  void exportsAreWorkbooksWithNumbersAndNeutralisedText() throws Exception {
    HttpResponse<byte[]> matrix = bytes(remi, "/matrices.xlsx?codebook=partenariat&lignes=type&colonnes=attribut:role");
    assertEquals(200, matrix.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(matrix.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertTrue(sheet.getRow(2).getCell(2).getStringCellValue().length() > 0);
      assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, sheet.getRow(4).getCell(1).getCellType());
    }
    HttpResponse<byte[]> cell = bytes(remi, "/matrices/segments.xlsx?codebook=partenariat&code=type/levier&avec=type/levier");
    assertEquals(200, cell.statusCode());
    int rows = 0;
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(cell.body()))) {
      for (Row row : book.getSheetAt(0)) {
        rows++;
        for (Cell c : row) {
          if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
            assertFalse(c.getStringCellValue().contains(DiscussionTest.RAW_NAME), "pseudonymised: " + c.getStringCellValue());
          }
        }
      }
    }
    long levier = counted.values().stream().filter(c -> c.contains("type/levier")).count();
    assertEquals(levier + 2, rows, "a title, the header, then one row per segment of the cell");
  }

  @Test
  void aWorkbookNeutralisesCellsThatWouldRunAsFormulas() throws Exception {
    byte[] file = new RetrievalWorkbook().segments("=cmd", 1, List.of(new Quotes.Quote(1, "=HYPERLINK(\"x\")",
        "@SUM(A1)", "+1", "/documents/1#segment-1", "/discussion/nouveau?segment=1")));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = book.getSheetAt(0);
      assertEquals("'=cmd : 1 segment(s). Texte pseudonymisé.", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("'=HYPERLINK(\"x\")", sheet.getRow(3).getCell(0).getStringCellValue());
      assertEquals("'+1", sheet.getRow(3).getCell(1).getStringCellValue());
      assertEquals("'@SUM(A1)", sheet.getRow(3).getCell(2).getStringCellValue());
    }
  }

  @Test
  void badAddressesGetFrenchPages() {
    HttpResponse<String> attribute = atelier.get(remi, "/matrices?codebook=partenariat&colonnes=attribut:taille");
    assertEquals(400, attribute.statusCode());
    assertTrue(attribute.body().contains("pas d&#39;attribut « taille »") || attribute.body().contains("pas d'attribut « taille »"),
        attribute.body());
    assertEquals(404, atelier.get(remi, "/matrices?codebook=inconnu").statusCode());
    assertEquals(404, atelier.get(remi, "/matrices?codebook=partenariat&lignes=rien").statusCode());
    assertEquals(400, atelier.get(remi, "/matrices?codebook=partenariat&colonnes=n%27importe").statusCode());
    HttpResponse<String> code = atelier.get(remi, "/matrices/segments?codebook=partenariat&code=type/rien&attribut=role&valeur=CDS");
    assertEquals(404, code.statusCode());
    assertTrue(code.body().contains("n&#39;a pas de code « type/rien »") || code.body().contains("n'a pas de code « type/rien »"));
    assertEquals(404, atelier.get(remi, "/matrices/segments?codebook=partenariat&code=type/levier&avec=type/rien").statusCode());
    assertEquals(400, atelier.get(remi, "/matrices/segments?codebook=partenariat&code=type/levier").statusCode());
    assertEquals(400, atelier.get(remi, "/matrices/segments?codebook=partenariat&code=type/levier&attribut=x&valeur=y")
        .statusCode());
    assertEquals(400, atelier.get(remi, "/matrices/segments?codebook=partenariat&code=type/levier&avec=type/levier&page=0")
        .statusCode());
    assertEquals(403, atelier.get(atelier.signedIn("Louis", PeopleTest.PASSWORD), "/matrices").statusCode());
  }

  @Test
  void memosOnTheStudyACodeAndASegmentAreListedFoundAndPseudonymised() {
    SegmentRecord quote = DiscussionTest.quoteWithTheName(atelier.study());
    assertEquals(303, postMemo(remi, "cible=study&texte=" + enc("Méfiance des équipes envers la démarche.")).statusCode());
    HttpResponse<String> onCode = postMemo(remi, "cible=code&code=partenariat/type/levier&retour=/themes/partenariat/type/levier"
        + "&texte=" + enc("Levier à scinder ?"));
    assertEquals(303, onCode.statusCode());
    assertEquals("/themes/partenariat/type/levier?fait=memo", onCode.headers().firstValue("Location").orElseThrow());
    String theme = atelier.get(remi, "/themes/partenariat/type/levier?fait=memo").body();
    assertTrue(theme.contains("Mémo enregistré.") && theme.contains("Levier à scinder ?"), "the memo on its theme's page");
    assertEquals(303, postMemo(remi, "cible=segment&segment=" + quote.id() + "&retour=https://example.org/&texte="
        + enc("Citation : " + quote.text())).headers().firstValue("Location").map(l -> l.startsWith("/memos") ? 303 : 0)
        .orElse(0));
    String all = atelier.get(remi, "/memos").body();
    assertTrue(all.indexOf("Citation") < all.indexOf("Levier à scinder") && all.indexOf("Levier à scinder") < all.indexOf(
        "Méfiance des"), "newest first");
    assertTrue(all.contains("href=\"/themes/partenariat/type/levier\"") && all.contains("href=\"/documents/segment/"
        + quote.id() + "\""), "subjects link to the theme and the segment in its document");
    assertFalse(all.contains(">partenariat/type/levier<"), "a code by its label, not its id");
    String found = atelier.get(remi, "/memos?q=MEFIANCE").body();
    assertTrue(found.contains("Méfiance des équipes") && !found.contains("Levier à scinder"), "accents and case ignored");
    assertTrue(atelier.get(remi, "/memos?type=code&auteur=R%C3%A9mi").body().contains("Levier à scinder"));
    assertFalse(atelier.get(remi, "/memos?type=study").body().contains("Levier à scinder"));
    HttpClient claire = atelier.signedIn("Claire", PeopleTest.PASSWORD);
    String hers = atelier.get(claire, "/memos?brut=1").body();
    assertTrue(hers.contains("Citation") && !hers.contains(DiscussionTest.RAW_NAME), "pseudonymised for a co-researcher");
    assertTrue(atelier.get(remi, "/memos?brut=1").body().contains(DiscussionTest.RAW_NAME), "raw for a researcher asking");
    assertEquals(403, postMemo(claire, "cible=study&texte=x").statusCode(), "only people who may review write memos");
  }

  @Test
  void emptyTooLongAndUnknownMemosAreRefusedAndNothingIsStored() throws Exception {
    int before = memoCount();
    assertEquals(400, postMemo(remi, "cible=study&texte=%20%20").statusCode());
    HttpResponse<String> tooLong = postMemo(remi, "cible=study&texte=" + "a".repeat(5001));
    assertEquals(400, tooLong.statusCode());
    assertTrue(tooLong.body().contains("au plus 5"), tooLong.body());
    assertEquals(400, postMemo(remi, "cible=code&code=partenariat/type/rien&texte=x").statusCode());
    assertEquals(400, postMemo(remi, "cible=segment&segment=999999999&texte=x").statusCode());
    assertEquals(400, postMemo(remi, "cible=planete&texte=x").statusCode());
    assertEquals(before, memoCount());
  }

  // -- helpers

  private Map<Long, Set<String>> countedHere(String codebook) throws Exception {
    Codebook book = ReportService.codebook(atelier.study(), codebook).orElseThrow();
    Map<String, CodeThreshold> thresholds;
    Map<Long, List<CodingRow>> rows = new LinkedHashMap<>();
    try (StudyStore store = atelier.study().openStore()) {
      thresholds = store.reportQueries().thresholds(codebook);
    }
    try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT segment_id, code, coder, origin,"
        + " status, COALESCE(confidence, 1) FROM codings WHERE codebook = ? ORDER BY segment_id, code, id")) {
      ps.setString(1, codebook);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CodingRow(rs.getLong(1), -1,
              rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getDouble(6)));
        }
      }
    }
    Map<Long, Set<String>> kept = new HashMap<>();
    rows.forEach((segment, codings) -> {
      Set<String> codes = new TreeSet<>();
      CountedCodes.keep(codings, code -> CountedCodes.threshold(thresholds, code), d -> CountedCodes.exclusive(
          java.util.Optional.of(book), d)).values().forEach(byCode -> byCode.keySet().forEach(code -> {
            for (Code at = book.code(code).orElse(null); at != null; at = at.parent() == null || at.parent().isBlank()
                ? null : book.code(at.dimension() + "/" + at.parent()).orElse(null)) {
              codes.add(at.path());
            }
          }));
      if (!codes.isEmpty()) {
        kept.put(segment, codes);
      }
    });
    return kept;
  }

  private List<Map<String, String>> cells(String html) {
    List<Map<String, String>> cells = new ArrayList<>();
    Matcher m = CELL.matcher(html);
    while (m.find()) {
      String query = m.group(1).replace("&amp;", "&");
      Map<String, String> cell = new HashMap<>();
      for (String pair : query.split("&")) {
        String[] kv = pair.split("=", 2);
        cell.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
      }
      cell.put("n", m.group(2).replace("\u00a0", ""));
      cell.put("query", query);
      cells.add(cell);
    }
    return cells;
  }

  private static String[] key(String query) {
    Map<String, String> cell = new HashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      cell.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    String value = cell.get("valeur");
    return new String[] {cell.get("code"), value.equals(Links.MISSING) ? null : value};
  }

  /** Every segment a list shows, page after page. */
  private Set<Long> segmentsOf(String address) {
    Set<Long> ids = new TreeSet<>();
    Pattern segment = Pattern.compile("<li id=\"segment-(\\d+)\">");
    for (int page = 1; page < 1000; page++) {
      HttpResponse<String> shown = atelier.get(remi, address + "&page=" + page);
      assertEquals(200, shown.statusCode());
      Matcher m = segment.matcher(shown.body());
      int before = ids.size();
      while (m.find()) {
        ids.add(Long.parseLong(m.group(1)));
      }
      if (!shown.body().contains("rel=\"next\"")) {
        assertTrue(ids.size() > before || page == 1);
        return ids;
      }
    }
    throw new AssertionError("too many pages");
  }

  private HttpResponse<String> postMemo(HttpClient client, String body) {
    String token = AtelierFixture.csrf(atelier.get(client, "/memos").body());
    HttpClient noRedirect = HttpClient.newBuilder().cookieHandler(client.cookieHandler().orElseThrow())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    return atelier.send(noRedirect, HttpRequest.newBuilder(URI.create(atelier.base() + "/memos"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&" + body)).build());
  }

  private HttpResponse<byte[]> bytes(HttpClient client, String path) {
    return atelier.send(client, HttpRequest.newBuilder(URI.create(atelier.base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private int memoCount() throws Exception {
    try (Connection c = connection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM memos")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private Connection connection() throws Exception {
    return DriverManager.getConnection("jdbc:sqlite:" + atelier.study().storeFile());
  }

  private static String enc(String value) {
    return AtelierFixture.encode(value);
  }
}
