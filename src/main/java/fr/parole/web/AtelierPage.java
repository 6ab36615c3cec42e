package fr.parole.web;

import io.javalin.config.RoutesConfig;

/**
 * One part of the atelier (dashboard, themes, search, review…): it declares its routes, each with
 * the roles that may call it. Handlers stay thin: read the parameters, call one service, render
 * one template.
 */
public interface AtelierPage {
  void routes(RoutesConfig routes);
}
