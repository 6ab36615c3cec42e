package fr.parole.web;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdit;
import fr.parole.coding.CodebookEdits;
import fr.parole.coding.CodebookException;
import fr.parole.pipeline.CodebookChangedException;
import fr.parole.pipeline.CodebookEditing;
import fr.parole.pipeline.CodebookSplit;
import fr.parole.study.CodebookHistory.Version;
import fr.parole.study.StudyConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * « Livre de codes »: the study's codebook as a tree, and its changes (create, relabel, describe,
 * colour, re-id, move, merge, split, delete, restore a version), each a new version written by
 * {@link CodebookEditing}. A researcher changes it; a co-researcher reads it. Every form sends back
 * the fingerprint of the codebook it was drawn from: a change made from a codebook someone changed
 * since is refused (409) and the page shows the codebook as it now is.
 */
final class CodebookPage implements AtelierPage {
  static final String PATH = "/livre-de-codes";

  private final AtelierServices services;
  private final CodebookEditing editing = new CodebookEditing();
  private final CodebookEdits edits = new CodebookEdits();
  private final CodebookSplit split;
  /** Segments listed per page of the split form, and how much of each is shown. */
  private static final int PER_PAGE = 50;
  private static final int SHOWN = 300;

  CodebookPage(AtelierServices services) {
    this.services = services;
    this.split = new CodebookSplit(services.pipeline(), editing);
  }

  /**
   * The split form lists the code's coded segments, and the merge preview names the segments where
   * a person would hold two codes of an exclusive dimension: both show codings, segment by segment.
   */
  @Override
  public List<CodingsShown> showsCodings() {
    return CodingsShown.pages(PATH + "/scinder", PATH + "/fusionner");
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/versions", this::versions, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/code", this::code, Role.CHERCHEUR);
    routes.get(PATH + "/supprimer", this::confirmDeletion, Role.CHERCHEUR);
    routes.post(PATH + "/creer", ctx -> change(ctx, book -> edits.create(book, required(ctx, "dimension"),
        ctx.formParam("id"), ctx.formParam("libelle"), ctx.formParam("parent"))), Role.CHERCHEUR);
    routes.post(PATH + "/modifier", ctx -> change(ctx, book -> edits.describe(book, required(ctx, "code"),
        ctx.formParam("libelle"), ctx.formParam("definition"), lines(ctx.formParam("exemples")),
        ctx.formParam("couleur"))), Role.CHERCHEUR);
    routes.post(PATH + "/identifiant", ctx -> change(ctx, book -> edits.renameId(book, required(ctx, "code"),
        ctx.formParam("id"))), Role.CHERCHEUR);
    routes.post(PATH + "/deplacer", ctx -> change(ctx, book -> {
      String to = required(ctx, "vers");
      int slash = to.indexOf('/');
      return edits.move(book, required(ctx, "code"), slash < 0 ? to : to.substring(0, slash),
          slash < 0 ? null : to.substring(slash + 1));
    }), Role.CHERCHEUR);
    routes.get(PATH + "/fusionner", this::mergePreview, Role.CHERCHEUR);
    routes.post(PATH + "/fusionner", ctx -> changed(ctx, name -> editing.merge(services.study(), name,
        required(ctx, "etat"), Requests.person(ctx).name(), required(ctx, "code"), required(ctx, "cible"))),
        Role.CHERCHEUR);
    routes.get(PATH + "/scinder", this::splitForm, Role.CHERCHEUR);
    routes.post(PATH + "/scinder", ctx -> changed(ctx, name -> split.split(services.study(), name, required(ctx, "etat"),
        Requests.person(ctx).name(), required(ctx, "code"), ctx.formParam("id"), ctx.formParam("libelle"),
        choice(ctx.formParam("requete"), ctx.formParams("segment")))), Role.CHERCHEUR);
    routes.post(PATH + "/supprimer", ctx -> change(ctx, book -> edits.delete(book, required(ctx, "code"))),
        Role.CHERCHEUR);
    routes.post(PATH + "/restaurer", this::restore, Role.CHERCHEUR);
  }

  private void show(Context ctx) {
    String name = name(ctx.queryParam("livre"));
    String done = Optional.ofNullable(ctx.queryParam("version")).map(n -> editing.versions(services.study(), name)
        .stream().filter(v -> String.valueOf(v.number()).equals(n)).findFirst().map(v -> "Version " + v.number()
            + " enregistrée : " + v.summary()).orElse(null)).orElse(null);
    render(ctx, name, done, null, 200);
  }

  private void render(Context ctx, String name, String done, String error, int status) {
    CodebookEditing.State state = editing.state(services.study(), name);
    ctx.status(status);
    ctx.html(services.views().page("codebook.jte", Requests.frame(ctx, services, "Livre de codes", "livre"),
        CodebookView.page(state, names().stream().map(n -> new CodebookView.Option(n, label(n))).toList(),
            researcher(ctx), done, error, services.clock().getZone())));
  }

  private void versions(Context ctx) {
    String name = name(ctx.queryParam("livre"));
    CodebookEditing.State state = editing.state(services.study(), name);
    List<Version> versions = editing.versions(services.study(), name);
    ctx.html(services.views().page("codebook-versions.jte", Requests.frame(ctx, services, "Versions du livre de codes",
        "livre"), CodebookView.versions(state, versions, researcher(ctx), services.clock().getZone())));
  }

  private void code(Context ctx) {
    CodebookEditing.State state = editing.state(services.study(), name(ctx.queryParam("livre")));
    Code code = code(state, ctx);
    ctx.html(services.views().page("codebook-code.jte", Requests.frame(ctx, services, code.label(), "livre"),
        CodebookView.forms(state, code)));
  }

  private static Code code(CodebookEditing.State state, Context ctx) {
    return state.codebook().code(Optional.ofNullable(ctx.queryParam("code")).orElse(""))
        .orElseThrow(() -> Problem.notFound("Ce code n'existe pas (ou plus) dans le livre de codes."));
  }

  private void confirmDeletion(Context ctx) {
    String name = name(ctx.queryParam("livre"));
    CodebookEditing.State state = editing.state(services.study(), name);
    Code code = code(state, ctx);
    var count = state.count(code.path());
    String consequence = count.human() == 0 && count.suggested() == 0 ? "Aucun codage n'est concerné."
        : count.human() + (count.human() < 2 ? " codage de personne sera archivé" : " codages de personnes seront archivés")
        + " (restaurer une version antérieure les rend) et " + count.suggested() + (count.suggested() < 2
        ? " suggestion de la machine sera supprimée." : " suggestions de la machine seront supprimées.");
    int children = state.codebook().dimension(code.dimension()).orElseThrow().children(code.id()).size();
    if (children > 0) {
      consequence += " Ses " + children + " sous-code(s) remontent d'un niveau.";
    }
    ctx.html(services.views().page("codebook-delete.jte", Requests.frame(ctx, services, "Supprimer un code", "livre"),
        new CodebookView.Deletion(name, state.fingerprint(), code.path(), code.label(), consequence)));
  }

  private void change(Context ctx, Function<Codebook, CodebookEdit> edit) {
    changed(ctx, name -> editing.change(services.study(), name, required(ctx, "etat"), Requests.person(ctx).name(), edit));
  }

  /**
   * Writes a change and shows the codebook with it, or why not.
   */
  private void changed(Context ctx, Function<String, Version> write) {
    String name = name(ctx.formParam("livre"));
    try {
      Version version = write.apply(name);
      retrain(version, name);
      ctx.redirect(PATH + "?livre=" + encode(name) + "&version=" + version.number(), HttpStatus.SEE_OTHER);
    } catch (CodebookChangedException e) {
      render(ctx, name, null, e.getMessage(), 409);
    } catch (CodebookException e) {
      render(ctx, name, null, e.getMessage(), 400);
    }
  }

  /** A change that moved, renamed or removed codes: the study's model, which names them by id, learns again. */
  private void retrain(Version version, String name) {
    if (!List.of("création", "modification").contains(version.action())) {
      services.learning().decided(editing.codebook(services.study(), name));
    }
  }

  private void mergePreview(Context ctx) {
    String name = name(ctx.queryParam("livre"));
    CodebookEditing.State state = editing.state(services.study(), name);
    Code code = code(state, ctx);
    String target = Optional.ofNullable(ctx.queryParam("cible")).orElse("");
    Code into = state.codebook().code(target).orElseThrow(() -> Problem.badRequest("Choisissez le code dans lequel "
        + "fusionner « " + code.label() + " » (« cible » manque ou n'existe pas)."));
    String moved;
    String refusal;
    try {
      CodebookEditing.MergePreview preview = editing.mergePreview(services.study(), name, code.path(), target);
      moved = "Codages qui passeront sur « " + into.label() + " », chacun avec son codeur, son origine et sa date : "
          + CodebookView.counts(preview.moved()) + ".";
      refusal = preview.refusal();
    } catch (CodebookException e) {
      moved = "Cette fusion n'est pas possible.";
      refusal = e.getMessage();
    }
    ctx.status(refusal == null ? 200 : 400);
    ctx.html(services.views().page("codebook-merge.jte", Requests.frame(ctx, services, "Fusionner un code", "livre"),
        new CodebookSplitView.Merge(name, state.fingerprint(), code.path(), code.label(), into.path(), into.label(), moved,
            refusal)));
  }

  private void splitForm(Context ctx) {
    String name = name(ctx.queryParam("livre"));
    CodebookEditing.State state = editing.state(services.study(), name);
    Code code = code(state, ctx);
    Person person = Requests.person(ctx);
    CodebookSplit.Choice choice = choice(ctx.queryParam("requete"), ctx.queryParams("segment"));
    int page = ctx.queryParam("page") == null ? 1 : (int) Math.max(1, Requests.number(ctx.queryParam("page"), "page"));
    CodebookSplit.Segments shown = split.coded(services.study(), name, code.path(), (page - 1) * PER_PAGE, PER_PAGE);
    List<CodebookSplitView.Item> items = shown.shown().stream().map(s -> new CodebookSplitView.Item(s.segmentId(),
        s.sourcePath() + ", ligne " + s.line() + " :", shorten(services.shown().of(person, s.text(), false)),
        choice.segments().contains(s.segmentId()))).toList();
    java.util.Set<Long> here = new java.util.HashSet<>();
    items.forEach(i -> here.add(i.id()));
    List<Long> elsewhere = choice.segments().stream().filter(id -> !here.contains(id)).sorted().toList();
    String preview = null;
    String error = null;
    boolean ready = false;
    String label = Optional.ofNullable(ctx.queryParam("libelle")).orElse("").strip();
    if (ctx.queryParam("apercu") != null) {
      if (label.isEmpty()) {
        error = "Écrivez le libellé du nouveau code avant l'aperçu.";
      } else if (choice.none()) {
        preview = "Aucune recherche ni aucun segment coché : le nouveau code sera créé sans codages, ceux de « "
            + code.label() + " » restent sur lui.";
        ready = true;
      } else {
        try {
          CodebookSplit.Plan plan = split.plan(services.study(), name, code.path(), choice);
          preview = plan.codings() + (plan.codings() < 2 ? " codage" : " codages") + " de « " + code.label() + " » sur "
              + plan.segments().size() + " segment(s) (" + plan.how() + ") " + (plan.codings() < 2 ? "passera" : "passeront")
              + " sur « " + label + " » ; les autres restent sur « " + code.label() + " ».";
          ready = true;
        } catch (CodebookException e) {
          error = e.getMessage();
        }
      }
    }
    int pages = Math.max(1, (shown.total() + PER_PAGE - 1) / PER_PAGE);
    ctx.status(error == null ? 200 : 400);
    ctx.html(services.views().page("codebook-split.jte", Requests.frame(ctx, services, "Scinder un code", "livre"),
        new CodebookSplitView.Split(name, state.fingerprint(), code.path(), code.label(), label,
            Optional.ofNullable(ctx.queryParam("id")).orElse(""), Optional.ofNullable(choice.query()).orElse(""), items,
            elsewhere, choice.segments().stream().sorted().toList(), shown.total(), shown.offset() / PER_PAGE + 1, pages,
            preview, ready, error)));
  }

  private static CodebookSplit.Choice choice(String query, List<String> segments) {
    java.util.Set<Long> ids = new java.util.TreeSet<>();
    for (String s : segments) {
      if (!s.isBlank()) {
        ids.add(Requests.number(s.strip(), "segment"));
      }
    }
    return new CodebookSplit.Choice(query, ids);
  }

  private static String shorten(String text) {
    return text == null || text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private void restore(Context ctx) {
    String name = name(ctx.formParam("livre"));
    int number = (int) Requests.number(ctx.formParam("numero"), "numero");
    try {
      Version version = editing.restore(services.study(), name, number, required(ctx, "etat"),
          Requests.person(ctx).name());
      retrain(version, name);
      ctx.redirect(PATH + "?livre=" + encode(name) + "&version=" + version.number(), HttpStatus.SEE_OTHER);
    } catch (CodebookChangedException e) {
      render(ctx, name, null, e.getMessage(), 409);
    }
  }

  /** The codebooks study.yaml names (the study's, then its sources'), which are the ones this page edits. */
  private List<String> names() {
    StudyConfig config = services.study().config();
    List<String> names = new ArrayList<>();
    if (config.codebook() != null && !config.codebook().isBlank()) {
      names.add(config.codebook());
    }
    config.sources().stream().map(StudyConfig.SourceSpec::codebook).filter(c -> c != null && !c.isBlank() && !names.contains(c))
        .forEach(names::add);
    return names;
  }

  private String name(String asked) {
    List<String> names = names();
    if (names.isEmpty()) {
      throw Problem.notFound("Cette étude n'a pas de livre de codes : ajoutez « codebook: » à study.yaml.");
    }
    if (asked == null || asked.isBlank()) {
      return names.get(0);
    }
    if (!names.contains(asked)) {
      throw Problem.notFound("study.yaml ne nomme pas de livre de codes « " + asked + " ».");
    }
    return asked;
  }

  /** A codebook's label for the select; its name when it cannot be read (the page of that one says why). */
  private String label(String name) {
    try {
      return editing.codebook(services.study(), name).label();
    } catch (fr.parole.ParoleException e) {
      return name;
    }
  }

  private static boolean researcher(Context ctx) {
    return Requests.person(ctx).role() == Role.CHERCHEUR;
  }

  private static String required(Context ctx, String field) {
    String value = ctx.formParam(field);
    if (value == null || value.isBlank()) {
      throw Problem.badRequest("Le formulaire est incomplet (« " + field + " » manque) : rien n'a été enregistré.");
    }
    return value.strip();
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
