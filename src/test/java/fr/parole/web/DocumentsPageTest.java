package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Documents over HTTP: reading, span coding at exact offsets, what is refused, memos, an XSS verbatim. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsPageTest {
  private AtelierFixture atelier;
  private HttpClient client;
  private long source;
  private String page;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
    client = atelier.researcher();
    Matcher link = Pattern.compile("href=\"/documents/(\\d+)\">entretiens/CDS1.md<").matcher(
        atelier.get(client, "/documents").body());
    assertTrue(link.find());
    source = Long.parseLong(link.group(1));
    page = atelier.get(client, "/documents/" + source + "?brut=1").body();
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  @Test
  void theListAndADocumentShowTurnsInOrderWithTheirCodes() {
    String list = atelier.get(client, "/documents").body();
    assertTrue(list.contains("Entretien") && list.contains("Commentaires"), list);
    HttpResponse<String> shown = atelier.get(client, "/documents/" + source);
    assertEquals(200, shown.statusCode());
    String html = shown.body();
    assertTrue(html.contains("class=\"segment interviewer\"") && html.contains("class=\"segment turn\""));
    assertTrue(html.contains("id=\"segment-") && html.contains("texte pseudonymisé"));
    assertTrue(html.contains("<span class=\"by\">machine</span>"), "the machine's counted codes in the margin");
    assertEquals(404, atelier.get(client, "/documents/999999").statusCode());
    assertEquals(400, atelier.get(client, "/documents/abc").statusCode());
    HttpResponse<String> jump = atelier.get(client, "/documents/segment/" + segment("turn"));
    assertEquals(200, jump.statusCode());
    assertEquals(404, atelier.get(client, "/documents/segment/999999999").statusCode());
  }

  @Test
  void aSpanIsStoredWithItsExactOffsetsAndShownInTheMargin() throws SQLException {
    long segment = segment("turn");
    String text = textOf(segment);
    int start = 3;
    int end = Math.min(text.length(), 25);
    HttpResponse<String> done = code(segment, "debut=" + start + "&fin=" + end + "&brut=1&codes=type/levier");
    assertEquals(200, done.statusCode(), done.body());
    try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT span_start, span_end, coder,"
        + " origin FROM codings WHERE segment_id = ? AND code = 'type/levier' AND origin = 'human'")) {
      ps.setLong(1, segment);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(start, rs.getInt(1));
        assertEquals(end, rs.getInt(2));
        assertEquals("alice", rs.getString(3));
      }
    }
    assertTrue(count("SELECT COUNT(*) FROM audit_log WHERE action = 'document.coder' AND target = 'segment " + segment
        + "'") == 1);
    String quoted = html(text.substring(start, end));
    assertTrue(done.body().contains("« " + quoted + " »"), "the passage in the margin");
  }

  @Test
  void badSpansInterviewerTurnsAndUnknownCodesAreRefused() throws SQLException {
    long segment = segment("turn");
    int before = count("SELECT COUNT(*) FROM codings WHERE origin = 'human'");
    HttpResponse<String> out = code(segment, "debut=0&fin=999999&brut=1&codes=type/levier");
    assertEquals(400, out.statusCode());
    assertTrue(out.body().contains("sort du segment"), out.body());
    HttpResponse<String> interviewer = code(segment("interviewer"), "codes=type/levier");
    assertEquals(400, interviewer.statusCode());
    assertTrue(interviewer.body().contains("tour de l&#39;enquêteur") || interviewer.body().contains("tour de l'enquêteur"));
    assertEquals(400, code(segment, "codes=pas/un-code").statusCode());
    assertEquals(400, code(segment, "").statusCode(), "no code chosen");
    assertEquals(400, code(segment, "debut=a&fin=3&codes=type/levier").statusCode());
    assertEquals(404, code(999999999, "codes=type/levier").statusCode());
    assertEquals(403, atelier.post(client, "/documents/" + source + "/codages", "segment=" + segment
        + "&codes=type/levier").statusCode(), "no CSRF token");
    assertEquals(before, count("SELECT COUNT(*) FROM codings WHERE origin = 'human'"));
  }

  @Test
  void onlyOnesOwnCodingIsRemoved() throws SQLException {
    long segment = segment("turn");
    new Pipeline(Progress.SILENT).codeByHand(atelier.study(), "partenariat", segment, "type/obstacle", "bob", null, null);
    long bobs = count("SELECT MAX(id) FROM codings WHERE coder = 'bob'");
    HttpResponse<String> refused = remove(bobs, segment);
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("vous-même"));
    long machine = count("SELECT MIN(id) FROM codings WHERE origin <> 'human'");
    assertEquals(403, remove(machine, segment).statusCode());
    assertEquals(404, remove(999999999, segment).statusCode());
    assertEquals(200, code(segment, "codes=type/obstacle").statusCode());
    long mine = count("SELECT MAX(id) FROM codings WHERE coder = 'alice' AND code = 'type/obstacle'");
    assertEquals(200, remove(mine, segment).statusCode());
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE id = " + mine));
    assertEquals(1, count("SELECT COUNT(*) FROM codings WHERE id = " + bobs));
  }

  @Test
  void aMemoIsStoredAndShownWithItsAuthor() throws SQLException {
    long segment = segment("turn");
    HttpResponse<String> done = atelier.post(client, "/documents/" + source + "/memos", "_csrf=" + csrf()
        + "&cible=segment&segment=" + segment + "&texte=" + URLEncoder.encode("Revoir ce passage <b>", StandardCharsets.UTF_8));
    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("Mémo de alice") && done.body().contains("Revoir ce passage &lt;b&gt;"));
    assertEquals(200, atelier.post(client, "/documents/" + source + "/memos", "_csrf=" + csrf()
        + "&cible=code&code=type/levier&texte=D%C3%A9finition%20%C3%A0%20revoir").statusCode());
    assertTrue(atelier.get(client, "/documents/" + source).body().contains("Définition à revoir"));
    assertEquals(400, atelier.post(client, "/documents/" + source + "/memos", "_csrf=" + csrf()
        + "&cible=segment&segment=" + segment + "&texte=").statusCode());
    assertEquals(400, atelier.post(client, "/documents/" + source + "/memos", "_csrf=" + csrf()
        + "&cible=planete&texte=x").statusCode());
    assertEquals(2, count("SELECT COUNT(*) FROM memos"));
    assertEquals(2, count("SELECT COUNT(*) FROM audit_log WHERE action = 'memo.ajouter'"));
  }

  @Test
  void aScriptInAVerbatimStaysText(@TempDir Path temporary) {
    Path folder = TestStudies.write(temporary.resolve("xss"), "name: xss\nsources:\n  - path: verbatims/\n"
        + "    type: verbatims\ncodebook: esatis\nattributes: [establishment, service, polarity]\n",
        "verbatims/export.csv", "Date de réponse;Établissement;Service;Enquête;Points positifs;Points à améliorer\r\n"
            + "05/06/2020;CH2;Gériatrie;+48h MCO;<script>alert(1)</script> accueil parfait;<img src=x onerror=alert(2)>\r\n");
    Study study = Study.open(folder);
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    try (AtelierFixture xss = AtelierFixture.of(study)) {
      HttpClient researcher = xss.researcher();
      Matcher link = Pattern.compile("href=\"/documents/(\\d+)\"").matcher(xss.get(researcher, "/documents").body());
      assertTrue(link.find());
      String html = xss.get(researcher, "/documents/" + link.group(1) + "?brut=1").body();
      assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
      assertFalse(html.contains("<script>alert") || html.contains("<img src=x"));
    }
  }

  private HttpResponse<String> code(long segment, String fields) {
    return atelier.post(client, "/documents/" + source + "/codages", "_csrf=" + csrf() + "&segment=" + segment + "&"
        + fields);
  }

  private HttpResponse<String> remove(long coding, long segment) {
    return atelier.post(client, "/documents/" + source + "/codages/" + coding + "/retirer", "_csrf=" + csrf()
        + "&segment=" + segment);
  }

  private String csrf() {
    return AtelierFixture.csrf(page);
  }

  private long segment(String kind) {
    Matcher m = Pattern.compile("id=\"segment-(\\d+)\" class=\"segment " + kind + "\"").matcher(page);
    assertTrue(m.find(), kind);
    return Long.parseLong(m.group(1));
  }

  private String textOf(long segment) throws SQLException {
    try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT text FROM segments WHERE id = ?")) {
      ps.setLong(1, segment);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static String html(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
  }

  private int count(String sql) throws SQLException {
    return StoreRows.count(atelier.study(), sql);
  }

  private Connection connection() throws SQLException {
    return StoreRows.connection(atelier.study());
  }
}
