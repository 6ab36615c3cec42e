package fr.parole.web;

import fr.parole.pipeline.BlindCoding;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one filter that keeps a blinded coder from the others' codings: it runs once a route is
 * matched and refuses (403, in French) every route the pages declare as showing codings
 * ({@link AtelierPage#showsCodings()}) to a person who codes blind now, the whole page or only the
 * documents and segments they code blind, as each route declares. Nothing else is listed here: a
 * new page showing codings says so itself.
 */
final class BlindGuard {
  static final String BLINDED = "Vous codez en aveugle (affectation en cours) : les codages des autres et les"
      + " suggestions de la machine sur ces segments vous seront visibles quand le chercheur aura clos l'affectation."
      + " Codez-les sur la page « Codage en aveugle » (" + BlindPage.PATH + ").";

  private final AtelierServices services;
  private final BlindCoding blind;
  private final Map<String, CodingsShown.Scope> guarded = new HashMap<>();

  BlindGuard(AtelierServices services, List<AtelierPage> pages) {
    this.services = services;
    this.blind = new BlindCoding(services.pipeline());
    for (AtelierPage page : pages) {
      page.showsCodings().forEach(shown -> guarded.put(shown.path(), shown.scope()));
    }
  }

  /** The declared paths, for the test that checks every page showing codings is among them. */
  java.util.Set<String> paths() {
    return java.util.Collections.unmodifiableSet(guarded.keySet());
  }

  void check(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    CodingsShown.Scope scope = endpoint == null ? null : guarded.get(endpoint.path);
    if (scope == null) {
      return;
    }
    Sessions.Session session = ctx.attribute(Requests.SESSION);
    if (session == null) {
      return; // the roles' filter answers 401
    }
    String person = session.person().name();
    boolean refused = switch (scope) {
      case PAGE -> !blind.blindedSegments(services.study(), person).isEmpty();
      case SOURCE -> blind.blindedSources(services.study(), person).contains(parse(ctx.pathParam("source")));
      case SEGMENT -> blind.blindedSegments(services.study(), person).contains(parse(ctx.pathParam("segment")));
    };
    if (refused) {
      throw new Problem(403, BLINDED);
    }
  }

  private static long parse(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
