package fr.parole.web;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.StudyAgreement.Disagreement;
import fr.parole.coding.agreement.AgreementScores;
import fr.parole.coding.agreement.TeamAgreement;
import fr.parole.coding.agreement.TeamScores;
import fr.parole.coding.agreement.CodeAgreement;
import fr.parole.coding.agreement.DimensionAgreement;
import fr.parole.pipeline.Accounts;
import fr.parole.pipeline.BlindCoding;
import fr.parole.pipeline.BlindCoding.AssignmentAgreement;
import fr.parole.study.Assignments.Assignment;
import fr.parole.study.Assignments.Resolution;
import fr.parole.study.SegmentRecord;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * « Codage en aveugle »: a researcher assigns segments to coders; each codes them without seeing
 * anyone else's codings nor the machine's suggestions (here, and on every route a page declares as
 * showing codings, which {@link BlindGuard} refuses them with a 403 while the assignment is open);
 * then the researcher sees agreement per code and the disagreements side by side, and settles each.
 * Quotes are pseudonymised (a researcher may ask for the raw text).
 */
public final class BlindPage implements AtelierPage {
  static final String PATH = "/aveugle";

  private final AtelierServices services;
  private final BlindCoding blind;

  BlindPage(AtelierServices services) {
    this.services = services;
    this.blind = new BlindCoding(services.pipeline());
  }

  /** A person who may be a coder, for the form. */
  public record Candidate(String name, String role) {}

  /** The list: the assignments this person codes or (a researcher) all, and the form to make one. */
  public record ListView(List<Assignment> assignments, boolean researcher, List<Candidate> candidates,
      List<String> sources, String error) {}

  /** A segment to code: its shown text, where it comes from, the coder's own codes by label. */
  public record Item(long id, String text, String where, List<Choice> own) {}

  /** The coder's view. */
  public record CodingView(Assignment assignment, List<Item> items, List<Choice> codes) {}

  /** A code that may be chosen, by its label. */
  public record Choice(String value, String label) {}

  /** One row of scores (a dimension overall, or a code), figures formatted. */
  public record ScoreRow(String label, int units, String percent, String kappa, String alpha, boolean overall) {}

  /** A disagreement side by side: the text, each coder's codes by label, the codes that may be retained. */
  public record Side(String coder, List<String> labels) {}

  public record Divergence(long segment, String dimension, String dimensionLabel, String text, String where,
      List<Side> sides, List<Choice> proposed, String resolution) {}

  /** One pair of coders: their scores and how many disagreements they have. */
  public record PairView(String coderA, String coderB, List<ScoreRow> scores, int disagreements) {}

  /** The whole team's figures (kappa is Fleiss'), and how many segments each coder coded. */
  public record TeamView(List<String> readers, List<ScoreRow> scores) {}

  public record AgreementView(Assignment assignment, TeamView team, List<Divergence> divergences, List<PairView> pairs,
      int resolved) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::list, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH, this::create, Role.CHERCHEUR);
    routes.get(PATH + "/{id}", this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{id}/segments/{segment}", this::code, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{id}/segments/{segment}/retirer", this::withdraw, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/{id}/accord", this::agreement, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.post(PATH + "/{id}/resoudre", this::resolve, Role.CHERCHEUR);
    routes.post(PATH + "/{id}/clore", this::close, Role.CHERCHEUR);
  }

  private void list(Context ctx) {
    render(ctx, null, 200);
  }

  private void render(Context ctx, String error, int status) {
    Person person = mayCode(ctx);
    boolean researcher = person.role() == Role.CHERCHEUR;
    List<Assignment> shown = blind.assignments(services.study()).stream()
        .filter(a -> researcher || a.coders().contains(person.name())).toList();
    List<Candidate> candidates = researcher ? new Accounts().list(services.study()).stream()
        .filter(p -> "chercheur".equals(p.role()) || "co-chercheur".equals(p.role()) && p.mayReview())
        .map(p -> new Candidate(p.name(), p.role())).toList() : List.of();
    List<String> sources = researcher ? services.pipeline().sources(services.study()).stream()
        .filter(s -> s.segments() > 0).map(fr.parole.study.SourceRecord::path).toList() : List.of();
    ctx.status(status);
    ctx.html(services.views().page("aveugle.jte", Requests.frame(ctx, services, "Codage en aveugle", "aveugle"),
        new ListView(shown, researcher, candidates, sources, error)));
  }

  private Person mayCode(Context ctx) {
    Person person = Requests.person(ctx);
    if (!person.canReview()) {
      throw Problem.forbidden();
    }
    return person;
  }

  private void create(Context ctx) {
    Person person = Requests.person(ctx);
    String mode = ctx.formParam("selection");
    String source = "source".equals(mode) ? blankToNull(ctx.formParam("source")) : null;
    String query = "recherche".equals(mode) ? blankToNull(ctx.formParam("requete")) : null;
    Integer sample = null;
    if ("echantillon".equals(mode)) {
      sample = (int) Requests.number(ctx.formParam("taille"), "taille de l'échantillon");
    }
    try {
      Assignment a = blind.assign(services.study(), person.name(), null, ctx.formParams("codeur"),
          new BlindCoding.Selection(source, query, sample, 1));
      ctx.redirect(PATH + "/" + a.id() + "/accord");
    } catch (fr.parole.ParoleException e) {
      render(ctx, e.getMessage(), 400);
    }
  }

  private void show(Context ctx) {
    Person person = mayCode(ctx);
    long id = Requests.number(ctx.pathParam("id"), "affectation");
    Assignment assignment = blind.assignment(services.study(), id);
    if (!assignment.open() || !assignment.coders().contains(person.name())) {
      ctx.redirect(PATH + "/" + id + "/accord");
      return;
    }
    Codebook codebook = codebook(assignment);
    ShownText shown = new ShownText(services.study());
    List<Item> items = new ArrayList<>();
    for (BlindCoding.ToCode t : blind.toCode(services.study(), id, person.name())) {
      SegmentRecord s = t.segment();
      items.add(new Item(s.id(), shown.of(person, s.text(), false), s.sourcePath() + ", ligne " + s.line(),
          t.ownCodings().stream().map(c -> new Choice(String.valueOf(c.id()), label(codebook, c.code()))).toList()));
    }
    List<Choice> codes = codebook.codes().stream().map(c -> new Choice(c.path(), dimensionLabel(codebook,
        c.dimension()) + " · " + labelOf(c))).toList();
    ctx.html(services.views().page("aveugle-codage.jte", Requests.frame(ctx, services, "Codage en aveugle", "aveugle"),
        new CodingView(assignment, items, codes)));
  }

  private void code(Context ctx) {
    Person person = mayCode(ctx);
    long id = Requests.number(ctx.pathParam("id"), "affectation");
    long segment = Requests.number(ctx.pathParam("segment"), "segment");
    List<String> codes = ctx.formParams("code").stream().filter(c -> !c.isBlank()).toList();
    try {
      blind.code(services.study(), id, person.name(), segment, codes);
    } catch (BlindCoding.BlindedException e) {
      throw new Problem(403, e.getMessage());
    }
    ctx.redirect(PATH + "/" + id + "#segment-" + segment);
  }

  private void withdraw(Context ctx) {
    Person person = mayCode(ctx);
    long id = Requests.number(ctx.pathParam("id"), "affectation");
    long segment = Requests.number(ctx.pathParam("segment"), "segment");
    long coding = Requests.number(ctx.formParam("codage"), "codage");
    try {
      if (!blind.withdraw(services.study(), id, person.name(), coding)) {
        throw Problem.badRequest("Ce codage n'est pas l'un des vôtres : rien n'a été retiré.");
      }
    } catch (BlindCoding.BlindedException e) {
      throw new Problem(403, e.getMessage());
    }
    ctx.redirect(PATH + "/" + id + "#segment-" + segment);
  }

  private void agreement(Context ctx) {
    Person person = mayCode(ctx);
    long id = Requests.number(ctx.pathParam("id"), "affectation");
    Assignment assignment = blind.assignment(services.study(), id);
    if (assignment.open() && assignment.coders().contains(person.name())) {
      throw new Problem(403, "Vous êtes codeur de l'affectation n° " + id + ", en cours : les codages des autres vous"
          + " seront visibles quand le chercheur l'aura close. Codez vos segments sur " + PATH + "/" + id + ".");
    }
    if (person.role() != Role.CHERCHEUR) {
      throw Problem.forbidden();
    }
    AssignmentAgreement agreement = blind.agreement(services.study(), id);
    boolean raw = "1".equals(ctx.queryParam("brut"));
    ShownText shown = new ShownText(services.study());
    Codebook codebook = agreement.codebook();
    List<PairView> pairs = agreement.pairs().stream().map(p -> new PairView(p.coderA(), p.coderB(),
        scores(codebook, p.result().report().dimensions()), p.result().disagreements().size())).toList();
    // Each disagreement once, with every coder's codes side by side (a pair's lists would repeat it).
    Map<String, Map<String, List<String>>> sides = new TreeMap<>(); // segment/dimension → coder → codes
    Map<String, Disagreement> first = new LinkedHashMap<>();
    Map<Long, SegmentRecord> segments = new HashMap<>();
    for (BlindCoding.Pair p : agreement.pairs()) {
      segments.putAll(p.result().segments());
      for (Disagreement d : p.result().disagreements()) {
        String key = String.format("%012d/%s", d.segmentId(), d.dimension());
        first.putIfAbsent(key, d);
        sides.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(p.coderA(), d.codesA());
        sides.get(key).put(p.coderB(), d.codesB());
      }
    }
    List<Divergence> divergences = new ArrayList<>();
    sides.forEach((key, byCoder) -> {
      Disagreement d = first.get(key);
      SegmentRecord s = segments.get(d.segmentId());
      List<Side> shownSides = assignment.coders().stream().filter(byCoder::containsKey)
          .map(c -> new Side(c, byCoder.get(c).stream().map(code -> label(codebook, code)).toList())).toList();
      List<Choice> proposed = byCoder.values().stream().flatMap(List::stream).distinct()
          .map(code -> new Choice(code, label(codebook, code))).toList();
      divergences.add(new Divergence(d.segmentId(), d.dimension(), dimensionLabel(codebook, d.dimension()),
          s == null ? "" : shown.of(person, s.text(), raw), s == null ? "" : s.sourcePath() + ", ligne " + s.line(),
          shownSides, proposed, resolution(codebook, d, agreement.resolutions())));
    });
    ctx.html(services.views().page("aveugle-accord.jte", Requests.frame(ctx, services, "Accord des codeurs", "aveugle"),
        new AgreementView(agreement.assignment(), team(codebook, agreement.team()), divergences, pairs,
            agreement.resolutions().size())));
  }

  private static String resolution(Codebook codebook, Disagreement d, List<Resolution> resolutions) {
    return resolutions.stream().filter(r -> r.segmentId() == d.segmentId()
        && r.dimension().equals(d.dimension())).findFirst().map(r -> "Tranché par " + r.decidedBy() + " le "
            + r.decidedAt().substring(0, 10) + " : " + (r.codes().isEmpty() ? "aucun code"
                : String.join(", ", r.codes().stream().map(c -> label(codebook, c)).toList())) + ".").orElse(null);
  }

  private static List<ScoreRow> scores(Codebook codebook, List<DimensionAgreement> dimensions) {
    List<ScoreRow> rows = new ArrayList<>();
    for (DimensionAgreement dimension : dimensions) {
      rows.add(row(dimensionLabel(codebook, dimension.dimension()) + " (ensemble)", dimension.overall(), true));
      for (CodeAgreement code : dimension.codes()) {
        rows.add(row(label(codebook, code.code()), code.scores(), false));
      }
    }
    return rows;
  }

  private static TeamView team(Codebook codebook, TeamAgreement.TeamReport team) {
    List<ScoreRow> rows = new ArrayList<>();
    for (TeamAgreement.TeamDimension dimension : team.dimensions()) {
      rows.add(teamRow(dimensionLabel(codebook, dimension.dimension()) + " (ensemble)", dimension.overall(), true));
      dimension.codes().forEach(c -> rows.add(teamRow(label(codebook, c.code()), c.scores(), false)));
    }
    return new TeamView(team.readers().entrySet().stream().map(e -> e.getKey() + " : " + e.getValue()
        + " segment(s) codé(s)").toList(), rows);
  }

  private static ScoreRow teamRow(String label, TeamScores s, boolean overall) {
    // Fleiss' kappa rests on the segments read by every coder: say so when they are fewer.
    String kappa = figure(s.kappa().value()) + (s.kappa().isDefined() && s.kappa().units() < s.units()
        ? " (sur " + s.kappa().units() + ")" : "");
    return new ScoreRow(label, s.units(), figure(s.percent().value()), kappa, figure(s.alpha().value()), overall);
  }

  private static ScoreRow row(String label, AgreementScores s, boolean overall) {
    return new ScoreRow(label, s.units(), figure(s.percent().value()), figure(s.kappa().value()),
        figure(s.alpha().value()), overall);
  }

  private static String figure(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.FRENCH, "%.3f", value);
  }

  private void resolve(Context ctx) {
    Person person = Requests.person(ctx);
    long id = Requests.number(ctx.pathParam("id"), "affectation");
    long segment = Requests.number(ctx.formParam("segment"), "segment");
    String dimension = ctx.formParam("dimension");
    if (dimension == null || dimension.isBlank()) {
      throw Problem.badRequest("Le paramètre « dimension » manque.");
    }
    blind.resolve(services.study(), id, segment, dimension, ctx.formParams("code"), person.name());
    ctx.redirect(PATH + "/" + id + "/accord#desaccord-" + segment + "-" + dimension);
  }

  private void close(Context ctx) {
    Person person = Requests.person(ctx);
    long id = Requests.number(ctx.pathParam("id"), "affectation");
    blind.close(services.study(), id, person.name());
    ctx.redirect(PATH + "/" + id + "/accord");
  }

  private Codebook codebook(Assignment assignment) {
    Codebook named = services.pipeline().namedCodebooks(services.study()).get(assignment.codebook());
    return named != null ? named : fr.parole.pipeline.Pipeline.codebook(services.study(), assignment.codebook());
  }

  private static String label(Codebook codebook, String code) {
    return codebook.code(code).map(BlindPage::labelOf).orElse(code);
  }

  private static String labelOf(Code code) {
    return code.label() == null || code.label().isBlank() ? code.id() : code.label();
  }

  private static String dimensionLabel(Codebook codebook, String dimension) {
    return codebook.dimension(dimension).map(d -> d.label() == null ? d.id() : d.label()).orElse(dimension);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
