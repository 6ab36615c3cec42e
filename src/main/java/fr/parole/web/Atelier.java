package fr.parole.web;

import fr.parole.ParoleException;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The atelier: the study in the browser. Builds the server (not started) with its security
 * filters, error pages and every page's routes; {@link #start()} binds it. The command line keeps
 * working beside it on the same store (SQLite in WAL mode with a busy timeout).
 */
public final class Atelier {
  /** A form or request body larger than this is refused (400) before any page reads it. */
  static final long MAX_REQUEST = 1_000_000;
  /** Set once a request's error page is written, so that the generic 404 page does not replace it. */
  private static final String PROBLEM = "parole.problem";

  private final AtelierServices services;
  private final AtelierOptions options;
  private final Sessions sessions;
  private final Security security;
  private final Javalin app;
  /** Computes the dashboard's counts at start; waited for (a little) at stop: it reads the store. */
  private volatile Thread warming;

  public Atelier(AtelierServices services, AtelierOptions options) {
    this.services = services;
    this.options = options;
    this.sessions = new Sessions(services.clock());
    this.security = new Security(sessions);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = MAX_REQUEST;
      config.jetty.host = options.host();
      config.jetty.port = options.port();
      config.staticFiles.enableWebjars();
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/fr/parole/web/static";
        files.location = Location.CLASSPATH;
      });
      routes(config.routes);
    });
  }

  /** What the pages share (the study, the counts): tests compare them with the store. */
  public AtelierServices services() {
    return services;
  }

  /** The pages of the atelier, in the order of the navigation. */
  List<AtelierPage> pages() {
    return List.of(new DashboardPage(services), new ThemesPage(services), new SearchPage(services),
        new ReviewPage(services), new DocumentsPage(services), new DocumentActionsPage(services),
        new ActivityPage(services), new ReportPage(services), new DiscussionPage(services), new CodebookPage(services),
        new SegmentsPage(services), new ChangesPage(services), new MatricesPage(services), new MemosPage(services), new ClassesPage(services),
        new BlindPage(services));
  }

  private void routes(RoutesConfig routes) {
    routes.before(security::check);
    routes.beforeMatched(Security::roles);
    List<AtelierPage> pages = pages();
    // After the roles: a blinded coder is refused every route a page declares as showing codings.
    routes.beforeMatched(new BlindGuard(services, pages)::check);
    routes.get("/entrer", this::enter);
    routes.post("/deconnexion", ctx -> {
      security.signOut(ctx);
      ctx.redirect("/connexion");
    });
    new SignIn(services, security).routes(routes);
    pages.forEach(page -> page.routes(routes));
    routes.exception(Problem.class, (problem, ctx) -> problem(ctx, problem.status(), problem.getMessage()));
    routes.exception(ParoleException.class, (e, ctx) -> problem(ctx, 400, e.getMessage()));
    routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), switch (e.getStatus()) {
      case 404 -> "Cette page n'existe pas.";
      case 413 -> "Le formulaire envoyé est trop volumineux : rien n'a été enregistré.";
      default -> "Cette requête n'a pas pu être traitée : rien n'a été enregistré.";
    }));
    routes.exception(Exception.class, (e, ctx) -> problem(ctx, 500,
        "Une erreur imprévue a empêché d'afficher cette page. Rien n'a été modifié par cette requête."));
    routes.error(404, ctx -> {
      if (ctx.attribute(PROBLEM) == null) {
        problem(ctx, 404, "Cette page n'existe pas.");
      }
    });
  }

  /** The address printed at start: its secret signs the local researcher in, once per browser. */
  private void enter(Context ctx) {
    String token = ctx.queryParam("jeton");
    if (options.localToken() == null || token == null || !Security.same(token, options.localToken())) {
      throw new Problem(401, "Cette adresse n'ouvre pas l'atelier : utilisez celle affichée par « parole atelier » au démarrage.");
    }
    security.signIn(ctx, new Person(options.localPerson(), Role.CHERCHEUR, true));
    ctx.redirect("/");
  }

  private void problem(Context ctx, int status, String message) {
    ctx.attribute(PROBLEM, Boolean.TRUE);
    Security.headers(ctx);
    ctx.status(status);
    String hint = status == 401 ? "Ouvrez l'adresse affichée par « parole atelier » au démarrage, ou connectez-vous." : "";
    ctx.html(services.views().page("problem.jte", Requests.frame(ctx, services, titleOf(status), ""),
        new ProblemView(status, message, hint)));
  }

  /** What the error page shows. */
  public record ProblemView(int status, String message, String hint) {}

  private static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Requête invalide";
      case 401 -> "Connexion nécessaire";
      case 403 -> "Accès refusé";
      case 404 -> "Page introuvable";
      case 413 -> "Formulaire trop volumineux";
      case 429 -> "Trop de tentatives";
      default -> "Erreur";
    };
  }

  /** Binds the server; a port already in use becomes a {@link ParoleException} (exit 3). */
  public Atelier start() {
    try {
      app.start();
    } catch (RuntimeException e) {
      throw new ParoleException("Impossible d'ouvrir l'atelier sur " + options.host() + ":" + options.port()
          + " : le port est peut-être déjà utilisé (essayez --port avec un autre numéro).");
    }
    // The counts of a large study take seconds: computed at once, beside the server, so that the
    // first visitor of the dashboard finds them ready (or waits for this very computation).
    warming = new Thread(() -> {
      try {
        services.explorer().warm();
      } catch (RuntimeException e) {
        // The page that asks for the counts computes them again and says what failed.
      }
    }, "parole-atelier-comptes");
    warming.setDaemon(true);
    warming.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser, with the local secret. */
  public String address() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port() + "/entrer?jeton=" + options.localToken();
  }

  /** The sign-in page's address, for the people who have an account. */
  public String signInAddress() {
    String shown = options.host();
    if ("0.0.0.0".equals(shown) || "::".equals(shown)) {
      try {
        shown = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.net.UnknownHostException e) {
        shown = "<adresse de cet ordinateur>";
      }
    }
    return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port() + SignIn.PATH;
  }

  /** The paths of the routes of this HTTP method (GET, POST…), as declared. */
  java.util.List<String> paths(String method) {
    return app.unsafe.internalRouter.allHttpHandlers().stream().map(h -> h.endpoint)
        .filter(e -> e.method.name().equals(method)).map(e -> e.path).distinct().toList();
  }

  /** Stops the server, then waits for the work it started beside it, which reads or writes the study. */
  public void stop() {
    app.stop();
    services.learning().close(); // a retraining cut short leaves the previous model (files replaced whole)
    if (warming != null) {
      try {
        warming.join(10_000); // a read: not worth a longer wait at Ctrl-C
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** A random secret for the printed address. */
  public static String newToken() {
    return new Sessions(Clock.systemUTC()).token();
  }
}
