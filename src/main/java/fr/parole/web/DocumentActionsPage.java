package fr.parole.web;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.Autocoding;
import fr.parole.pipeline.CodingHistory;
import fr.parole.pipeline.Documents;
import fr.parole.study.SourceRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * What a person does to a document's codings beyond one segment: undo and redo their latest coding
 * action ({@link CodingHistory}), and autocode a speaker, a section or a search's hits
 * ({@link Autocoding}): first a page saying how many segments will be coded (a GET: nothing is
 * written), then the confirmation (a POST).
 *
 * <p>A speaker is sent as its rank in the document's list of speakers, never by name: the page
 * shows pseudonymised names, and the stored name must not travel in the form.
 */
public final class DocumentActionsPage implements AtelierPage {
  private final AtelierServices services;
  private final Documents documents;
  private final DocumentsPage document;
  private final CodingHistory history = new CodingHistory();
  private final Autocoding autocoding;

  DocumentActionsPage(AtelierServices services) {
    this.services = services;
    this.documents = new Documents();
    this.document = new DocumentsPage(services);
    this.autocoding = new Autocoding(services.pipeline());
  }

  /** The autocode to confirm: what it does in words, and the form's fields to send back. */
  public record Preview(long sourceId, String path, int page, boolean raw, String code, String codeLabel, String by,
      String value, String scope, String query, int toCode, int alreadyCoded) {
    public boolean wholeStudy() {
      return "etude".equals(scope);
    }
  }

  @Override
  public void routes(RoutesConfig routes) {
    String path = DocumentsPage.PATH + "/{source}";
    routes.post(path + "/annuler", ctx -> undoOrRedo(ctx, true), Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(path + "/retablir", ctx -> undoOrRedo(ctx, false), Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(path + "/autocodage", this::preview, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(path + "/autocodage", this::autocode, Role.CHERCHEUR, Role.CO_CHERCHEUR);
  }

  /** Undo, redo and autocoding act on (and tell) a document's codings. */
  @Override
  public List<CodingsShown> showsCodings() {
    String path = DocumentsPage.PATH + "/{source}";
    return List.of(CodingsShown.ofSource(path + "/annuler"), CodingsShown.ofSource(path + "/retablir"),
        CodingsShown.ofSource(path + "/autocodage"));
  }

  private void undoOrRedo(Context ctx, boolean undo) {
    SourceRecord source = document.source(ctx);
    Person person = DocumentsPage.coder(ctx);
    CodingHistory.Outcome outcome = undo ? history.undo(services.study(), person.name())
        : history.redo(services.study(), person.name());
    switch (outcome.status()) {
      case REFUSED -> throw new Problem(409, outcome.message());
      case NOTHING -> DocumentsPage.back(ctx, source, null, "rien");
      case DONE -> DocumentsPage.back(ctx, source, null, undo ? "annule" : "retabli");
    }
  }

  private void preview(Context ctx) {
    SourceRecord source = document.source(ctx);
    Person person = DocumentsPage.coder(ctx);
    Autocoding.Plan plan = plan(ctx::queryParam, source);
    String page = ctx.queryParam("page");
    Preview preview = new Preview(source.id(), source.path(), page == null ? 1 : (int) Requests.number(page, "page"),
        "1".equals(ctx.queryParam("brut")) && person.role() == Role.CHERCHEUR, plan.code(), plan.codeLabel(),
        String.valueOf(ctx.queryParam("par")), String.valueOf(ctx.queryParam(ctx.queryParam("par"))),
        plan.target().sourceId() == null ? "etude" : "document", shownQuery(plan, person), plan.toCode().size(),
        plan.alreadyCoded());
    ctx.html(services.views().page("autocode.jte", Requests.frame(ctx, services, "Autocodage", "documents"), preview));
  }

  private void autocode(Context ctx) {
    SourceRecord source = document.source(ctx);
    Person person = DocumentsPage.coder(ctx);
    Autocoding.Plan plan = plan(ctx::formParam, source);
    autocoding.apply(services.study(), plan, person.name());
    services.learning().decided(plan.codebook()); // codings by a person: they teach the model too
    DocumentsPage.back(ctx, source, null, "autocode");
  }

  /** The plan the fields describe; a French 400 for a field missing or wrong. */
  private Autocoding.Plan plan(java.util.function.Function<String, String> field, SourceRecord source) {
    Codebook codebook = documents.codebookOf(services.study(), source)
        .orElseThrow(() -> Problem.badRequest("Cette source n'a pas de livre de codes : ses segments ne se codent pas."));
    // The value is in the field named after the choice: locuteur, section or recherche.
    String par = String.valueOf(field.apply("par"));
    String value = field.apply(par) == null ? "" : field.apply(par).strip();
    Autocoding.By by = switch (par) {
      case "locuteur" -> Autocoding.By.SPEAKER;
      case "section" -> Autocoding.By.SECTION;
      case "recherche" -> Autocoding.By.QUERY;
      default -> throw Problem.badRequest("Autocoder par locuteur, par section ou par recherche (champ « par »).");
    };
    if (by == Autocoding.By.SPEAKER) {
      List<String> speakers = documents.parts(services.study(), source.id()).speakers();
      long rank = value.isEmpty() ? -1 : Requests.number(value, "locuteur");
      if (rank < 0 || rank >= speakers.size()) {
        throw Problem.badRequest("Choisissez un locuteur de ce document.");
      }
      value = speakers.get((int) rank);
    }
    Long scope = "etude".equals(field.apply("portee")) ? null : source.id();
    return autocoding.plan(services.study(), codebook, field.apply("code"), new Autocoding.Target(by, value, scope));
  }

  /** The query in words, a speaker's name pseudonymised as the page shows it. */
  private String shownQuery(Autocoding.Plan plan, Person person) {
    return plan.target().by() == Autocoding.By.SPEAKER
        ? "locuteur « " + services.shown().of(person, plan.target().value(), false) + " »" : plan.query();
  }
}
