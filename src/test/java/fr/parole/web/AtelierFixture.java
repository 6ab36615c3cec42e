package fr.parole.web;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A running atelier on a copy of the demo study, run once ({@code parole run}: imported, coded,
 * reported), on a free port of 127.0.0.1; and an HTTP client signed in as the local researcher.
 * Close it after the tests.
 */
public final class AtelierFixture implements AutoCloseable {
  private final Study study;
  private final Atelier atelier;
  private final String token = Atelier.newToken();

  private AtelierFixture(Study study, Clock clock) {
    this.study = study;
    this.atelier = new Atelier(new AtelierServices(study, new Pipeline(Progress.SILENT), new Views(), clock),
        new AtelierOptions(AtelierOptions.LOOPBACK, 0, token, "alice")).start();
  }

  /** The demo study, run, with its atelier started. */
  public static AtelierFixture demo(Path temporary) {
    Study study = Study.open(TestStudies.copyOfDemo(temporary.resolve("demo")));
    new Pipeline(Progress.SILENT).run(study, temporary.resolve("rapport"));
    return new AtelierFixture(study, Clock.systemUTC());
  }

  /** An atelier on a study already built. */
  public static AtelierFixture of(Study study) {
    return new AtelierFixture(study, Clock.systemUTC());
  }

  /** An atelier on a study already built, whose sessions and limits follow {@code clock}. */
  public static AtelierFixture of(Study study, Clock clock) {
    return new AtelierFixture(study, clock);
  }

  /** A client signed in through the sign-in form (the study must have that account). */
  public HttpClient signedIn(String name, String password) {
    HttpClient client = anonymous();
    HttpResponse<String> signedIn = signIn(client, name, password);
    if (signedIn.statusCode() != 200) {
      throw new IllegalStateException("sign-in of " + name + " failed: " + signedIn.statusCode());
    }
    return client;
  }

  /** Posts the sign-in form as a browser would (its token first); the answer after redirects. */
  public HttpResponse<String> signIn(HttpClient client, String name, String password) {
    String token = csrf(get(client, "/connexion").body());
    return post(client, "/connexion", "_csrf=" + token + "&nom=" + encode(name) + "&mot_de_passe=" + encode(password));
  }

  public static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  public Study study() {
    return study;
  }

  public Atelier atelier() {
    return atelier;
  }

  /** {@code http://127.0.0.1:port} */
  public String base() {
    return "http://127.0.0.1:" + atelier.port();
  }

  /** The address printed at start (signs the local researcher in). */
  public String entry() {
    return base() + "/entrer?jeton=" + token;
  }

  /** A client with a cookie jar, not signed in. */
  public HttpClient anonymous() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /** A client signed in as the local researcher. */
  public HttpClient researcher() {
    HttpClient client = anonymous();
    HttpResponse<String> signedIn = get(client, "/entrer?jeton=" + token);
    if (signedIn.statusCode() != 200) {
      throw new IllegalStateException("sign-in failed: " + signedIn.statusCode());
    }
    return client;
  }

  public HttpResponse<String> get(HttpClient client, String path) {
    return send(client, HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  /** A form post; {@code body} is already URL-encoded. */
  public HttpResponse<String> post(HttpClient client, String path, String body) {
    return send(client, HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public HttpResponse<String> send(HttpClient client, HttpRequest request) {
    return send(client, request, HttpResponse.BodyHandlers.ofString());
  }

  public <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The CSRF token of the page's layout (every change sends it back). */
  public static String csrf(String html) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token in the page");
    }
    return m.group(1);
  }

  @Override
  public void close() {
    atelier.stop();
  }
}
