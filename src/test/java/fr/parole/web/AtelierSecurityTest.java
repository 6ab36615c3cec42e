package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What the atelier refuses, over HTTP: no session, a change without its CSRF token, a bad address. */
class AtelierSecurityTest extends DemoAtelier {

  @Test
  void withoutTheAddressPrintedAtStartNothingOpens() {
    HttpResponse<String> page = atelier.get(atelier.anonymous(), "/");
    assertEquals(401, page.statusCode());
    assertTrue(page.body().contains("Connexion nécessaire") && page.body().contains("lang=\"fr\""), page.body());
    assertEquals(401, atelier.get(atelier.anonymous(), "/entrer?jeton=faux").statusCode());
  }

  @Test
  void theAddressPrintedAtStartSignsInWithAnHttpOnlyStrictCookie() {
    HttpClient client = atelier.anonymous();
    HttpResponse<String> entered = atelier.send(client, java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(atelier.entry())).GET().build());
    String cookie = entered.previousResponse().orElseThrow().headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertEquals(200, entered.statusCode());
    assertTrue(entered.body().contains("Tableau de bord"));
  }

  @Test
  void everyPageForbidsInlineScriptAndOtherOrigins() {
    HttpResponse<String> page = atelier.get(atelier.researcher(), "/");
    String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"));
    assertTrue(!page.body().contains("<script>") && !page.body().contains("http://") && !page.body().contains("https://"),
        "no inline script, nothing from elsewhere");
  }

  @Test
  void aChangeWithoutTheCsrfTokenIsRefused() {
    HttpClient client = atelier.researcher();
    HttpResponse<String> refused = atelier.post(client, "/deconnexion", "");
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("jeton de sécurité"));
    String token = AtelierFixture.csrf(atelier.get(client, "/").body());
    assertEquals(403, atelier.post(client, "/deconnexion", "_csrf=autre").statusCode());
    HttpResponse<String> out = atelier.post(client, "/deconnexion", "_csrf=" + token);
    assertEquals(401, atelier.get(client, "/").statusCode(), "signed out: " + out.statusCode());
  }

  @Test
  void anUnknownAddressGetsAFrenchPage() {
    HttpResponse<String> page = atelier.get(atelier.researcher(), "/pas-une-page");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("Page introuvable") && page.body().contains("Cette page n&#39;existe pas.")
        || page.body().contains("Cette page n'existe pas."), page.body());
  }
}
