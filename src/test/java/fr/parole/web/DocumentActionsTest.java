package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document page's coding tools over HTTP: stripes by code with their colours and who coded,
 * filters, the next uncoded turn, undo and redo (and the refusal when someone else changed the
 * coding), autocoding with its confirmation, and the activity page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentActionsTest {
  private AtelierFixture atelier;
  private HttpClient client;
  private long source;
  private String page;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.demo(temporary);
    client = atelier.researcher();
    Matcher link = Pattern.compile("href=\"/documents/(\\d+)\">entretiens/DQ2.md<").matcher(
        atelier.get(client, "/documents").body());
    assertTrue(link.find());
    source = Long.parseLong(link.group(1));
    page = atelier.get(client, "/documents/" + source).body();
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  /** Each test leaves no coding of alice's behind, so that the others start from the demo as run. */
  @AfterEach
  void undoAll() throws SQLException {
    for (int i = 0; i < 10 && count("SELECT COUNT(*) FROM coding_actions WHERE person = 'alice' AND state = 'done'") > 0;
        i++) {
      post("/annuler", "");
    }
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE coder = 'alice'"));
  }

  @Test
  void stripesShowEachCodeInItsColourWithWhoCodedItAndFilter() {
    assertTrue(page.contains("class=\"stripe k") && page.contains("tabindex=\"0\"><span class=\"tip\" role=\"tooltip\">"),
        "a stripe per code, focusable, its label on focus");
    assertTrue(page.contains("machine (règle") || page.contains("machine (modèle"), "who and the origin");
    assertTrue(page.contains("href=\"/documents/" + source + "/couleurs.css\""));
    HttpResponse<String> css = atelier.get(client, "/documents/" + source + "/couleurs.css");
    assertEquals(200, css.statusCode());
    assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    assertTrue(css.body().matches("(?s).*\\.stripe\\.k0, \\.swatch\\.k0 \\{ background: #[0-9a-f]{6}; }.*"), css.body());

    long segment = segment("turn");
    assertEquals(200, code(segment, "type/levier").statusCode());
    String mine = atelier.get(client, "/documents/" + source + "?codeur=alice").body();
    assertTrue(mine.contains("Levier — alice (personne, accepté)"), "alice's stripe");
    assertFalse(mine.contains("— machine ("), "the machine's stripes filtered out");
    assertTrue(mine.contains("<option value=\"alice\" selected>"), "the filter as chosen");
    String levier = atelier.get(client, "/documents/" + source + "?code=type/levier").body();
    Matcher tips = Pattern.compile("role=\"tooltip\">([^<]+?) — ").matcher(levier);
    int shown = 0;
    while (tips.find()) {
      assertTrue(tips.group(1).endsWith("Levier"), tips.group(1));
      shown++;
    }
    assertTrue(shown > 0, "the Levier stripes stay");
  }

  @Test
  void nextUncodedTurnSkipsTurnsWithACodeAndMovesOnWhenOneIsCoded() throws SQLException {
    long first = segment("");
    HttpResponse<String> none = atelier.get(client, "/documents/" + source + "/suivant?depuis=" + first);
    assertEquals(200, none.statusCode());
    assertTrue(none.body().contains("Aucun tour non codé après celui-ci"), "the demo's turns all have a code");
    // Two later turns lose their codes (the demo codes every turn from the thesis it quotes).
    Matcher turns = Pattern.compile("id=\"segment-(\\d+)\" class=\"segment turn").matcher(page);
    long[] bare = new long[4];
    for (int i = 0; i < 4; i++) {
      assertTrue(turns.find());
      bare[i] = Long.parseLong(turns.group(1));
    }
    try (Connection c = StoreRows.connection(atelier.study()); Statement st = c.createStatement()) {
      st.executeUpdate("DELETE FROM codings WHERE segment_id IN (" + bare[2] + ", " + bare[3] + ")");
    }
    HttpResponse<String> next = atelier.get(client, "/documents/" + source + "/suivant?depuis=" + first);
    assertEquals(bare[2], chosen(next));
    assertTrue(next.body().contains("Prochain tour sans code"));
    assertTrue(next.body().contains("class=\"segment turn chosen\""), "chosen for coding");
    assertEquals(bare[3], chosen(atelier.get(client, "/documents/" + source + "/suivant?apres=" + bare[2])));
    assertEquals(200, code(bare[2], "type/levier").statusCode());
    assertEquals(bare[3], chosen(atelier.get(client, "/documents/" + source + "/suivant?depuis=" + first)),
        "once coded, the next one is further");
    long notByPeople = chosen(atelier.get(client, "/documents/" + source + "/suivant?sans=personne&depuis=" + first));
    assertEquals(bare[0], notByPeople, "the machine's suggestions do not count there");
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE segment_id = " + notByPeople + " AND (origin = 'human'"
        + " OR status <> 'suggested')"));
    assertEquals(400, atelier.get(client, "/documents/" + source + "/suivant?apres=abc").statusCode());
  }

  @Test
  void undoAndRedoReverseExactlyOneActionOfTheirAuthor() throws SQLException {
    int undos = count("SELECT COUNT(*) FROM audit_log WHERE action = 'codage.annuler'");
    long segment = segment("turn");
    assertEquals(200, code(segment, "type/levier").statusCode());
    long coding = count("SELECT MAX(id) FROM codings WHERE coder = 'alice'");
    String shown = atelier.get(client, "/documents/" + source).body();
    assertTrue(shown.contains("« Levier » sur entretiens/DQ2.md, ligne"), "the action to undo, in words");
    HttpResponse<String> undone = post("/annuler", "");
    assertEquals(200, undone.statusCode(), undone.body());
    assertTrue(undone.body().contains("Action annulée"));
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE id = " + coding));
    assertEquals(200, post("/retablir", "").statusCode());
    assertEquals(1, count("SELECT COUNT(*) FROM codings WHERE id = " + coding + " AND coder = 'alice'"),
        "the very same coding back");
    HttpResponse<String> removed = atelier.post(client, "/documents/" + source + "/codages/" + coding + "/retirer",
        "_csrf=" + csrf() + "&segment=" + segment);
    assertEquals(200, removed.statusCode());
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE id = " + coding));
    assertEquals(200, post("/annuler", "").statusCode());
    assertEquals(1, count("SELECT COUNT(*) FROM codings WHERE id = " + coding), "undoing a removal restores it");
    assertEquals(undos + 2, count("SELECT COUNT(*) FROM audit_log WHERE action = 'codage.annuler' AND person = 'alice'"),
        "each undo audited");
    assertEquals(403, atelier.post(client, "/documents/" + source + "/annuler", "page=1").statusCode(), "no CSRF token");
  }

  @Test
  void undoIsRefusedWhenSomeoneElseChangedTheCodingAndNothingIsLost() throws SQLException {
    long segment = segment("turn");
    assertEquals(200, code(segment, "type/levier").statusCode());
    long coding = count("SELECT MAX(id) FROM codings WHERE coder = 'alice'");
    // Marie changes alice's coding (as merging two codes in the codebook editor does), on record.
    try (Connection c = StoreRows.connection(atelier.study()); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE codings SET code = 'type/obstacle' WHERE id = " + coding);
      st.executeUpdate("INSERT INTO audit_log (at, person, action, target, detail) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ',"
          + " 'now', '+1 second'), 'Marie', 'codebook.fusionner', 'codage " + coding + "', 'type/levier → type/obstacle')");
    }
    HttpResponse<String> refused = post("/annuler", "");
    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("Marie a modifié ce codage depuis : annulation impossible"), refused.body());
    assertEquals(1, count("SELECT COUNT(*) FROM codings WHERE id = " + coding + " AND code = 'type/obstacle'"),
        "Marie's change kept");
    assertEquals(1, count("SELECT COUNT(*) FROM coding_actions WHERE person = 'alice' AND state = 'done'"),
        "the action still there");
    assertEquals(1, count("SELECT COUNT(*) FROM coding_actions WHERE person = 'alice' AND state = 'done'"));
    try (Connection c = StoreRows.connection(atelier.study()); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE codings SET code = 'type/levier' WHERE id = " + coding);
    }
  }

  @Test
  void autocodingASpeakerShowsTheCountFirstThenCodesInOneUndoableAction() throws SQLException {
    Matcher option = Pattern.compile("<option value=\"(\\d+)\">DQ 2</option>").matcher(page);
    assertTrue(option.find(), "DQ 2 among the speakers to autocode");
    int turns = count("SELECT COUNT(*) FROM segments WHERE source_id = " + source + " AND speaker = 'DQ 2'"
        + " AND kind = 'turn'");
    String fields = "code=type/levier&par=locuteur&locuteur=" + option.group(1) + "&portee=document";
    HttpResponse<String> preview = atelier.get(client, "/documents/" + source + "/autocodage?" + fields);
    assertEquals(200, preview.statusCode(), preview.body());
    assertTrue(preview.body().contains(turns + " segment(s) seront codés « Levier »"), preview.body());
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE coder = 'alice'"), "nothing coded before confirming");
    HttpResponse<String> done = post("/autocodage", fields);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(turns, count("SELECT COUNT(*) FROM codings WHERE coder = 'alice' AND evidence_id ="
        + " (SELECT id FROM evidences WHERE text = 'autocodage : locuteur « DQ 2 »')"));
    assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action = 'document.autocoder'"));
    String again = atelier.get(client, "/documents/" + source + "/autocodage?" + fields).body();
    assertTrue(again.contains("Aucun segment à coder"), "a segment already coded by a person is left as is");
    assertEquals(200, post("/annuler", "").statusCode());
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE coder = 'alice'"), "the whole batch undone at once");
  }

  @Test
  void badAutocodesAreRefusedInFrench() throws SQLException {
    assertRefused("code=type/inconnu&par=recherche&recherche=temps", "Code inconnu");
    assertRefused("code=type/levier&par=recherche&recherche=+", "la requête est vide");
    assertRefused("code=type/levier&par=recherche&recherche=" + URLEncoder.encode("temps AND (manque",
        StandardCharsets.UTF_8), "Requête");
    assertRefused("code=type/levier&par=planete", "par locuteur, par section ou par recherche");
    assertRefused("code=type/levier&par=locuteur&locuteur=999", "Choisissez un locuteur");
    assertRefused("code=type/levier&par=section&section=Lune", "aucune section « Lune »");
    assertEquals(403, atelier.post(client, "/documents/" + source + "/autocodage",
        "code=type/levier&par=recherche&recherche=temps").statusCode(), "no CSRF token");
    assertEquals(0, count("SELECT COUNT(*) FROM codings WHERE coder = 'alice'"));
  }

  @Test
  void theActivityPageListsEachPersonsActionsInWords() throws SQLException {
    assertEquals(200, code(segment("turn"), "type/levier").statusCode());
    Matcher option = Pattern.compile("<option value=\"(\\d+)\">DQ 2</option>").matcher(page);
    assertTrue(option.find());
    assertEquals(200, post("/autocodage", "code=type/obstacle&par=locuteur&locuteur=" + option.group(1)
        + "&portee=document").statusCode());
    HttpResponse<String> activity = atelier.get(client, "/activite?personne=alice");
    assertEquals(200, activity.statusCode());
    String html = activity.body();
    assertTrue(html.contains("a codé un segment") && html.contains("« Levier »"), html);
    assertTrue(html.contains("« Obstacle », locuteur « DQ 2 », entretiens/DQ2.md : "), html);
    assertFalse(html.contains("document " + source), "a document by its path, never its id");
    assertTrue(html.contains("entretiens/DQ2.md, ligne"), "the segment by its document and line");
    assertFalse(html.contains("type/levier<"), "a code by its label, never its id");
    assertTrue(html.contains("<option value=\"alice\" selected>alice</option>"));
    assertEquals(404, atelier.get(client, "/activite?personne=Inconnu").statusCode());
    // A proposed code is written with its codebook in the log: shown by its label too.
    new fr.parole.pipeline.DiscussionService(new fr.parole.pipeline.Pipeline(fr.parole.Progress.SILENT)).comment(
        atelier.atelier().services().study(), new fr.parole.study.DiscussionItem.New("segment",
            String.valueOf(segment("turn")), "alice", "2026-12-03T10:00:00Z", "Obstacle plutôt ?", "partenariat",
            "type/obstacle"));
    String proposal = atelier.get(client, "/activite?personne=alice").body();
    assertTrue(proposal.contains("a proposé un code"), proposal);
    assertFalse(proposal.contains("partenariat/type/obstacle"), "a proposed code by its label, never its id");
  }

  private void assertRefused(String fields, String words) {
    HttpResponse<String> refused = atelier.get(client, "/documents/" + source + "/autocodage?" + fields);
    assertEquals(400, refused.statusCode(), fields);
    String body = refused.body().replace("&#39;", "'").replace("&laquo;", "«").replace("&raquo;", "»")
        .replace("&#34;", "\"");
    assertTrue(body.contains(words), fields + " → " + body);
  }

  private HttpResponse<String> code(long segment, String code) {
    return atelier.post(client, "/documents/" + source + "/codages", "_csrf=" + csrf() + "&segment=" + segment
        + "&codes=" + code);
  }

  private HttpResponse<String> post(String action, String fields) {
    return atelier.post(client, "/documents/" + source + action, "_csrf=" + csrf() + "&page=1"
        + (fields.isEmpty() ? "" : "&" + fields));
  }

  private static long chosen(HttpResponse<String> response) {
    Matcher m = Pattern.compile("segment=(\\d+)").matcher(response.uri().toString());
    assertTrue(m.find(), response.uri().toString());
    return Long.parseLong(m.group(1));
  }

  private String csrf() {
    return AtelierFixture.csrf(page);
  }

  /** The first segment of a kind on the first page ("" for the first of any kind). */
  private long segment(String kind) {
    Matcher m = Pattern.compile("id=\"segment-(\\d+)\" class=\"segment " + kind).matcher(page);
    assertTrue(m.find(), kind);
    return Long.parseLong(m.group(1));
  }

  private int count(String sql) throws SQLException {
    return StoreRows.count(atelier.study(), sql);
  }
}
