package fr.parole.coding;

import fr.parole.coding.agreement.EvaluationReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Simulates a researcher coding a labelled corpus with the review queue, as issue 13 asks it to be
 * measured. From no decision, each step takes one segment not yet coded and gives it its gold
 * codes (a decision, in every dimension of the gold); the study's model is then trained again on
 * every decision so far with the product's own training ({@link LearnedCoder#train}, the codebook's
 * texts included as the recipe says) and combined with the rules as a coding run does
 * ({@link CombinedCoder#of}). The segment taken is, in {@link Order#QUEUE} order, the one the
 * current coder is most unsure about ({@link Uncertainty} of the rules-and-model probabilities,
 * the most unsure of the gold's dimensions), and in {@link Order#RANDOM} order the next of a seeded
 * shuffle; the same shuffle breaks the queue's ties, which decides its first picks while there is
 * no model yet. After each checkpoint's number of decisions, the suggestions that would be counted
 * ({@link GoldEvaluation#predict}) are scored on the segments NOT yet coded only: accuracy in an
 * exclusive dimension, micro-F1 in a non-exclusive one ({@link CoderExperiment#figures}), with the
 * rules alone scored on the same segments beside them. Not a test: the learning-curve benchmark
 * ({@code fr.parole.bench.LearningCurveBenchmark}) runs it.
 */
public final class LearningCurve {
  /** In which order the simulated researcher takes the segments. */
  public enum Order {
    /** The review queue: the most unsure segment first. */
    QUEUE,
    /** A seeded shuffle. */
    RANDOM
  }

  /** Retrained after every decision up to this many, then every {@link #RETRAIN_EVERY}. */
  static final int RETRAIN_EACH_UP_TO = 20;
  static final int RETRAIN_EVERY = 5;

  /** The recipes the benchmark can compare, by name; {@code shipped} is {@link LearnedCoder.Recipe#standard()}. */
  static final Map<String, LearnedCoder.Recipe> RECIPES = recipes();

  /**
   * The figures after {@code decisions} decisions, by gold dimension, on the {@code uncoded}
   * segments left: the coder that learned ({@code learned}, rules and model) and the rules alone on
   * the same segments; {@code trainMillis}, the last training's wall time; {@code coded}, the ids of
   * the segments decided, in the order they were.
   */
  public record Point(int decisions, int uncoded, Map<String, Double> learned, Map<String, Double> rules,
      double trainMillis, List<String> coded) {}

  private final Codebook codebook;
  private final GoldLabels gold;
  private final GoldEvaluation evaluation;
  private final LearnedCoder.Recipe recipe;
  private final List<LearnedCoder.Example> base;
  private final RuleCoder rules;
  private final List<SegmentTerms> terms = new ArrayList<>();
  private final List<List<Suggestion>> hits = new ArrayList<>();
  private final Map<String, Map<String, Set<String>>> byRules;

  /**
   * @param recipe one of {@link #recipeNames()}
   * @param base coded texts every model also learns from (e.g. the shipped constructed training
   *     file), or none: the study's model then knows only the decisions
   */
  public LearningCurve(Codebook codebook, GoldLabels gold, GoldEvaluation evaluation, String recipe,
      List<LearnedCoder.Example> base) {
    this.codebook = codebook;
    this.gold = gold;
    this.evaluation = evaluation;
    this.recipe = RECIPES.get(recipe);
    if (this.recipe == null) {
      throw new IllegalArgumentException("Recette inconnue : " + recipe + " (recettes : " + RECIPES.keySet() + ")");
    }
    this.base = List.copyOf(base);
    this.rules = new RuleCoder(codebook);
    for (GoldLabels.Labelled row : gold.rows()) {
      SegmentTerms t = rules.terms(evaluation.tag(row.row().text()));
      terms.add(t);
      hits.add(rules.suggest(t));
    }
    this.byRules = evaluation.predict(gold, gold.rows(), rules, thresholds(null));
  }

  public static List<String> recipeNames() {
    return List.copyOf(RECIPES.keySet());
  }

  private static Map<String, LearnedCoder.Recipe> recipes() {
    Map<String, LearnedCoder.Recipe> recipes = new LinkedHashMap<>();
    recipes.put("shipped", LearnedCoder.Recipe.standard());
    recipes.put("no-codebook-texts", new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.standard(), false, false));
    recipes.put("no-negation", new LearnedCoder.Recipe("NAIVEBAYES", TextFeatures.named("STEMS+LEMMAS"), true, true));
    recipes.put("char-ngrams", new LearnedCoder.Recipe("NAIVEBAYES",
        TextFeatures.named("STEMS+LEMMAS+NEGATION_ADDED+CHAR_NGRAMS"), true, true));
    recipes.put("logistic", new LearnedCoder.Recipe("MAXENT_QN", TextFeatures.standard(), true, true));
    recipes.put("logistic-char-ngrams", new LearnedCoder.Recipe("MAXENT_QN",
        TextFeatures.named("STEMS+LEMMAS+NEGATION_ADDED+CHAR_NGRAMS"), true, true));
    return recipes;
  }

  /** The figures of the rules alone on every segment of the gold (the flat line). */
  public Map<String, Double> rulesOnAll() {
    return figures(evaluation.report(gold, byRules));
  }

  /** The figures of a ready-made coder (e.g. the shipped model with the rules) on every segment. */
  public Map<String, Double> onAll(LearnedCoder model) {
    return figures(evaluation.report(gold, evaluation.predict(gold, gold.rows(), CombinedCoder.of(codebook, model),
        thresholds(model))));
  }

  /** One simulated researcher: the figures at each of {@code checkpoints} below the number of segments. */
  public List<Point> run(Order order, long seed, List<Integer> checkpoints) {
    return run(order, seed, checkpoints, null);
  }

  /**
   * A fixed held-out split: {@code share} of the gold's rows (their places), drawn once with
   * {@code splitSeed} whatever the run's seed and order, so that the queue and random order are
   * scored on the same segments. Rows are drawn from each labelled value in turn (stratified by the
   * first dimension's first code) so that a small corpus keeps every theme on both sides.
   */
  public List<Integer> heldOut(double share, long splitSeed) {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("La part mise de côté doit être entre 0 et 1 (exclus) : " + share);
    }
    String dimension = gold.dimensions().get(0).id();
    Map<String, List<Integer>> byCode = new java.util.TreeMap<>();
    for (int i = 0; i < gold.rows().size(); i++) {
      Set<String> codes = gold.rows().get(i).codes().getOrDefault(dimension, Set.of());
      byCode.computeIfAbsent(codes.isEmpty() ? "" : new java.util.TreeSet<>(codes).first(), k -> new ArrayList<>()).add(i);
    }
    Random random = new Random(splitSeed);
    List<Integer> held = new ArrayList<>();
    for (List<Integer> rows : byCode.values()) {
      Collections.shuffle(rows, random);
      held.addAll(rows.subList(0, (int) Math.round(rows.size() * share)));
    }
    Collections.sort(held);
    return List.copyOf(held);
  }

  /**
   * As {@link #run(Order, long, List)}, but with {@code heldOut} (null: none) never offered to the
   * queue and the figures measured on it at every checkpoint, instead of on the segments not yet
   * coded (a set that shrinks, and that the queue and random order empty differently).
   */
  public List<Point> run(Order order, long seed, List<Integer> checkpoints, List<Integer> heldOut) {
    Set<Integer> held = heldOut == null ? Set.of() : new java.util.HashSet<>(heldOut);
    List<Integer> uncoded = new ArrayList<>();
    for (int i = 0; i < gold.rows().size(); i++) {
      if (!held.contains(i)) {
        uncoded.add(i);
      }
    }
    int n = uncoded.size();
    Collections.shuffle(uncoded, new Random(seed));
    List<LearnedCoder.Example> decisions = new ArrayList<>(base);
    List<Point> points = new ArrayList<>();
    List<String> coded = new ArrayList<>();
    LearnedCoder model = null;
    double trainMillis = 0;
    int last = checkpoints.stream().filter(c -> c < n).mapToInt(Integer::intValue).max().orElse(0);
    for (int step = 1; step <= last; step++) {
      int pick = order == Order.QUEUE ? mostUnsure(uncoded, model) : 0;
      int row = uncoded.remove(pick);
      GoldLabels.Labelled decided = gold.rows().get(row);
      coded.add(decided.row().id());
      decisions.add(new LearnedCoder.Example(evaluation.tag(decided.row().text()), decided.codes()));
      if (retrainsAfter(step)) {
        long start = System.nanoTime();
        model = LearnedCoder.train(codebook, decisions, evaluation::tag, recipe);
        trainMillis = (System.nanoTime() - start) / 1e6;
      }
      if (checkpoints.contains(step)) {
        points.add(measure(step, heldOut == null ? uncoded : heldOut, model, trainMillis, coded));
      }
    }
    return points;
  }

  /** Whether the model is trained again after the {@code decided}-th decision. */
  static boolean retrainsAfter(int decided) {
    return decided <= RETRAIN_EACH_UP_TO || decided % RETRAIN_EVERY == 0;
  }

  /**
   * The place in {@code uncoded} of the segment the coder is most unsure about; the first on a tie
   * (or without a model), so that the shuffle decides.
   */
  int mostUnsure(List<Integer> uncoded, LearnedCoder model) {
    if (model == null || model.dimensions().isEmpty()) {
      return 0;
    }
    CombinedCoder coder = CombinedCoder.of(codebook, model);
    Map<String, Double> thresholds = thresholds(model);
    int best = 0;
    double most = -1;
    for (int place = 0; place < uncoded.size(); place++) {
      double unsure = uncertainty(uncoded.get(place), coder, model, thresholds);
      if (unsure > most) {
        most = unsure;
        best = place;
      }
    }
    return best;
  }

  /** How unsure {@code model} with the rules is about the gold's {@code row}-th segment. */
  double uncertainty(int row, LearnedCoder model) {
    return uncertainty(row, CombinedCoder.of(codebook, model), model, thresholds(model));
  }

  /** The most unsure of the gold's dimensions the model knows. */
  private double uncertainty(int row, CombinedCoder coder, LearnedCoder model, Map<String, Double> thresholds) {
    Map<String, Map<String, Double>> probabilities = coder.probabilities(terms.get(row), hits.get(row));
    double most = 0;
    for (Dimension dimension : gold.dimensions()) {
      Map<String, Double> byCode = probabilities.get(dimension.id());
      if (byCode == null) {
        continue;
      }
      Map<String, Double> ofDimension = new HashMap<>();
      byCode.keySet().forEach(code -> ofDimension.put(code,
          thresholds.getOrDefault(dimension.id() + "/" + code, fr.parole.study.CodeThreshold.DEFAULT)));
      most = Math.max(most, Uncertainty.of(byCode, model.exclusive(dimension.id()), ofDimension));
    }
    return most;
  }

  private Point measure(int decided, List<Integer> uncoded, LearnedCoder model, double trainMillis,
      List<String> coded) {
    List<GoldLabels.Labelled> rows = uncoded.stream().map(gold.rows()::get).toList();
    Map<String, Map<String, Set<String>>> predicted = evaluation.predict(gold, rows, CombinedCoder.of(codebook, model),
        thresholds(model));
    Map<String, Map<String, Set<String>>> ruled = new LinkedHashMap<>();
    rows.forEach(r -> ruled.put(r.row().id(), byRules.get(r.row().id())));
    return new Point(decided, rows.size(), figures(evaluation.report(gold, predicted)),
        figures(evaluation.report(gold, ruled)), trainMillis, List.copyOf(coded));
  }

  /** Accuracy (exclusive) or micro-F1 (non-exclusive) of each gold dimension. */
  private Map<String, Double> figures(EvaluationReport report) {
    Map<String, Double> figures = new LinkedHashMap<>();
    gold.dimensions().forEach(d -> figures.put(d.id(), CoderExperiment.figures(report, d.id())[0]));
    return figures;
  }

  /** The thresholds a coding run with {@code model} (or the rules alone) records, by code. */
  private Map<String, Double> thresholds(LearnedCoder model) {
    Map<String, Double> thresholds = new HashMap<>();
    CodeThresholds.of(codebook, Optional.ofNullable(model)).forEach(t -> thresholds.put(t.code(), t.value()));
    return thresholds;
  }
}
