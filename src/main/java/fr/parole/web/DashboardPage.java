package fr.parole.web;

import fr.parole.pipeline.StudyExplorer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Tableau de bord: the study at a glance (sources, segments, words; per codebook the segments
 * analysed, coded and checked by a person, its themes most cited) and its themes by any attribute
 * chosen with a select (an htmx swap of the breakdown alone; a plain GET form without JavaScript).
 * Every number links to the segments behind it.
 *
 * <p>Charts are HTML bars drawn by CSS (a width class per 5 %), not the report's JFreeChart SVG: each
 * bar sits beside its number, which is a link to its segments and is read by a screen reader as
 * text; an image would need its numbers repeated in a text alternative and could not be clicked
 * through. The CSP forbids {@code style="…"}, hence classes rather than a computed width.
 */
public final class DashboardPage implements AtelierPage {
  static final String PATH = "/";

  private final AtelierServices services;
  private final StudyExplorer explorer;

  DashboardPage(AtelierServices services) {
    this.services = services;
    this.explorer = new StudyExplorer(services.study());
  }

  /** What the dashboard shows. */
  public record View(StudyExplorer.Overview overview, Breakdowns breakdowns) {}

  /** The attributes to choose from, the one chosen (null when the study has none) and each codebook's table by it. */
  public record Breakdowns(List<StudyExplorer.Attribute> attributes, StudyExplorer.Attribute chosen,
      List<StudyExplorer.Breakdown> tables) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
  }

  private void show(Context ctx) {
    Breakdowns breakdowns = breakdowns(ctx.queryParam("attribut"));
    if (Requests.fragment(ctx)) {
      ctx.html(services.views().render("partials/breakdown.jte", Map.of("breakdowns", breakdowns)));
      return;
    }
    ctx.html(services.views().page("dashboard.jte", Requests.frame(ctx, services, "Tableau de bord", "tableau"),
        new View(explorer.overview(), breakdowns)));
  }

  private Breakdowns breakdowns(String asked) {
    List<StudyExplorer.Attribute> attributes = explorer.attributes();
    StudyExplorer.Attribute chosen;
    if (asked == null || asked.isBlank()) {
      chosen = attributes.isEmpty() ? null : attributes.get(0);
    } else {
      chosen = attributes.stream().filter(a -> a.name().equals(asked)).findFirst()
          .orElseThrow(() -> Problem.badRequest("L'étude n'a pas d'attribut « " + asked + " » à croiser avec les thèmes."));
    }
    List<StudyExplorer.Breakdown> tables = chosen == null ? List.of() : explorer.codebooks().stream()
        .map(id -> explorer.breakdown(id, chosen)).flatMap(java.util.Optional::stream).toList();
    return new Breakdowns(attributes, chosen, tables);
  }
}
