package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Accounts;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.AuditEntry;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Accounts over HTTP: the sign-in form, its token, limits, expiry, and what each role may open. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleTest {
  static final String PASSWORD = "mot-de-passe-solide";
  private final TestClock clock = new TestClock();
  private AtelierFixture atelier;

  @BeforeAll
  void start(@TempDir Path temporary) {
    atelier = AtelierFixture.of(demoWithAccounts(temporary), clock);
  }

  /** The demo, run, with a researcher (Rémi), a co-researcher (Claire) and a reader (Louis). */
  static Study demoWithAccounts(Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    Accounts accounts = new Accounts();
    accounts.add(study, "Rémi", "chercheur", PASSWORD.toCharArray(), true, "test");
    accounts.add(study, "Claire", "co-chercheur", PASSWORD.toCharArray(), false, "test");
    accounts.add(study, "Louis", "lecteur", PASSWORD.toCharArray(), false, "test");
    return study;
  }

  @AfterAll
  void stop() {
    atelier.close();
  }

  @Test
  void theSignInFormOpensASessionWithThePersonsRole() {
    HttpClient client = atelier.anonymous();
    HttpResponse<String> form = atelier.get(client, "/connexion");
    assertTrue(form.body().contains("name=\"mot_de_passe\"") && form.body().contains("autocomplete=\"current-password\""));
    String cookie = form.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains(SignIn.COOKIE) && cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    HttpResponse<String> home = atelier.signIn(client, "Claire", PASSWORD);
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("<strong>Claire</strong> <span class=\"role\">Co-chercheur ou co-chercheuse</span>"),
        home.body());
    assertTrue(home.body().contains("href=\"/discussion\"") && !home.body().contains("href=\"/revue\""));
  }

  @Test
  void aSignInPostWithoutTheFormsOwnTokenIsRefused() {
    HttpClient fresh = atelier.anonymous();
    HttpResponse<String> noCookie = atelier.post(fresh, "/connexion", "_csrf=abc&nom=Claire&mot_de_passe=" + PASSWORD);
    assertEquals(403, noCookie.statusCode());
    assertTrue(noCookie.body().contains("jeton de sécurité"));
    String othersToken = AtelierFixture.csrf(atelier.get(atelier.anonymous(), "/connexion").body());
    atelier.get(fresh, "/connexion");
    assertEquals(403, atelier.post(fresh, "/connexion", "_csrf=" + othersToken + "&nom=Claire&mot_de_passe="
        + PASSWORD).statusCode(), "a token from another browser does not sign in");
    assertEquals(401, atelier.get(fresh, "/").statusCode());
  }

  @Test
  void aWrongPasswordIsSaidInFrenchAndAudited() {
    HttpResponse<String> refused = atelier.signIn(atelier.anonymous(), "Claire", "pas-le-bon-mot");
    assertEquals(401, refused.statusCode());
    assertTrue(refused.body().contains("Nom ou mot de passe incorrect.") && refused.body().contains("value=\"Claire\""));
    try (StudyStore store = atelier.study().openStore()) {
      AuditEntry last = store.auditLog().latest(1).get(0);
      assertEquals("connexion-refusée", last.action());
      assertEquals("Claire", last.person());
    }
    assertEquals(200, atelier.signIn(atelier.anonymous(), "Claire", PASSWORD).statusCode(), "one failure is not a block");
  }

  @Test
  void fiveFailuresBlockSignInForFifteenMinutes() {
    for (int i = 0; i < SignInLimits.MAX_FAILURES; i++) {
      assertEquals(401, atelier.signIn(atelier.anonymous(), "Louis", "mauvais-" + i).statusCode());
    }
    HttpResponse<String> blocked = atelier.signIn(atelier.anonymous(), "Louis", PASSWORD);
    assertEquals(429, blocked.statusCode());
    assertTrue(blocked.body().contains("Trop de tentatives de connexion"), blocked.body());
    assertEquals(429, atelier.signIn(atelier.anonymous(), "Claire", PASSWORD).statusCode(), "the same address too");
    clock.advance(SignInLimits.WINDOW.plusMinutes(1));
    assertEquals(200, atelier.signIn(atelier.anonymous(), "Louis", PASSWORD).statusCode());
  }

  @Test
  void anIdleSessionExpiresAndAsksToSignInAgain() {
    HttpClient client = atelier.signedIn("Claire", PASSWORD);
    clock.advance(Sessions.IDLE.minusMinutes(1));
    assertEquals(200, atelier.get(client, "/").statusCode(), "used within the idle time: still open");
    clock.advance(Sessions.IDLE.plusMinutes(1));
    HttpResponse<String> expired = atelier.get(client, "/");
    assertEquals(401, expired.statusCode());
    assertTrue(expired.body().contains("Votre session a expiré") && expired.body().contains("href=\"/connexion\""),
        expired.body());
  }

  @Test
  void onANetworkTheSecretAddressDoesNotExist() {
    Atelier shared = new Atelier(new AtelierServices(atelier.study(), new Pipeline(Progress.SILENT), new Views(), clock),
        new AtelierOptions(AtelierOptions.LOOPBACK, 0, null, "alice")).start();
    try {
      HttpClient client = atelier.anonymous();
      String base = "http://127.0.0.1:" + shared.port();
      assertEquals(401, atelier.send(client, java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
          + "/entrer?jeton=null")).GET().build()).statusCode());
      assertTrue(shared.signInAddress().endsWith(":" + shared.port() + "/connexion"));
    } finally {
      shared.stop();
    }
  }

  @Test
  void aReaderOpensOnlyTheDashboardItsDrillDownAndTheReport() {
    HttpClient reader = atelier.signedIn("Louis", PASSWORD);
    List<String> paths = atelier.atelier().paths("GET");
    assertTrue(paths.contains("/discussion"), paths.toString());
    for (String path : paths) {
      if (path.equals("/entrer") || path.equals(SignIn.PATH)) {
        continue;
      }
      int status = atelier.get(reader, RouteWalk.fill(path, "1", "1", "esatis/x")).statusCode();
      // The segments behind a dashboard's number are its drill-down (pseudonymised): part of the dashboard;
      // every page asks whether the data changed underneath it.
      if (path.equals("/") || path.startsWith("/rapport") || path.equals("/segments") || path.equals("/donnees")) {
        assertTrue(status != 403, path + " is for readers too");
      } else {
        assertEquals(403, status, path);
      }
    }
    HttpResponse<String> home = atelier.get(reader, "/");
    assertFalse(home.body().contains("href=\"/discussion\""), "the navigation shows only what a reader may open");
  }

  @Test
  void aCoResearcherCallingAResearcherOnlyAddressGetsAFrench403() {
    HttpClient claire = atelier.signedIn("Claire", PASSWORD);
    String token = AtelierFixture.csrf(atelier.get(claire, "/discussion").body());
    HttpResponse<String> refused = atelier.post(claire, "/discussion/1/accepter", "_csrf=" + token);
    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("Accès refusé") && refused.body().contains("réservée à d"), refused.body());
  }
}
