package fr.parole.web;

import fr.parole.pipeline.Accounts;
import fr.parole.study.PersonAccount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code /connexion}: the sign-in form of the people who have an account (a study shared on a
 * network). The form has no session yet, so its CSRF token is bound to a cookie of its own
 * (HttpOnly, SameSite=Strict: another site can neither read it nor send it), which the post must
 * send back in the form; attempts are limited per name and per address ({@link SignInLimits}) and
 * every refusal is written to the audit log.
 */
public final class SignIn {
  static final String PATH = "/connexion";
  static final String COOKIE = "parole_connexion";

  private final AtelierServices services;
  private final Security security;
  private final SignInLimits limits;
  private final Accounts accounts = new Accounts();

  SignIn(AtelierServices services, Security security) {
    this.services = services;
    this.security = security;
    this.limits = new SignInLimits(services.clock());
  }

  /** What the sign-in page shows: the form when the study has accounts, its token, the name typed, what went wrong. */
  public record View(boolean accounts, String token, String name, String error) {}

  void routes(RoutesConfig routes) {
    routes.get(PATH, ctx -> form(ctx, 200, "", null));
    routes.post(PATH, this::submit);
  }

  private void form(Context ctx, int status, String name, String error) {
    boolean hasAccounts = !accounts.list(services.study()).isEmpty();
    String token = null;
    if (hasAccounts) {
      token = Optional.ofNullable(ctx.cookie(COOKIE)).filter(t -> t.length() >= 40).orElseGet(() -> newToken(ctx));
    }
    ctx.status(status);
    ctx.html(services.views().page("signin.jte", Requests.frame(ctx, services, "Connexion", ""),
        new View(hasAccounts, token, name, error)));
  }

  private String newToken(Context ctx) {
    String token = Atelier.newToken();
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath(PATH);
    ctx.cookie(cookie);
    return token;
  }

  private void submit(Context ctx) {
    String expected = ctx.cookie(COOKIE);
    String sent = ctx.formParam(Security.CSRF_FIELD);
    if (expected == null || sent == null || !Security.same(sent, expected) || !Security.sameOrigin(ctx)) {
      throw new Problem(403, "Connexion refusée : le jeton de sécurité du formulaire manque ou ne correspond pas. "
          + "Rechargez la page de connexion et recommencez.");
    }
    String name = Optional.ofNullable(ctx.formParam("nom")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("mot_de_passe")).orElse("");
    String address = ctx.ip();
    if (limits.blocked(name, address)) {
      throw new Problem(429, "Trop de tentatives de connexion : attendez " + SignInLimits.WINDOW.toMinutes()
          + " minutes avant de réessayer, ou demandez à la personne qui a ouvert l'atelier de vérifier votre compte.");
    }
    char[] typed = password.toCharArray();
    Optional<PersonAccount> account;
    try {
      account = accounts.verify(services.study(), name, typed);
    } finally {
      Arrays.fill(typed, '\0');
    }
    Optional<Role> role = account.flatMap(a -> Role.of(a.role()));
    if (role.isEmpty()) {
      limits.failed(name, address);
      accounts.auditRefusal(services.study(), name, address);
      form(ctx, 401, name, "Nom ou mot de passe incorrect.");
      return;
    }
    limits.succeeded(name);
    security.signOut(ctx);
    security.signIn(ctx, new Person(account.get().name(), role.get(), account.get().mayReview()));
    ctx.redirect("/");
  }
}
