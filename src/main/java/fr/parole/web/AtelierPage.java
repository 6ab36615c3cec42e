package fr.parole.web;

import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * One part of the atelier (dashboard, themes, search, review…): it declares its routes, each with
 * the roles that may call it. Handlers stay thin: read the parameters, call one service, render
 * one template.
 */
public interface AtelierPage {
  void routes(RoutesConfig routes);

  /**
   * The routes of this page that show codings or the machine's suggestions (or change them), as
   * {@link #routes} declares their paths. While a person codes blind ({@code /aveugle}), one filter
   * ({@link BlindGuard}) refuses them each of these (the whole page, or the document or segment it
   * is about when that holds a segment they code blind). A page that shows codings and does not say
   * so here fails {@code BlindGuardTest}.
   */
  default List<CodingsShown> showsCodings() {
    return List.of();
  }
}
