package fr.parole.web;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.ReviewDecision;
import fr.parole.coding.Explanation;
import fr.parole.pipeline.LearningService;
import fr.parole.pipeline.CodingHistory;
import fr.parole.pipeline.ReviewQueue;
import fr.parole.study.DocumentQueries;
import fr.parole.study.PendingSuggestion;
import fr.parole.study.PendingFilter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Revue: the machine's suggestions one at a time, filtered by codebook, code, source and
 * confidence, to accept, reject or recode (keys a, r, c; s skips). Each decision is written at
 * once with the person's name and the time, and refused when someone already decided (a French
 * message, then the next suggestion). Only people who may review reach it (checked here too).
 */
public final class ReviewPage implements AtelierPage {
  static final String PATH = "/revue";
  /** The queue's orders as the address says them. */
  static final String USEFUL = "utiles";
  static final String CORPUS = "corpus";

  private final AtelierServices services;
  private final ReviewQueue queue;
  private final CodingHistory history = new CodingHistory();

  ReviewPage(AtelierServices services) {
    this.services = services;
    this.queue = new ReviewQueue(services.explorer().watch());
  }

  /** The filters of the queue and its order ({@code utiles} or {@code corpus}), as the form and every link carry them. */
  public record Filter(String codebook, String code, String source, int min, int max, String order) {
    /** The filters as hidden fields of a form: name, value. */
    public List<String[]> fields() {
      return List.of(new String[] {"livre", codebook}, new String[] {"code", code}, new String[] {"source", source},
          new String[] {"min", String.valueOf(min)}, new String[] {"max", String.valueOf(max)},
          new String[] {"ordre", order});
    }

    /** The orders a person may choose, this one selected. */
    public List<Choice> orders() {
      return List.of(new Choice(USEFUL, "les plus utiles d'abord", order.equals(USEFUL)),
          new Choice(CORPUS, "dans l'ordre du corpus", order.equals(CORPUS)));
    }

    ReviewQueue.Order queueOrder() {
      return order.equals(CORPUS) ? ReviewQueue.Order.CORPUS : ReviewQueue.Order.USEFUL;
    }

    /** The filter as the store reads it (confidences from 0 to 1). */
    PendingFilter query() {
      return new PendingFilter(code, source, min / 100.0 - 1e-9, max / 100.0 + 1e-9);
    }
  }

  /** An option of a list: its value, its label, whether it is chosen. */
  public record Choice(String value, String label, boolean selected) {}

  /** The suggestion shown: pseudonymised words, the code by its label with its definition, and why. */
  public record Item(long codingId, long segmentId, String source, String speaker, String text, String code,
      String definition, String confidence, String origin, List<Choice> recodes) {}

  /** « Pourquoi ? »: the rules that fired (their queries) and the model's heaviest words, « accueil (+0,42) ». */
  public record Why(List<String> rules, List<String> words) {
    public boolean empty() {
      return rules.isEmpty() && words.isEmpty();
    }
  }

  /** What the page shows; {@code item} is null when nothing is left to review with these filters. */
  public record View(Filter filter, List<Choice> codebooks, List<Choice> codes, List<Choice> sources, Item item,
      int matching, DocumentQueries.ReviewProgress progress, String message, String learning, String undo) {
    public String progressText() {
      return progress.decided() + " décidée" + (progress.decided() > 1 ? "s" : "") + " sur " + progress.total()
          + " ; " + progress.left() + " restante" + (progress.left() > 1 ? "s" : "");
    }
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{coding}", this::decide, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/derniere/annuler", this::undo, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    // Asked by the page once shown (htmx), so that a decision's answer does not wait for it.
    routes.get(PATH + "/{coding}/pourquoi", this::why, Role.CHERCHEUR, Role.CO_CHERCHEUR);
  }

  /** The queue shows the machine's suggestions and the people's decisions, from every document. */
  @Override
  public List<CodingsShown> showsCodings() {
    return CodingsShown.pages(PATH, PATH + "/{coding}", PATH + "/derniere/annuler", PATH + "/{coding}/pourquoi");
  }

  private void show(Context ctx) {
    reviewer(ctx);
    Codebook codebook = codebook(ctx, ctx.queryParam("livre"));
    Map<String, Long> sources = services.pipeline().sourceIds(services.study());
    Filter filter = filter(codebook, sources, ctx.queryParam("code"), ctx.queryParam("source"), ctx.queryParam("min"),
        ctx.queryParam("max"), ctx.queryParam("ordre"));
    String after = ctx.queryParam("apres");
    render(ctx, codebook, filter, sources, after == null ? -1 : Requests.number(after, "apres"), "");
  }

  private void decide(Context ctx) {
    Person person = reviewer(ctx);
    long codingId = Requests.number(ctx.pathParam("coding"), "suggestion");
    Codebook codebook = codebook(ctx, ctx.formParam("livre"));
    Map<String, Long> sources = services.pipeline().sourceIds(services.study());
    Filter filter = filter(codebook, sources, ctx.formParam("code"), ctx.formParam("source"), ctx.formParam("min"),
        ctx.formParam("max"), ctx.formParam("ordre"));
    ReviewDecision.Kind kind = switch (String.valueOf(ctx.formParam("decision"))) {
      case "accepter" -> ReviewDecision.Kind.ACCEPT;
      case "rejeter" -> ReviewDecision.Kind.REJECT;
      case "recoder" -> ReviewDecision.Kind.RECODE;
      default -> throw Problem.badRequest("Décision inconnue : choisissez accepter, rejeter ou recoder.");
    };
    ReviewQueue.Outcome outcome = queue.decide(services.study(), codebook, codingId, kind, ctx.formParam("nouveau"),
        person.name());
    if (outcome.status() == ReviewQueue.Status.RECORDED) {
      services.learning().decided(codebook); // in the background: this answer does not wait for it
    }
    String message = switch (outcome.status()) {
      case UNKNOWN -> throw Problem.notFound("Cette suggestion n'existe pas dans l'étude.");
      // A coding run beside the atelier replaces the machine's pending suggestions: the one on screen is gone.
      case REPLACED -> "Cette suggestion n'existe plus : une nouvelle passe de codage (parole code) ou le modèle"
          + " réentraîné l'a retirée"
          + " pendant que vous la lisiez. Votre décision n'a pas été enregistrée ; voici la suivante.";
      case ALREADY_DECIDED -> "Cette suggestion avait déjà été décidée par " + outcome.decidedBy()
          + " : votre décision n'a pas été enregistrée. Voici la suivante.";
      case RECORDED -> switch (kind) {
        case ACCEPT -> "« " + label(codebook, outcome.suggestion().code()) + " » accepté.";
        case REJECT -> "« " + label(codebook, outcome.suggestion().code()) + " » rejeté.";
        case RECODE -> "Recodé en « " + label(codebook, ctx.formParam("nouveau")) + " ».";
      };
    };
    render(ctx, codebook, filter, sources, -1, message);
  }

  /** The person's latest coding action taken back (a decision here, or a coding in a document). */
  private void undo(Context ctx) {
    Person person = reviewer(ctx);
    Codebook codebook = codebook(ctx, ctx.formParam("livre"));
    Map<String, Long> sources = services.pipeline().sourceIds(services.study());
    Filter filter = filter(codebook, sources, ctx.formParam("code"), ctx.formParam("source"), ctx.formParam("min"),
        ctx.formParam("max"), ctx.formParam("ordre"));
    // A refusal is said in the page's message (htmx swaps only a 2xx answer): nothing changed.
    render(ctx, codebook, filter, sources, -1, history.undo(services.study(), person.name()).message());
  }

  private void why(Context ctx) {
    Person person = reviewer(ctx);
    long codingId = Requests.number(ctx.pathParam("coding"), "suggestion");
    Codebook codebook = codebook(ctx, ctx.queryParam("livre"));
    PendingSuggestion s = queue.pending(services.study(), codebook, codingId).orElseThrow(() -> Problem.notFound(
        "Cette suggestion n'est plus à relire : quelqu'un l'a décidée, ou le modèle réentraîné l'a retirée."));
    Why why = why(codebook, s, services.shown().of(person, s.text(), false));
    ctx.html(services.views().render("partials/review-why.jte", Map.of("why", why)));
  }

  private Person reviewer(Context ctx) {
    Person person = Requests.person(ctx);
    if (!person.canReview()) {
      throw new Problem(403, "La revue des suggestions est réservée aux personnes que le chercheur y a autorisées.");
    }
    return person;
  }

  /** {@code sources}: the study's sources by name, read once per request. */
  private void render(Context ctx, Codebook codebook, Filter filter, Map<String, Long> sources, long after,
      String message) {
    PendingFilter asked = filter.query();
    Person person = Requests.person(ctx);
    // The suggestion and the person's « Annuler » from one opening of the store (the page's hot path).
    ReviewQueue.Next read = queue.next(services.study(), codebook, asked, after, filter.queueOrder(), person.name());
    PendingSuggestion next = read.suggestion().orElse(null);
    View view = new View(filter, codebooks(ctx, codebook), codes(codebook, filter.code()), sources(sources, filter.source()),
        next == null ? null : item(person, codebook, next),
        next == null ? 0 : (int) queue.count(services.study(), codebook, asked),
        queue.progress(services.study(), codebook.id()), message, learning(codebook),
        read.undo().orElse(null));
    Frame frame = Requests.frame(ctx, services, "Revue des suggestions", "revue");
    ctx.html(Requests.fragment(ctx)
        ? services.views().render("partials/review.jte", Map.of("frame", frame, "page", view))
        : services.views().page("review.jte", frame, view));
  }

  private Item item(Person person, Codebook codebook, PendingSuggestion s) {
    Code code = codebook.code(s.code()).orElse(null);
    String dimension = s.code().substring(0, s.code().indexOf('/'));
    List<Choice> recodes = codebook.codes().stream().filter(c -> c.dimension().equals(dimension))
        .filter(c -> !c.path().equals(s.code())).map(c -> new Choice(c.path(), label(codebook, c), false)).toList();
    String origin = switch (s.origin()) {
      case "rule" -> "règle";
      case "model" -> "modèle appris";
      case "rule+model" -> "règle et modèle";
      default -> s.origin();
    };
    String text = services.shown().of(person, s.text(), false);
    return new Item(s.codingId(), s.segmentId(), s.source(), services.shown().of(person, s.speaker(), false),
        text, label(codebook, s.code()), code == null || code.definition() == null ? "" : code.definition(),
        Math.round(s.confidence() * 100) + " %", origin, recodes);
  }

  /**
   * Explained on the pseudonymised text, never the raw one: the words shown come from what the
   * reader may see, so a name cannot be one of them.
   */
  private Why why(Codebook codebook, PendingSuggestion s, String shownText) {
    Explanation explanation = services.learning().explain(codebook, shownText, s.code());
    List<String> rules = explanation.rules();
    if (rules.isEmpty() && s.origin().startsWith("rule") && s.evidence() != null) {
      rules = List.of(s.evidence()); // fired on the raw text, e.g. on a word the pseudonymisation replaced
    }
    return new Why(rules, explanation.words().stream()
        .map(w -> w.text() + " (" + Explanation.weight(w.weight()) + ")").toList());
  }

  /** « Le modèle a appris de N décisions (mis à jour il y a 2 min) », and whether it is being trained again. */
  private String learning(Codebook codebook) {
    LearningService.State state = services.learning().state(codebook.id());
    String said = state.learned().map(l -> l.sentence(services.clock().instant()) + ".")
        .orElse("Le modèle n'a pas encore appris des décisions de cette étude : il le fera quelques secondes après"
            + " vos premières décisions.");
    if (state.busy()) {
      said += " Réentraînement en cours avec vos dernières décisions…";
    } else if (state.problem() != null) {
      said += " Le dernier réentraînement n'a pas abouti, le modèle précédent est gardé : " + state.problem();
    }
    return said;
  }

  /**
   * The study's codebooks, read once per request: reading one parses its YAML and every rule
   * (most of a review page's time on a loaded machine), and a page needs them twice.
   */
  private Map<String, Codebook> books(Context ctx) {
    Map<String, Codebook> books = ctx.attribute("revue.livres");
    if (books == null) {
      books = services.pipeline().namedCodebooks(services.study());
      ctx.attribute("revue.livres", books);
    }
    return books;
  }

  private Codebook codebook(Context ctx, String id) {
    Map<String, Codebook> books = books(ctx);
    if (id == null || id.isBlank()) {
      return books.values().stream().filter(b -> queue.progress(services.study(), b.id()).left() > 0).findFirst()
          .or(() -> books.values().stream().findFirst())
          .orElseThrow(() -> Problem.notFound("Cette étude n'a pas de livre de codes : rien à relire."));
    }
    Codebook book = books.get(id);
    if (book == null) {
      throw Problem.notFound("Ce livre de codes n'existe pas dans cette étude : « " + id + " ».");
    }
    return book;
  }

  private static Filter filter(Codebook codebook, Map<String, Long> sources, String code, String source, String min,
      String max, String order) {
    String chosenOrder = order == null || order.isBlank() ? USEFUL : order.strip();
    if (!chosenOrder.equals(USEFUL) && !chosenOrder.equals(CORPUS)) {
      throw Problem.badRequest("Ordre inconnu : « " + chosenOrder + " » (attendu : « " + USEFUL + " » pour les plus"
          + " utiles d'abord, ou « " + CORPUS + " » pour l'ordre du corpus).");
    }
    String chosen = code == null ? "" : code.strip();
    if (!chosen.isEmpty() && codebook.code(chosen).isEmpty()) {
      throw Problem.badRequest("Code inconnu dans « " + codebook.label() + " » : « " + chosen + " ».");
    }
    String from = source == null ? "" : source.strip();
    if (!from.isEmpty() && !sources.containsKey(from)) {
      throw Problem.badRequest("Cette source n'existe pas dans l'étude.");
    }
    int low = percent(min, 0, "min");
    int high = percent(max, 100, "max");
    if (low > high) {
      throw Problem.badRequest("La confiance minimale (" + low + " %) dépasse la maximale (" + high + " %).");
    }
    return new Filter(codebook.id(), chosen, from, low, high, chosenOrder);
  }

  private static int percent(String value, int fallback, String name) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    long n = Requests.number(value.strip(), name);
    if (n < 0 || n > 100) {
      throw Problem.badRequest("Le paramètre « " + name + " » est un pourcentage, de 0 à 100.");
    }
    return (int) n;
  }

  private List<Choice> codebooks(Context ctx, Codebook chosen) {
    return books(ctx).values().stream()
        .map(b -> new Choice(b.id(), b.label() == null ? b.id() : b.label(), b.id().equals(chosen.id()))).toList();
  }

  private static List<Choice> codes(Codebook codebook, String chosen) {
    return codebook.codes().stream().map(c -> new Choice(c.path(), label(codebook, c), c.path().equals(chosen))).toList();
  }

  private List<Choice> sources(Map<String, Long> sources, String chosen) {
    java.util.Set<Long> analysed = services.explorer().analysedSources();
    return sources.entrySet().stream().filter(s -> analysed.contains(s.getValue()))
        .map(s -> new Choice(s.getKey(), s.getKey(), s.getKey().equals(chosen))).toList();
  }

  /** « Type : Levier »: a code by its dimension's and its own label. */
  static String label(Codebook codebook, String path) {
    return path == null ? "" : codebook.code(path).map(c -> label(codebook, c)).orElse(path);
  }

  static String label(Codebook codebook, Code code) {
    String own = code.label() == null || code.label().isBlank() ? code.id() : code.label();
    String dimension = codebook.dimension(code.dimension()).map(d -> d.label() == null || d.label().isBlank()
        ? d.id() : d.label()).orElse(code.dimension());
    return dimension.substring(0, 1).toUpperCase(Locale.ROOT) + dimension.substring(1) + " : " + own;
  }
}
