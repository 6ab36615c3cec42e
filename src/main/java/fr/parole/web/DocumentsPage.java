package fr.parole.web;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.CodingHistory;
import fr.parole.pipeline.Documents;
import fr.parole.report.AttributeWording;
import fr.parole.study.DocumentQueries;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Documents: the study's sources, and one read a page of segments at a time with its codings in
 * the margin and its memos. A person who may review codes a segment, or a passage selected in it,
 * removes a coding of theirs and writes memos; the others read and propose codes in the discussion.
 *
 * <p>Offsets of a passage are in the stored text (Java chars, as search's start and end). The
 * page sends them only when the text shown is the stored text: a researcher reading the raw text
 * ({@code ?brut=1}), or a segment pseudonymisation left unchanged. Elsewhere the pseudonymised text
 * shown has other offsets: selecting in it codes the whole segment, and the server refuses a
 * passage sent from such a view (400) rather than code the wrong words.
 */
public final class DocumentsPage implements AtelierPage {
  static final String PATH = "/documents";
  /** Segments per page: a source of 100,000 comments is read page by page. */
  static final int PAGE = 200;

  private final AtelierServices services;
  private final Documents documents;
  private final CodingHistory history = new CodingHistory();

  DocumentsPage(AtelierServices services) {
    this.services = services;
    this.documents = new Documents();
  }

  /** A row of the list of documents. */
  public record Row(long id, String path, String kind, int segments, int words) {}

  /**
   * The list of documents: those with participants' words, then the files without any (e-Satis
   * results: scores, no comment), named apart so that nobody opens an empty document.
   */
  public record ListView(List<Row> rows, List<String> withoutWords) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::list, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/segment/{segment}", this::toSegment, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/{source}", this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/{source}/couleurs.css", this::colours, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/{source}/suivant", this::nextUncoded, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{source}/codages", this::code, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{source}/codages/{coding}/retirer", this::remove, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{source}/memos", this::memo, Role.CHERCHEUR, Role.CO_CHERCHEUR);
  }

  /** A document shows its segments' codings: refused while it holds a segment the person codes blind. */
  @Override
  public List<CodingsShown> showsCodings() {
    return List.of(CodingsShown.ofSegment(PATH + "/segment/{segment}"), CodingsShown.ofSource(PATH + "/{source}"),
        CodingsShown.ofSource(PATH + "/{source}/couleurs.css"), CodingsShown.ofSource(PATH + "/{source}/suivant"),
        CodingsShown.ofSource(PATH + "/{source}/codages"), CodingsShown.ofSource(PATH + "/{source}/codages/{coding}/retirer"));
  }

  private void list(Context ctx) {
    List<SourceRecord> sources = documents.sources(services.study());
    List<Row> rows = sources.stream().filter(s -> s.segments() > 0)
        .map(s -> new Row(s.id(), s.path(), DocumentView.kind(s.format()), s.segments(), s.words())).toList();
    List<String> withoutWords = sources.stream().filter(s -> s.segments() == 0).map(SourceRecord::path).toList();
    ctx.html(services.views().page("documents.jte", Requests.frame(ctx, services, "Documents", "documents"),
        new ListView(rows, withoutWords)));
  }

  private void show(Context ctx) {
    SourceRecord source = source(ctx);
    Person person = Requests.person(ctx);
    boolean raw = "1".equals(ctx.queryParam("brut")) && person.role() == Role.CHERCHEUR;
    String pageParam = ctx.queryParam("page");
    int page = pageParam == null ? 1 : (int) Math.max(1, Math.min(1_000_000, Requests.number(pageParam, "page")));
    Documents.Page content = documents.page(services.study(), source, (page - 1) * PAGE, PAGE);
    String chosenParam = ctx.queryParam("segment");
    Long chosen = chosenParam == null || chosenParam.isBlank() ? null : Requests.number(chosenParam, "segment");
    StripeColumns.Filters filters = new StripeColumns.Filters(Set.copyOf(ctx.queryParams("code")),
        Set.copyOf(ctx.queryParams("codeur")));
    DocumentView view = new DocumentView.Builder(services.shown(), new AttributeWording(services.study().config().labels()),
        services.study().config().attributes(), person, raw)
        .of(content, page, PAGE, chosen, message(ctx), filters, tools(content, person, filters, chosen, raw));
    ctx.html(services.views().page("document.jte", Requests.frame(ctx, services, source.path(), "documents"), view));
  }

  /**
   * The tools above the document: the filters' choices (every code of the codebook, every coder on
   * the page and those asked for), where « prochain tour non codé » starts (after the segment chosen,
   * else from this page's first), the person's undo and redo, the parts to autocode.
   */
  private DocumentView.Tools tools(Documents.Page content, Person person, StripeColumns.Filters filters, Long chosen,
      boolean raw) {
    List<ReviewPage.Choice> codes = content.codebook().map(book -> book.codes().stream().map(c -> new ReviewPage.Choice(
        c.path(), ReviewPage.label(book, c), filters.codes().contains(c.path()))).toList()).orElse(List.of());
    Set<String> names = new TreeSet<>(filters.coders());
    content.codings().stream().filter(c -> "human".equals(c.origin()) || !"suggested".equals(c.status()))
        .forEach(c -> names.add(c.coder()));
    names.remove("machine");
    List<ReviewPage.Choice> coders = new ArrayList<>();
    coders.add(new ReviewPage.Choice("machine", "la machine (suggestions)", filters.coders().contains("machine")));
    names.forEach(n -> coders.add(new ReviewPage.Choice(n, n, filters.coders().contains(n))));
    StringBuilder query = new StringBuilder();
    filters.codes().stream().sorted().forEach(c -> query.append("&code=").append(encode(c)));
    filters.coders().stream().sorted().forEach(c -> query.append("&codeur=").append(encode(c)));
    String next = chosen != null ? "apres=" + chosen : content.segments().isEmpty() ? ""
        : "depuis=" + content.segments().get(0).id();
    CodingHistory.Available available = person.canReview() ? history.available(services.study(), person.name())
        : new CodingHistory.Available(java.util.Optional.empty(), java.util.Optional.empty());
    Documents.Parts parts = person.canReview() && content.codebook().isPresent()
        ? documents.parts(services.study(), content.source().id()) : new Documents.Parts(List.of(), List.of());
    return new DocumentView.Tools(codes, coders, query.toString(), next + (raw ? "&brut=1" : ""),
        // An autocode's label names its speaker: shown as the page shows speakers.
        services.shown().of(person, available.undo().orElse(""), raw),
        services.shown().of(person, available.redo().orElse(""), raw), parts.speakers().stream()
        .map(s -> services.shown().of(person, s, raw)).distinct().toList(), parts.sections());
  }

  /** The stylesheet of the codes' colours (the policy forbids inline styles). */
  private void colours(Context ctx) {
    SourceRecord source = source(ctx);
    ctx.contentType("text/css; charset=utf-8");
    ctx.result(documents.codebookOf(services.study(), source).map(CodeColours::css).orElse(""));
  }

  /** « Aller au prochain tour non codé »: the next one after the segment given, maybe on a later page. */
  private void nextUncoded(Context ctx) {
    SourceRecord source = source(ctx);
    String after = ctx.queryParam("apres");
    String from = ctx.queryParam("depuis");
    Long start = after != null && !after.isBlank() ? Long.valueOf(Requests.number(after, "apres")) : null;
    boolean inclusive = start == null && from != null && !from.isBlank();
    if (inclusive) {
      start = Requests.number(from, "depuis");
    }
    String raw = "1".equals(ctx.queryParam("brut")) ? "&brut=1" : "";
    boolean byPeople = "personne".equals(ctx.queryParam("sans"));
    var next = documents.nextUncoded(services.study(), source.id(), start, inclusive, byPeople);
    if (next.isEmpty()) {
      ctx.redirect(PATH + "/" + source.id() + "?fait=" + (byPeople ? "tout-decide" : "tout-code") + raw,
          HttpStatus.SEE_OTHER);
      return;
    }
    long id = next.get().segmentId();
    ctx.redirect(PATH + "/" + source.id() + "?page=" + (next.get().index() / PAGE + 1) + "&segment=" + id + raw
        + "&fait=suivant#segment-" + id, HttpStatus.SEE_OTHER);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A segment's place: its document's page, at its anchor (other pages link here). */
  private void toSegment(Context ctx) {
    long id = Requests.number(ctx.pathParam("segment"), "segment");
    DocumentQueries.SegmentPlace place = documents.place(services.study(), id)
        .orElseThrow(() -> Problem.notFound("Ce segment n'existe pas."));
    ctx.redirect(PATH + "/" + place.sourceId() + "?page=" + (place.index() / PAGE + 1) + "#segment-" + id);
  }

  private void code(Context ctx) {
    SourceRecord source = source(ctx);
    Person person = coder(ctx);
    SegmentRecord segment = segment(ctx, source);
    Codebook codebook = documents.codebookOf(services.study(), source)
        .orElseThrow(() -> Problem.badRequest("Cette source n'a pas de livre de codes : ses segments ne se codent pas."));
    if (!segment.kind().isAnalysed()) {
      throw Problem.badRequest("Ce segment est " + (segment.kind() == SegmentKind.INTERVIEWER ? "un tour de l'enquêteur"
          : "le texte avant le premier tour de parole") + " : seuls les propos des participants sont codés.");
    }
    List<String> codes = ctx.formParams("codes");
    if (codes.isEmpty()) {
      throw Problem.badRequest("Choisissez au moins un code à appliquer.");
    }
    Integer start = offset(ctx.formParam("debut"), "debut");
    Integer end = offset(ctx.formParam("fin"), "fin");
    boolean raw = "1".equals(ctx.formParam("brut")) && person.role() == Role.CHERCHEUR;
    if ((start != null || end != null)
        && !segment.text().equals(services.shown().of(person, segment.text(), raw))) {
      throw Problem.badRequest("Ce passage a été choisi dans le texte pseudonymisé, dont les positions diffèrent du "
          + "texte enregistré : codez le segment entier, ou affichez le texte brut pour coder un passage.");
    }
    if (start != null && end != null && (start < 0 || start >= end || end > segment.text().length())) {
      throw Problem.badRequest("Ce passage (" + start + " à " + end + ") sort du segment, qui fait "
          + segment.text().length() + " caractères.");
    }
    history.apply(services.study(), codebook, segment.id(), codes, person.name(), start, end);
    services.learning().decided(codebook); // a manual coding teaches the model too, in the background
    back(ctx, source, segment.id(), "code");
  }

  private void remove(Context ctx) {
    SourceRecord source = source(ctx);
    Person person = coder(ctx);
    long coding = Requests.number(ctx.pathParam("coding"), "codage");
    Codebook codebook = documents.codebookOf(services.study(), source).orElse(null);
    switch (history.remove(services.study(), codebook, coding, person.name())) {
      case UNKNOWN -> throw Problem.notFound("Ce codage n'existe pas.");
      case NOT_YOURS -> throw new Problem(403, "Vous ne pouvez retirer que les codages que vous avez appliqués "
          + "vous-même : celui-ci vient de la machine ou d'une autre personne.");
      case REMOVED -> back(ctx, source, segmentParam(ctx), "retire");
    }
  }

  private void memo(Context ctx) {
    SourceRecord source = source(ctx);
    Person person = coder(ctx);
    String kind = String.valueOf(ctx.formParam("cible"));
    Long segment = null;
    String target = switch (kind) {
      case "source" -> String.valueOf(source.id());
      case "segment" -> {
        segment = segment(ctx, source).id();
        yield String.valueOf(segment);
      }
      case "code" -> {
        Codebook book = documents.codebookOf(services.study(), source)
            .orElseThrow(() -> Problem.badRequest("Cette source n'a pas de livre de codes."));
        String code = String.valueOf(ctx.formParam("code"));
        if (book.code(code).isEmpty()) {
          throw Problem.badRequest("Choisissez un code du livre « " + book.label() + " » pour ce mémo.");
        }
        yield book.id() + "/" + code;
      }
      default -> throw Problem.badRequest("Un mémo porte sur un segment, le document ou un code.");
    };
    String text = ctx.formParam("texte");
    if (text == null || text.isBlank() || text.length() > Documents.MAX_MEMO) {
      throw Problem.badRequest("Un mémo doit contenir du texte (au plus " + Documents.MAX_MEMO + " caractères).");
    }
    documents.memo(services.study(), kind, target, person.name(), text);
    back(ctx, source, segment, "memo");
  }

  SourceRecord source(Context ctx) {
    long id = Requests.number(ctx.pathParam("source"), "document");
    return documents.source(services.study(), id).orElseThrow(() -> Problem.notFound("Ce document n'existe pas."));
  }

  private SegmentRecord segment(Context ctx, SourceRecord source) {
    long id = Requests.number(ctx.formParam("segment"), "segment");
    return documents.segment(services.study(), source, id)
        .orElseThrow(() -> Problem.notFound("Ce segment n'existe pas dans ce document."));
  }

  private static Long segmentParam(Context ctx) {
    String value = ctx.formParam("segment");
    return value == null || value.isBlank() ? null : Requests.number(value, "segment");
  }

  /** Only people who may review code and write memos; the others propose codes in the discussion. */
  static Person coder(Context ctx) {
    Person person = Requests.person(ctx);
    if (!person.canReview()) {
      throw new Problem(403, "Coder et écrire des mémos est réservé aux personnes autorisées à relire ; "
          + "proposez un code ou commentez dans la discussion.");
    }
    return person;
  }

  private static Integer offset(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    long n = Requests.number(value.strip(), name);
    if (n < 0 || n > Integer.MAX_VALUE) {
      throw Problem.badRequest("Le paramètre « " + name + " » doit être une position dans le segment.");
    }
    return (int) n;
  }

  /** After a change, back to the page and the segment it was about (post, redirect, get). */
  static void back(Context ctx, SourceRecord source, Long segment, String done) {
    String page = ctx.formParam("page");
    String query = "?page=" + (page == null ? "1" : Requests.number(page, "page"))
        + ("1".equals(ctx.formParam("brut")) ? "&brut=1" : "") + "&fait=" + done;
    ctx.redirect(PATH + "/" + source.id() + query + (segment == null ? "" : "#segment-" + segment),
        HttpStatus.SEE_OTHER);
  }

  static String message(Context ctx) {
    return switch (String.valueOf(ctx.queryParam("fait"))) {
      case "code" -> "Codage enregistré.";
      case "retire" -> "Codage retiré.";
      case "memo" -> "Mémo enregistré.";
      case "memo-supprime" -> MemosPage.message("memo-supprime");
      case "suivant" -> "Prochain tour sans code : il est choisi pour le codage.";
      case "tout-code" -> "Aucun tour non codé après celui-ci dans ce document (chaque tour a un code d'une "
          + "personne ou une suggestion de la machine) : « sans codage d'une personne » cherche ceux que personne n'a codés.";
      case "tout-decide" -> "Aucun tour après celui-ci sans codage d'une personne dans ce document.";
      case "annule" -> "Action annulée (« Rétablir » la refait).";
      case "retabli" -> "Action rétablie.";
      case "rien" -> "Rien à annuler ou à rétablir.";
      case "autocode" -> "Autocodage enregistré (« Annuler » le retire en entier).";
      default -> "";
    };
  }
}
