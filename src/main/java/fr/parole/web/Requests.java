package fr.parole.web;

import io.javalin.http.Context;

/** What a handler reads from a request the security filters let through. */
public final class Requests {
  static final String SESSION = "parole.session";

  private Requests() {}

  /** The signed-in person (the filters refuse a request without one before any page runs). */
  public static Person person(Context ctx) {
    Sessions.Session session = ctx.attribute(SESSION);
    if (session == null) {
      throw new Problem(401, "Connectez-vous pour ouvrir cette page.");
    }
    return session.person();
  }

  /** The frame of a page in {@code section}, titled {@code title}. */
  public static Frame frame(Context ctx, AtelierServices services, String title, String section) {
    Sessions.Session session = ctx.attribute(SESSION);
    fr.parole.pipeline.StudyExplorer.Freshness freshness = services.explorer().freshness();
    return new Frame(title, section, services.study().name(), session == null ? null : session.person(),
        session == null ? "" : session.csrf(), freshness.change(), freshness.behind());
  }

  /** Whether htmx asked for a fragment rather than a whole page. */
  public static boolean fragment(Context ctx) {
    return "true".equals(ctx.header("HX-Request"));
  }

  /** A whole number parameter, or a 400 naming it. */
  public static long number(String value, String name) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException | NullPointerException e) {
      throw Problem.badRequest("Le paramètre « " + name + " » doit être un nombre entier.");
    }
  }
}
