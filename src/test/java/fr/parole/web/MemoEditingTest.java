package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.pipeline.Accounts;
import fr.parole.study.Study;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A memo edited and deleted over HTTP on the demo: its author or a researcher may, nobody else
 * (403); an edit on a text changed since is refused (409, saying who); nothing is lost (earlier
 * texts kept and shown, a deleted memo kept in the store with who and when); every change has its
 * CSRF token and audit row; bad ids are 400 or 404.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoEditingTest {
  private AtelierFixture atelier;
  private HttpClient remi;
  private HttpClient alice;
  private HttpClient claire;

  @BeforeAll
  void start(@TempDir Path temporary) {
    Study study = PeopleTest.demoWithAccounts(temporary);
    new Accounts().add(study, "Alice", "co-chercheur", PeopleTest.PASSWORD.toCharArray(), true, "test");
    atelier = AtelierFixture.of(study, new TestClock());
    remi = atelier.signedIn("Rémi", PeopleTest.PASSWORD);
    alice = atelier.signedIn("Alice", PeopleTest.PASSWORD);
    claire = atelier.signedIn("Claire", PeopleTest.PASSWORD);
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  @Test
  void theAuthorEditsHerMemoAndTheEarlierTextStaysReadable() throws Exception {
    long id = write(alice, "cible=code&code=partenariat/type/levier&texte=" + enc("Levier à scinder ?"));
    String page = atelier.get(alice, "/memos/" + id).body();
    assertTrue(page.contains("name=\"version\" value=\"1\"") && page.contains("Levier à scinder ?"), page);
    assertTrue(page.contains("Ce mémo n'a jamais été modifié."));
    HttpResponse<String> edited = post(alice, "/memos/" + id, "version=1&retour=/themes/partenariat/type/levier&texte="
        + enc("Levier à scinder en deux : interne et externe."));
    assertEquals(303, edited.statusCode(), edited.body());
    String location = edited.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("/memos/" + id + "?fait=modifie&retour="), location);
    String after = atelier.get(alice, location).body();
    assertTrue(after.contains("Mémo modifié") && after.contains("interne et externe"), after);
    assertTrue(after.contains("modifié le ") && after.contains(" par Alice"), "« modifié le … par … »");
    assertTrue(after.contains("Version 1, écrite par Alice") && after.contains("Levier à scinder ?"),
        "the earlier text is shown");
    assertTrue(after.contains("name=\"version\" value=\"2\""));
    assertTrue(atelier.get(remi, "/memos").body().contains("modifié le "), "the list says it was edited");
    String theme = atelier.get(alice, "/themes/partenariat/type/levier").body();
    assertTrue(theme.contains("interne et externe") && !theme.contains("Levier à scinder ?")
        && theme.contains("/memos/" + id + "?retour=") && theme.contains("Modifier ou supprimer"),
        "the theme shows the new text and a link to change it");
    assertEquals(1, count("SELECT COUNT(*) FROM memo_versions WHERE memo_id = " + id + " AND text = 'Levier à scinder ?'"));
    assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action = 'memo.modifier' AND person = 'Alice'"
        + " AND target = 'mémo " + id + "'"));
    assertTrue(atelier.get(remi, "/activite").body().contains("a modifié un mémo"), "in words in the activity log");
  }

  @Test
  void theDocumentPageLinksItsMemosToTheirPageForThoseWhoMayChangeThem() {
    fr.parole.study.SegmentRecord quote = DiscussionTest.quoteWithTheName(atelier.study());
    long id = write(alice, "cible=segment&segment=" + quote.id() + "&texte=" + enc("Citation forte."));
    String document = atelier.get(alice, "/documents/" + quote.sourceId()).body();
    assertTrue(document.contains("Citation forte.") && document.contains("href=\"/memos/" + id + "?retour=%2Fdocuments%2F"
        + quote.sourceId() + "%3Fpage%3D1\""), "a link back to this page of the document");
    assertFalse(atelier.get(claire, "/documents/" + quote.sourceId()).body().contains("/memos/" + id + "?retour="),
        "no link for someone who may not change it");
  }

  @Test
  void aStaleEditIsRefusedWithWhoChangedItAndNothingIsWritten() throws Exception {
    long id = write(alice, "cible=study&texte=" + enc("Premier jet."));
    assertEquals(303, post(remi, "/memos/" + id, "version=1&texte=" + enc("Relu par Rémi.")).statusCode(),
        "a researcher may edit anyone's memo");
    HttpResponse<String> stale = post(alice, "/memos/" + id, "version=1&texte=" + enc("Deuxième jet."));
    assertEquals(409, stale.statusCode());
    assertTrue(stale.body().contains("a été modifié par Rémi le ") && stale.body().contains("depuis que vous l'avez ouvert"),
        stale.body());
    assertEquals(1, count("SELECT COUNT(*) FROM memos WHERE id = " + id + " AND text = 'Relu par Rémi.' AND version = 2"));
    assertEquals(1, count("SELECT COUNT(*) FROM memo_versions WHERE memo_id = " + id));
  }

  @Test
  void someoneElsesMemoIsRefusedToACoResearcherAndAReader() throws Exception {
    long id = write(alice, "cible=study&texte=" + enc("Le mémo d'Alice."));
    HttpResponse<String> notHers = post(claire, "/memos/" + id, "version=1&texte=x");
    assertEquals(403, notHers.statusCode());
    assertTrue(notHers.body().contains("est de Alice : seul son auteur ou une personne au rôle chercheur peut le modifier"),
        notHers.body());
    assertEquals(403, post(claire, "/memos/" + id + "/supprimer", "").statusCode());
    String shown = atelier.get(claire, "/memos/" + id).body();
    assertFalse(shown.contains("Enregistrer la modification") || shown.contains("Supprimer le mémo"),
        "no form for someone who may not");
    assertFalse(atelier.get(claire, "/memos").body().contains("Modifier, supprimer"));
    HttpClient louis = atelier.signedIn("Louis", PeopleTest.PASSWORD);
    assertEquals(403, atelier.get(louis, "/memos/" + id).statusCode());
    assertEquals(1, count("SELECT COUNT(*) FROM memos WHERE id = " + id + " AND version = 1 AND deleted_at IS NULL"));
  }

  @Test
  void aChangeWithoutItsCsrfTokenIsRefused() throws Exception {
    long id = write(alice, "cible=study&texte=" + enc("Sans jeton."));
    HttpResponse<String> noToken = atelier.send(noRedirect(alice), HttpRequest.newBuilder(URI.create(atelier.base()
        + "/memos/" + id)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=faux&version=1&texte=x")).build());
    assertEquals(403, noToken.statusCode());
    assertEquals(403, atelier.post(alice, "/memos/" + id + "/supprimer", "_csrf=faux").statusCode());
    assertEquals(1, count("SELECT COUNT(*) FROM memos WHERE id = " + id + " AND version = 1 AND deleted_at IS NULL"));
  }

  @Test
  void aDeletedMemoIsShownNowhereButKeptWithWhoAndWhen() throws Exception {
    long id = write(alice, "cible=code&code=partenariat/type/levier&texte=" + enc("À supprimer bientôt."));
    HttpResponse<String> deleted = post(alice, "/memos/" + id + "/supprimer", "retour=/themes/partenariat/type/levier");
    assertEquals(303, deleted.statusCode());
    assertEquals("/themes/partenariat/type/levier?fait=memo-supprime", deleted.headers().firstValue("Location").orElseThrow());
    assertTrue(atelier.get(alice, "/themes/partenariat/type/levier?fait=memo-supprime").body().contains("Mémo supprimé"));
    assertFalse(atelier.get(remi, "/memos").body().contains("À supprimer bientôt."));
    assertFalse(atelier.get(remi, "/themes/partenariat/type/levier").body().contains("À supprimer bientôt."));
    assertEquals(404, atelier.get(remi, "/memos/" + id).statusCode());
    HttpResponse<String> again = post(remi, "/memos/" + id, "version=1&texte=x");
    assertEquals(404, again.statusCode());
    assertTrue(again.body().contains("a été supprimé par Alice le "), again.body());
    assertEquals(1, count("SELECT COUNT(*) FROM memos WHERE id = " + id + " AND deleted_by = 'Alice'"
        + " AND deleted_at IS NOT NULL AND text = 'À supprimer bientôt.'"), "kept in the store");
    assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action = 'memo.supprimer' AND target = 'mémo " + id + "'"));
    String activity = atelier.get(remi, "/activite").body();
    assertTrue(activity.contains("a supprimé un mémo"), "the activity log says it in words");
  }

  @Test
  void badIdsVersionsAndTextsAreRefusedInFrench() throws Exception {
    long id = write(alice, "cible=study&texte=" + enc("Texte stable."));
    assertEquals(400, atelier.get(alice, "/memos/douze").statusCode());
    HttpResponse<String> missing = atelier.get(alice, "/memos/999999");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("L'étude n'a pas de mémo n° 999999"), missing.body());
    assertEquals(404, post(alice, "/memos/999999", "version=1&texte=x").statusCode());
    assertEquals(404, post(alice, "/memos/999999/supprimer", "").statusCode());
    assertEquals(400, post(alice, "/memos/douze", "version=1&texte=x").statusCode());
    assertEquals(400, post(alice, "/memos/" + id, "version=un&texte=x").statusCode());
    assertEquals(400, post(alice, "/memos/" + id, "texte=x").statusCode(), "no version");
    assertEquals(400, post(alice, "/memos/" + id, "version=1&texte=%20%20").statusCode());
    HttpResponse<String> tooLong = post(alice, "/memos/" + id, "version=1&texte=" + "a".repeat(5001));
    assertEquals(400, tooLong.statusCode());
    assertTrue(tooLong.body().contains("n'a pas été modifié"), tooLong.body());
    HttpResponse<String> away = post(alice, "/memos/" + id + "/supprimer", "retour=https://example.org/");
    assertEquals("/memos?fait=memo-supprime", away.headers().firstValue("Location").orElseThrow(),
        "never sent to another site");
  }

  // -- helpers

  /** Writes a memo through the page's form and returns its id (read from the list, newest first). */
  private long write(HttpClient client, String body) {
    HttpResponse<String> written = post(client, "/memos", body);
    assertEquals(303, written.statusCode(), written.body());
    Matcher m = Pattern.compile("href=\"/memos/(\\d+)\"").matcher(atelier.get(remi, "/memos").body());
    assertTrue(m.find(), "the new memo's page is linked");
    return Long.parseLong(m.group(1));
  }

  private HttpResponse<String> post(HttpClient client, String path, String body) {
    String token = AtelierFixture.csrf(atelier.get(client, "/memos").body());
    return atelier.send(noRedirect(client), HttpRequest.newBuilder(URI.create(atelier.base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + (body.isEmpty() ? "" : "&" + body))).build());
  }

  private static HttpClient noRedirect(HttpClient client) {
    return HttpClient.newBuilder().cookieHandler(client.cookieHandler().orElseThrow())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  private int count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + atelier.study().storeFile());
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
