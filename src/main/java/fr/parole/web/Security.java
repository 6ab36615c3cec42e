package fr.parole.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * The filters every request passes before a page: security headers (a Content-Security-Policy
 * that forbids inline script and any other origin), the session cookie, the CSRF token and
 * origin on every change, and the roles a route allows.
 */
final class Security {
  static final String COOKIE = "parole_session";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String CSRF_FIELD = "_csrf";
  /** Nothing from elsewhere, no inline script or style, no framing. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
      + "form-action 'self'";
  private static final Set<String> PUBLIC = Set.of("/entrer", "/connexion");

  private final Sessions sessions;

  Security(Sessions sessions) {
    this.sessions = sessions;
  }

  /** Headers on every response, pages and errors alike. */
  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: with no-referrer a browser sends « Origin: null » on a form post,
    // which the origin check refuses; the address still never leaves for another site.
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /** Before every route: a live session (but on the sign-in routes), and the CSRF token on a change. */
  void check(Context ctx) {
    headers(ctx);
    String path = ctx.path();
    if (path.startsWith("/static/") || path.startsWith("/webjars/") || PUBLIC.contains(path)) {
      return;
    }
    Sessions.Session session = sessions.find(ctx.cookie(COOKIE), !path.equals(ChangesPage.PATH))
        .orElseThrow(() -> new Problem(401, "Votre session a expiré ou vous n'êtes pas connecté."));
    ctx.attribute(Requests.SESSION, session);
    if (changes(ctx.method())) {
      String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> formToken(ctx));
      if (sent == null || !same(sent, session.csrf()) || !sameOrigin(ctx)) {
        throw new Problem(403, "Modification refusée : le jeton de sécurité de la page manque ou ne correspond pas. "
            + "Rechargez la page et recommencez.");
      }
    }
  }

  /** Before a matched route: the person's role must be one the route names (none named: any). */
  static void roles(Context ctx) {
    Set<?> allowed = ctx.routeRoles();
    if (allowed.isEmpty()) {
      return;
    }
    Person person = Requests.person(ctx);
    if (!allowed.contains(person.role())) {
      throw Problem.forbidden();
    }
  }

  /** Signs {@code person} in: a new session, its id in an HttpOnly, SameSite=Strict cookie. */
  void signIn(Context ctx, Person person) {
    Sessions.Session session = sessions.open(person);
    Cookie cookie = new Cookie(COOKIE, session.id());
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    ctx.cookie(cookie);
  }

  void signOut(Context ctx) {
    sessions.close(ctx.cookie(COOKIE));
    ctx.removeCookie(COOKIE, "/");
  }

  private static boolean changes(HandlerType method) {
    return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.DELETE
        || method == HandlerType.PATCH;
  }

  private static String formToken(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !(type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
      return null;
    }
    return ctx.formParam(CSRF_FIELD);
  }

  /** An {@code Origin} header, when the browser sends one, must be this server. */
  static boolean sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.isBlank()) {
      return true;
    }
    try {
      URI uri = URI.create(origin);
      String host = ctx.host();
      return host != null && (uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())).equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Compared in constant time, so that the answer's delay says nothing of the token. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
