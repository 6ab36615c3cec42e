package fr.parole.web;

import fr.parole.pipeline.StudyStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Tableau de bord: the study at a glance. */
public final class DashboardPage implements AtelierPage {
  static final String PATH = "/";

  private final AtelierServices services;

  DashboardPage(AtelierServices services) {
    this.services = services;
  }

  /** What the dashboard shows. */
  public record View(StudyStatus status) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
  }

  private void show(Context ctx) {
    StudyStatus status = services.pipeline().status(services.study());
    ctx.html(services.views().page("dashboard.jte", Requests.frame(ctx, services, "Tableau de bord", "tableau"),
        new View(status)));
  }
}
