package fr.parole.web;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.pipeline.DiscussionService;
import fr.parole.study.DiscussionItem;
import fr.parole.study.SegmentRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * Discussion: co-researchers comment on a quote or a theme and propose codes for quotes; a
 * researcher answers, turns a proposal into a coding of their own, or declines it. Quotes are
 * shown pseudonymised (but to a researcher asking for raw text); people's own texts are escaped
 * like everything else.
 */
public final class DiscussionPage implements AtelierPage {
  static final String PATH = "/discussion";
  static final String NEW = "/discussion/nouveau";
  /** Quotes longer than this are shortened in the list (cut after pseudonymising). */
  private static final int QUOTE = 400;

  private final AtelierServices services;
  private final DiscussionService discussion;
  private final Quotes quotes;
  private final DateTimeFormatter dates;

  DiscussionPage(AtelierServices services) {
    this.services = services;
    this.discussion = new DiscussionService(services.pipeline());
    this.quotes = new Quotes(services, new fr.parole.pipeline.StudyExplorer(services.study()));
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH).withZone(services.clock().getZone());
  }

  /** What a comment or proposal is about: a quote (its shown text and where it comes from) or a theme. */
  public record Subject(String kind, String target, String quote, String where, String theme) {}

  /** One remark of the list. */
  public record Entry(long id, Subject subject, String author, String date, String text, String proposal,
      String status, String statusLabel, String answer, String answeredBy, String answeredDate) {
    public boolean open() {
      return "open".equals(status);
    }
  }

  /** The remarks on one quote or theme, oldest first, so that the quote is shown once. */
  public record Thread(Subject subject, List<Entry> entries) {
    public boolean open() {
      return entries.stream().anyMatch(Entry::open);
    }
  }

  /** The list: quotes and themes with a remark waiting for an answer first, then the latest. */
  public record ListView(List<Thread> threads, long open, boolean researcher) {}

  /** A code that may be proposed, by its label, in its dimension. */
  public record Choice(String value, String label) {}

  /** A dimension's codes, for the select. */
  public record Group(String label, List<Choice> choices) {}

  /** The form: the subject, the codes that may be proposed (quotes only), what went wrong. */
  public record FormView(Subject subject, List<Group> codes, String error) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::list, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(NEW, this::form, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH, this::create, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{id}/reponse", this::answer, Role.CHERCHEUR);
    routes.post(PATH + "/{id}/accepter", this::accept, Role.CHERCHEUR);
  }

  private void list(Context ctx) {
    Person person = Requests.person(ctx);
    boolean raw = "1".equals(ctx.queryParam("brut"));
    Map<String, List<Entry>> bySubject = new LinkedHashMap<>();
    for (DiscussionItem item : discussion.items(services.study())) {
      bySubject.computeIfAbsent(item.targetKind() + ":" + item.target(), k -> new ArrayList<>())
          .add(entry(person, item, raw));
    }
    List<Thread> threads = bySubject.values().stream().map(entries -> {
      List<Entry> oldestFirst = new ArrayList<>(entries);
      oldestFirst.sort(Comparator.comparingLong(Entry::id));
      return new Thread(entries.get(0).subject(), oldestFirst);
    }).toList();
    long open = threads.stream().flatMap(t -> t.entries().stream()).filter(Entry::open).count();
    ctx.html(services.views().page("discussion.jte", Requests.frame(ctx, services, "Discussion", "discussion"),
        new ListView(threads, open, person.role() == Role.CHERCHEUR)));
  }

  private void form(Context ctx) {
    Person person = Requests.person(ctx);
    String segment = ctx.queryParam("segment");
    String code = ctx.queryParam("code");
    if (segment == null == (code == null)) {
      throw Problem.badRequest("Indiquez une citation (?segment=…) ou un thème (?code=…) à commenter.");
    }
    renderForm(ctx, person, segment != null ? "segment" : "code", segment != null ? segment : code, null, 200);
  }

  private void renderForm(Context ctx, Person person, String kind, String target, String error, int status) {
    Subject subject = subject(person, kind, target, false, false);
    List<Group> codes = List.of();
    if ("segment".equals(kind)) {
      SegmentRecord segment = segment(target);
      codes = segment.kind().isAnalysed() ? discussion.codebookOf(services.study(), segment).map(DiscussionPage::groups)
          .orElse(List.of()) : List.of();
    }
    ctx.status(status);
    ctx.html(services.views().page("discussion-form.jte", Requests.frame(ctx, services, "Commenter", "discussion"),
        new FormView(subject, codes, error)));
  }

  private void create(Context ctx) {
    Person person = Requests.person(ctx);
    String kind = ctx.formParam("cible");
    String target = ctx.formParam("id");
    if (!"segment".equals(kind) && !"code".equals(kind) || target == null) {
      throw Problem.badRequest("Le formulaire ne dit pas quelle citation ou quel thème il commente.");
    }
    subject(person, kind, target, false, false); // 404 when it does not exist
    String text = Optional.ofNullable(ctx.formParam("texte")).orElse("").strip();
    String proposed = Optional.ofNullable(ctx.formParam("code")).filter(c -> !c.isBlank()).orElse(null);
    String codebook = null;
    if (proposed != null) {
      if (!"segment".equals(kind)) {
        throw Problem.badRequest("Un code se propose pour une citation, pas pour un thème.");
      }
      Codebook book = discussion.codebookOf(services.study(), segment(target)).orElseThrow(() ->
          Problem.badRequest("Cette citation n'a pas de livre de codes : aucun code ne peut être proposé."));
      if (book.code(proposed).isEmpty()) {
        throw Problem.badRequest("Ce code n'existe pas dans le livre de codes de cette citation.");
      }
      codebook = book.id();
    }
    if (text.isEmpty() && proposed == null) {
      renderForm(ctx, person, kind, target, "Écrivez votre remarque, ou choisissez un code à proposer.", 400);
      return;
    }
    if (text.length() > DiscussionService.MAX_TEXT) {
      renderForm(ctx, person, kind, target, "Votre remarque est trop longue : au plus " + DiscussionService.MAX_TEXT
          + " caractères.", 400);
      return;
    }
    discussion.comment(services.study(), new DiscussionItem.New(kind, target, person.name(), now(),
        text.isEmpty() ? "Je propose ce code." : text, codebook, proposed));
    ctx.redirect(PATH, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void answer(Context ctx) {
    Person person = Requests.person(ctx);
    DiscussionItem item = item(ctx);
    boolean declined = "refuser".equals(ctx.formParam("decision"));
    String text = Optional.ofNullable(ctx.formParam("reponse")).orElse("").strip();
    if (!declined && text.isEmpty()) {
      throw Problem.badRequest("La réponse est vide : écrivez-la avant d'envoyer.");
    }
    if (text.length() > DiscussionService.MAX_TEXT) {
      throw Problem.badRequest("La réponse est trop longue : au plus " + DiscussionService.MAX_TEXT + " caractères.");
    }
    if (!discussion.answer(services.study(), item.id(), text, declined, person.name())) {
      throw new Problem(409, "Ce message a déjà reçu une réponse de quelqu'un d'autre : rechargez la page.");
    }
    ctx.redirect(PATH, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void accept(Context ctx) {
    DiscussionItem item = item(ctx);
    if (!item.proposal()) {
      throw Problem.badRequest("Ce message ne propose pas de code.");
    }
    if (!item.open()) {
      throw new Problem(409, "Cette proposition a déjà été traitée : rechargez la page.");
    }
    discussion.accept(services.study(), item, Requests.person(ctx).name());
    ctx.redirect(PATH, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private DiscussionItem item(Context ctx) {
    long id = Requests.number(ctx.pathParam("id"), "id");
    return discussion.item(services.study(), id).orElseThrow(() -> Problem.notFound("Ce message n'existe pas."));
  }

  private Entry entry(Person person, DiscussionItem item, boolean raw) {
    Subject subject = subject(person, item.targetKind(), item.target(), raw, true);
    String proposal = item.proposal() ? codeLabel(item.codebook(), item.proposedCode()) : null;
    return new Entry(item.id(), subject, item.author(), date(item.at()), item.text(), proposal, item.status(),
        statusLabel(item.status()), item.answer(), item.answeredBy(), item.answeredAt() == null ? null
            : date(item.answeredAt()));
  }

  /** The quote or theme an item is about; a missing one is a 404 (or, {@code lenient}, in the list, said as such). */
  private Subject subject(Person person, String kind, String target, boolean raw, boolean lenient) {
    if ("segment".equals(kind)) {
      if (parseId(target).isEmpty() && !lenient) {
        throw Problem.badRequest("Le numéro de la citation doit être un nombre entier.");
      }
      Optional<SegmentRecord> found = parseId(target).flatMap(id -> discussion.segment(services.study(), id));
      if (found.isEmpty()) {
        if (lenient) {
          return new Subject(kind, target, "(citation retirée de l'étude depuis)", "", null);
        }
        throw Problem.notFound("Cette citation n'existe pas.");
      }
      SegmentRecord segment = found.get();
      String quote = shorten(services.shown().of(person, segment.text(), raw));
      return new Subject(kind, target, quote, context(person, segment, raw), null);
    }
    int slash = target.indexOf('/');
    Codebook book = slash < 0 ? null : services.pipeline().namedCodebooks(services.study()).get(target.substring(0, slash));
    if (book == null || book.code(target.substring(slash + 1)).isEmpty()) {
      if (lenient) {
        return new Subject(kind, target, null, "", target);
      }
      throw Problem.notFound("Ce thème n'existe pas.");
    }
    return new Subject(kind, target, null, book.label() == null ? book.id() : book.label(),
        codeLabel(book, target.substring(slash + 1)));
  }

  /** Where a quote comes from, by labels (as the theme pages say it); the file and line for a researcher. */
  private String context(Person person, SegmentRecord segment, boolean raw) {
    String context = quotes.context(person, segment.kind(), segment.speaker(), segment.attributes(), raw);
    if (person.role() != Role.CHERCHEUR) {
      return context;
    }
    String where = segment.sourcePath() + ", ligne " + segment.line();
    return context.isEmpty() ? where : context + " · " + where;
  }

  private String codeLabel(String codebook, String path) {
    Codebook book = services.pipeline().namedCodebooks(services.study()).get(codebook);
    return book == null ? path : codeLabel(book, path);
  }

  private static String codeLabel(Codebook book, String path) {
    Optional<Code> code = book.code(path);
    if (code.isEmpty()) {
      return path;
    }
    String dimension = book.dimension(code.get().dimension()).map(Dimension::label).filter(l -> l != null && !l.isBlank())
        .orElse(code.get().dimension());
    return dimension + " : " + label(code.get());
  }

  private static String label(Code code) {
    return code.label() == null || code.label().isBlank() ? code.id() : code.label();
  }

  private static List<Group> groups(Codebook book) {
    return book.dimensions().stream().map(d -> new Group(d.label() == null || d.label().isBlank() ? d.id() : d.label(),
        d.codes().stream().map(c -> new Choice(c.path(), label(c))).toList())).toList();
  }

  private SegmentRecord segment(String target) {
    return parseId(target).flatMap(id -> discussion.segment(services.study(), id))
        .orElseThrow(() -> Problem.notFound("Cette citation n'existe pas."));
  }

  private static Optional<Long> parseId(String target) {
    try {
      return Optional.of(Long.parseLong(target));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    if (text == null || text.length() <= QUOTE) {
      return text;
    }
    int cut = text.lastIndexOf(' ', QUOTE);
    return text.substring(0, cut > QUOTE / 2 ? cut : QUOTE) + " …";
  }

  private static String statusLabel(String status) {
    return switch (status) {
      case "open" -> "En attente";
      case "answered" -> "Répondu";
      case "accepted" -> "Thème appliqué";
      case "declined" -> "Thème non retenu";
      default -> status;
    };
  }

  private String date(String iso) {
    try {
      return dates.format(Instant.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  private String now() {
    return services.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

}
