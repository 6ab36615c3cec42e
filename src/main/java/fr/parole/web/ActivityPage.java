package fr.parole.web;

import fr.parole.pipeline.Activity;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * « Activité » : what each person did in the study (codings, removals, autocodes, undos, memos,
 * reviews, discussion), newest first, in words, filterable by person. Researchers only: it names
 * who did what, as the audit log records it.
 */
public final class ActivityPage implements AtelierPage {
  static final String PATH = "/activite";
  private static final int SHOWN = 300;

  private final AtelierServices services;
  private final Activity activity;

  ActivityPage(AtelierServices services) {
    this.services = services;
    this.activity = new Activity(services.pipeline());
  }

  /** The page: the people to choose from, the one chosen ("" for everybody), the entries. */
  public record View(List<ReviewPage.Choice> people, String chosen, List<Activity.Entry> entries, int limit) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR);
  }

  /** The log tells who applied which code to which segment: the blinded coders' codings too. */
  @Override
  public List<CodingsShown> showsCodings() {
    return CodingsShown.pages(PATH);
  }

  private void show(Context ctx) {
    String person = ctx.queryParam("personne");
    String chosen = person == null || person.isBlank() ? null : person.strip();
    Activity.Log log = activity.log(services.study(), chosen, SHOWN);
    if (chosen != null && !log.people().contains(chosen)) {
      throw Problem.notFound("Personne n'a agi sous le nom « " + chosen + " » dans cette étude.");
    }
    List<ReviewPage.Choice> people = log.people().stream().map(p -> new ReviewPage.Choice(p, p, p.equals(chosen)))
        .toList();
    ctx.html(services.views().page("activity.jte", Requests.frame(ctx, services, "Activité", "activite"),
        new View(people, chosen == null ? "" : chosen, log.entries(), SHOWN)));
  }
}
