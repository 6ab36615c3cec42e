package fr.parole.web;

import fr.parole.pipeline.Documents;
import fr.parole.pipeline.Memos;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mémos: every memo of the study in one place (on a segment, a document, a code, the study),
 * newest first, each with what it is about named and linked (the segment in its document, the
 * document, the theme's page), filtered by kind and author and searched by words, accents and
 * case ignored; a memo on the study written here. {@code POST /memos} writes a memo on any subject
 * (the theme page's and the segment lists' forms post here) and goes back where it was written.
 * Memo text is the team's, but may quote participants: shown through {@link ShownText} like their words.
 */
public final class MemosPage implements AtelierPage {
  static final String PATH = "/memos";
  static final int PER_PAGE = 50;
  /** Words of a segment shown beside a memo on it. */
  private static final int EXCERPT = 160;

  private final AtelierServices services;
  private final Memos memos;

  MemosPage(AtelierServices services) {
    this.services = services;
    this.memos = new Memos(services.explorer()::codebook);
  }

  /**
   * A memo as listed: its kind, subject (label, excerpt, link: null for the study), author, date,
   * text, « modifié le … par … » (empty: never edited), and its page (to edit, delete, see its versions).
   */
  public record MemoView(long id, String kind, String about, String excerpt, String link, String author, String at,
      String text, String edited, String page) {}

  /** A text the memo had before, as shown: its number, who wrote it when, the words. */
  public record EarlierView(int version, String by, String at, String text) {}

  /** A memo's page: the memo, its earlier texts, whether the person may change it, where to go back. */
  public record MemoPage(MemoView memo, int version, List<EarlierView> earlier, boolean mayChange, String back,
      String message) {}

  public record Choice(String value, String label) {}

  /** The page: the filters (kind, author, words), the memos found, the page, whether the person may write one. */
  public record View(List<Choice> kinds, String kind, List<String> authors, String author, String words, int total,
      List<MemoView> memos, int page, int pages, String previous, String next, boolean mayWrite, String message) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::list, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH, this::write, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/{memo}", this::memo, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{memo}", this::edit, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{memo}/supprimer", this::delete, Role.CHERCHEUR, Role.CO_CHERCHEUR);
  }

  private void list(Context ctx) {
    Person person = Requests.person(ctx);
    String kindParam = SegmentsPage.blankToNull(ctx.queryParam("type"));
    Memos.Kind kind = kindParam == null ? null : kind(kindParam);
    String author = SegmentsPage.blankToNull(ctx.queryParam("auteur"));
    String words = SegmentsPage.blankToNull(ctx.queryParam("q"));
    boolean raw = SegmentsPage.raw(ctx);
    List<Memos.Memo> found = memos.list(services.study(), new Memos.Query(kind, author, words),
        text -> services.shown().of(person, text, raw));
    int pages = Math.max(1, (found.size() + PER_PAGE - 1) / PER_PAGE);
    int page = Math.min(SegmentsPage.page(ctx), pages);
    List<MemoView> shown = found.subList((page - 1) * PER_PAGE, Math.min(found.size(), page * PER_PAGE)).stream()
        .map(m -> view(person, m, raw)).toList();
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("type", kindParam);
    parameters.put("auteur", author);
    parameters.put("q", words);
    View view = new View(java.util.Arrays.stream(Memos.Kind.values()).map(k -> new Choice(k.stored(), k.label())).toList(),
        kindParam == null ? "" : kindParam, memos.authors(services.study()), author == null ? "" : author,
        words == null ? "" : words, found.size(), shown, page, pages,
        page > 1 ? Links.with(PATH, parameters, "page", String.valueOf(page - 1)) : null,
        page < pages ? Links.with(PATH, parameters, "page", String.valueOf(page + 1)) : null, person.canReview(),
        message(ctx.queryParam("fait")));
    ctx.html(services.views().page("memos.jte", Requests.frame(ctx, services, "Mémos", "memos"), view));
  }

  private MemoView view(Person person, Memos.Memo memo, boolean raw) {
    Memos.Subject s = memo.subject();
    String excerpt = s.words() == null ? null : cut(services.shown().of(person, s.words(), raw));
    String link = switch (s.kind()) {
      case SEGMENT -> s.segmentId() == null ? null : DocumentsPage.PATH + "/segment/" + s.segmentId();
      case SOURCE -> s.sourceId() == null ? null : DocumentsPage.PATH + "/" + s.sourceId();
      case CODE -> services.explorer().theme(s.codebook(), s.code()).isPresent() ? Links.theme(s.codebook(), s.code()) : null;
      case STUDY -> null;
    };
    return new MemoView(memo.id(), s.kind().label(), s.label(), excerpt, link, memo.author(),
        DocumentView.Builder.day(memo.at()), services.shown().of(person, memo.text(), raw), edited(memo),
        PATH + "/" + memo.id());
  }

  /** « modifié le 03/12/2026 à 23:40 par alice », or empty for a memo never edited. */
  static String edited(Memos.Memo memo) {
    return memo.editedAt() == null ? "" : "modifié le " + DocumentView.Builder.day(memo.editedAt()) + " par "
        + memo.editedBy();
  }

  /** A memo's page: its text, what it is about, its earlier texts, and the forms to edit or delete it. */
  private void memo(Context ctx) {
    Person person = Requests.person(ctx);
    long id = Requests.number(ctx.pathParam("memo"), "mémo");
    boolean raw = SegmentsPage.raw(ctx);
    Memos.History history = memos.history(services.study(), id)
        .orElseThrow(() -> Problem.notFound("L'étude n'a pas de mémo n° " + id + " (ou il a été supprimé)."));
    List<EarlierView> earlier = history.earlier().stream().map(e -> new EarlierView(e.version(), e.writtenBy(),
        DocumentView.Builder.day(e.writtenAt()), services.shown().of(person, e.text(), raw))).toList();
    MemoPage page = new MemoPage(view(person, history.memo(), raw), history.memo().version(), earlier,
        person.mayChangeMemo(history.memo().author()), back(ctx.queryParam("retour")),
        "modifie".equals(ctx.queryParam("fait")) ? "Mémo modifié ; son texte précédent est gardé ci-dessous." : "");
    ctx.html(services.views().page("memo.jte", Requests.frame(ctx, services, "Mémo n° " + id, "memos"), page));
  }

  private void edit(Context ctx) {
    Person person = Requests.person(ctx);
    long id = Requests.number(ctx.pathParam("memo"), "mémo");
    int seen = (int) Requests.number(ctx.formParam("version"), "version");
    String text = ctx.formParam("texte");
    if (text == null || text.isBlank() || text.length() > Documents.MAX_MEMO) {
      throw Problem.badRequest("Un mémo doit contenir du texte (au plus " + Links.n(Documents.MAX_MEMO)
          + " caractères) : le mémo n° " + id + " n'a pas été modifié.");
    }
    refusals(() -> memos.edit(services.study(), id, person.name(), person.role() == Role.CHERCHEUR, seen, text));
    String back = back(ctx.formParam("retour"));
    ctx.redirect(PATH + "/" + id + "?fait=modifie" + (back.equals(PATH) ? "" : "&retour="
        + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8)), HttpStatus.SEE_OTHER);
  }

  private void delete(Context ctx) {
    Person person = Requests.person(ctx);
    long id = Requests.number(ctx.pathParam("memo"), "mémo");
    refusals(() -> memos.delete(services.study(), id, person.name(), person.role() == Role.CHERCHEUR));
    String to = back(ctx.formParam("retour"));
    ctx.redirect(to + (to.contains("?") ? "&" : "?") + "fait=memo-supprime", HttpStatus.SEE_OTHER);
  }

  /** A refused edit or delete as the page's answer: 404 no such memo, 403 not theirs, 409 changed since. */
  private static void refusals(Runnable change) {
    try {
      change.run();
    } catch (Memos.Refused e) {
      throw new Problem(switch (e.why()) {
        case NOT_FOUND -> 404;
        case NOT_YOURS -> 403;
        case CHANGED_SINCE -> 409;
      }, e.getMessage());
    }
  }

  /** Where a form goes back: a path of this atelier only (a form cannot send the person to another site). */
  static String back(String back) {
    boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
    return local ? back : PATH;
  }

  private void write(Context ctx) {
    Person person = Requests.person(ctx);
    if (!person.canReview()) {
      throw new Problem(403, "Écrire des mémos est réservé aux personnes autorisées à relire ; commentez dans la "
          + "discussion.");
    }
    Memos.Kind kind = kind(String.valueOf(ctx.formParam("cible")));
    String target = switch (kind) {
      case SEGMENT -> String.valueOf(Requests.number(ctx.formParam("segment"), "segment"));
      case SOURCE -> String.valueOf(Requests.number(ctx.formParam("source"), "document"));
      case CODE -> String.valueOf(ctx.formParam("code"));
      case STUDY -> "";
    };
    String text = ctx.formParam("texte");
    if (text == null || text.isBlank() || text.length() > Documents.MAX_MEMO) {
      throw Problem.badRequest("Un mémo doit contenir du texte (au plus " + Links.n(Documents.MAX_MEMO)
          + " caractères) : rien n'a été enregistré.");
    }
    memos.add(services.study(), kind, target, person.name(), text);
    String to = back(ctx.formParam("retour"));
    ctx.redirect(to + (to.contains("?") ? "&" : "?") + "fait=memo", HttpStatus.SEE_OTHER);
  }

  /** The page's note after a memo was written or deleted (the form sends the person back here). */
  static String message(String done) {
    return "memo".equals(done) ? "Mémo enregistré." : "memo-supprime".equals(done)
        ? "Mémo supprimé (il reste au journal de l'étude, avec qui l'a supprimé et quand)." : "";
  }

  private static Memos.Kind kind(String value) {
    try {
      return Memos.Kind.of(value);
    } catch (fr.parole.ParoleException e) {
      throw Problem.badRequest(e.getMessage());
    }
  }

  private static String cut(String text) {
    return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip() + "…";
  }
}
