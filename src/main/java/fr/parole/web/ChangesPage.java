package fr.parole.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Whether the study changed underneath a page: every page asks {@code /donnees?vue=N} now and then
 * (htmx, every {@link #EVERY}), N being the change number its figures reflect; the answer is a
 * notice when a command beside the atelier ({@code parole code}, {@code parole import}) or another
 * atelier changed the store since, nothing otherwise. The atelier's own writes are followed by the
 * counts and do not warn. Asking does not keep a session alive ({@link Security}).
 */
final class ChangesPage implements AtelierPage {
  static final String PATH = "/donnees";
  static final String EVERY = "30s";

  private final AtelierServices services;

  ChangesPage(AtelierServices services) {
    this.services = services;
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::changes, Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
  }

  private void changes(Context ctx) {
    String shown = ctx.queryParam("vue");
    long change = shown == null || shown.isBlank() ? -1 : Requests.number(shown.strip(), "vue");
    boolean changed = services.explorer().changedSince(change);
    ctx.html(services.views().render("partials/changes.jte", Map.of("changed", changed,
        "behind", services.explorer().freshness().behind())));
  }
}
