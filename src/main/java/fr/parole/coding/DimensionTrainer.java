package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Trains the model of one dimension and calibrates it. The coded texts are cut into
 * {@link #FOLDS} folds; a model trained without each fold scores it, so every coded text gets a
 * score from a model that never saw it. On those scores each code's {@link Calibration} is fitted
 * (with and without its rule hits) and its threshold chosen ({@link ThresholdChoice}); then the
 * model kept is trained on every text. The codebook's own definitions and examples
 * ({@link CodebookTexts}) are in every training set but never scored: they teach words, they do
 * not say how often a code applies to real texts.
 */
final class DimensionTrainer {
  /** Folds of the calibration's cross-validation (fewer when there are fewer texts). */
  static final int FOLDS = 5;
  /** The folds are drawn with this seed: the same texts give the same model. */
  private static final long SEED = 42;

  private final Dimension dimension;
  private final LearnedCoder.Recipe recipe;
  private final RuleCoder rules;
  private final Function<String, TaggedText> tagger;
  private final Function<TaggedText, Analysed> analysis;

  /** A coded text's terms and the rules that fired on it: found once for all dimensions. */
  record Analysed(SegmentTerms terms, List<Suggestion> hits) {}

  /**
   * {@code analysis}: each text's {@link Analysed}, shared by the dimensions of one training (a
   * text coded in three dimensions is analysed and run through the rules once, not six times).
   */
  DimensionTrainer(Dimension dimension, LearnedCoder.Recipe recipe, RuleCoder rules,
      Function<String, TaggedText> tagger, Function<TaggedText, Analysed> analysis) {
    this.dimension = dimension;
    this.recipe = recipe;
    this.rules = rules;
    this.tagger = tagger;
    this.analysis = analysis;
  }

  /** A trained model, or why there is none. */
  record Outcome(DimensionModel model, String skipped, Map<String, Integer> positives) {}

  Outcome train(List<LearnedCoder.Example> examples) {
    List<TaggedText> texts = new ArrayList<>();
    List<Set<String>> gold = new ArrayList<>();
    for (LearnedCoder.Example example : examples) {
      Set<String> codes = example.codes().get(dimension.id());
      if (codes != null) {
        texts.add(example.text());
        gold.add(codes);
      }
    }
    Set<String> used = new LinkedHashSet<>();
    for (Code code : dimension.codes()) {
      if (gold.stream().anyMatch(g -> g.contains(code.id()))) {
        used.add(code.id());
      }
    }
    Map<String, Integer> positives = new TreeMap<>();
    used.forEach(code -> positives.put(code, (int) gold.stream().filter(g -> g.contains(code)).count()));
    String skipped = whySkip(texts.size(), used, gold);
    if (skipped != null) {
      return new Outcome(null, skipped, positives);
    }
    List<String> labels = List.copyOf(used);
    Learner learner = new Learner(recipe.algorithm());
    List<Learner.Sample> coded = new ArrayList<>();
    List<List<String[]>> pieces = new ArrayList<>();
    List<Set<String>> fired = new ArrayList<>();
    List<List<Suggestion>> hits = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Analysed analysed = analysis.apply(texts.get(i));
      pieces.add(recipe.features().pieces(analysed.terms()));
      coded.add(new Learner.Sample(pieces.get(i).get(0), gold.get(i)));
      hits.add(analysed.hits());
      fired.add(firedRules(analysed.hits(), used));
    }
    List<Learner.Sample> book = new CodebookTexts(dimension, recipe.codebookExamples(), recipe.codebookDefinitions())
        .texts(used).stream()
        .map(t -> new Learner.Sample(recipe.features().of(tagger.apply(t.text())), Set.of(t.code()))).toList();
    double[][] heldOut = heldOutScores(learner, coded, pieces, book, labels);
    Map<String, DimensionModel.LabelFacts> facts = calibrate(labels, heldOut, fired, gold);
    List<Learner.Sample> all = new ArrayList<>(coded);
    all.addAll(book);
    WeightTable table = exclusive() ? learner.oneOfN(all, labels) : learner.oneVsRest(all, labels);
    Map<String, String> codeLabels = new TreeMap<>();
    for (Code code : dimension.codes()) {
      String label = CodebookTexts.closestUsed(dimension, code, used);
      if (label != null) {
        codeLabels.put(code.id(), label);
      }
    }
    DimensionModel model = new DimensionModel(dimension.id(),
        exclusive() ? DimensionModel.Kind.ONE_OF_N : DimensionModel.Kind.ONE_VS_REST, recipe.algorithm(),
        recipe.features(), table, codeLabels, facts, RuleHits.count(dimension, hits, gold), texts.size());
    return new Outcome(model, null, positives);
  }

  private boolean exclusive() {
    return dimension.exclusive();
  }

  /** Why the dimension cannot be learned from these texts, or null when it can. */
  private String whySkip(int texts, Set<String> used, List<Set<String>> gold) {
    if (texts == 0) {
      return "aucun texte codé dans cette dimension";
    }
    if (used.isEmpty()) {
      return "aucun code appliqué (" + texts + " texte(s) sans code)";
    }
    if (exclusive() && used.size() < 2) {
      return "un seul code employé (" + used.iterator().next() + ") : rien à départager";
    }
    if (!exclusive() && gold.stream().distinct().count() < 2) {
      return "tous les textes ont les mêmes codes (" + String.join(", ", gold.get(0)) + ") : rien à distinguer";
    }
    return null;
  }

  /** The rules ({@code code#index}) that fired on codes the model learns (or their sub-codes). */
  private Set<String> firedRules(List<Suggestion> hits, Set<String> used) {
    Set<String> fired = new LinkedHashSet<>();
    for (Suggestion hit : hits) {
      if (RuleHits.label(dimension, hit.code(), used) != null) {
        fired.add(rules.key(hit));
      }
    }
    return fired;
  }

  /** Each coded text's scores from a model trained without its fold. */
  private double[][] heldOutScores(Learner learner, List<Learner.Sample> coded, List<List<String[]>> pieces,
      List<Learner.Sample> book, List<String> labels) {
    int n = coded.size();
    int folds = Math.min(FOLDS, n);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(SEED));
    double[][] scores = new double[n][];
    for (int fold = 0; fold < folds; fold++) {
      List<Learner.Sample> train = new ArrayList<>(book);
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i % folds == fold) {
          test.add(order.get(i));
        } else {
          train.add(coded.get(order.get(i)));
        }
      }
      DimensionModel scorer = scorer(exclusive() ? learner.oneOfN(train, labels) : learner.oneVsRest(train, labels));
      for (int i : test) {
        scores[i] = scorer.scores(pieces.get(i));
      }
    }
    return scores;
  }

  /** A model with nothing but weights, to read raw scores from. */
  private DimensionModel scorer(WeightTable table) {
    return new DimensionModel(dimension.id(), exclusive() ? DimensionModel.Kind.ONE_OF_N
        : DimensionModel.Kind.ONE_VS_REST, recipe.algorithm(), recipe.features(), table, Map.of(), Map.of(),
        RuleHits.parse(null), 0);
  }

  /** Each code's calibrations, fitted on the held-out scores, then its thresholds on the calibrated probabilities. */
  private Map<String, DimensionModel.LabelFacts> calibrate(List<String> labels, double[][] heldOut,
      List<Set<String>> fired, List<Set<String>> gold) {
    int n = heldOut.length;
    int k = labels.size();
    Calibration[] withRules = new Calibration[k];
    Calibration[] alone = new Calibration[k];
    List<List<List<String>>> rule = new ArrayList<>();
    boolean[][] positive = new boolean[k][n];
    for (int l = 0; l < k; l++) {
      double[] scores = new double[n];
      List<List<String>> ofLabel = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        scores[i] = heldOut[i][l];
        ofLabel.add(rulesOf(labels.get(l), fired.get(i), labels));
        positive[l][i] = gold.get(i).contains(labels.get(l));
      }
      rule.add(ofLabel);
      withRules[l] = Calibration.fit(scores, ofLabel, positive[l], true);
      alone[l] = Calibration.fit(scores, ofLabel, positive[l], false);
    }
    if (exclusive()) {
      // One calibration for all codes, fitted on every (text, code) pair: the model's ranking of
      // the codes is kept, and only a rule hit can change it.
      double[] scores = new double[n * k];
      List<List<String>> pooledRules = new ArrayList<>();
      boolean[] pooledPositive = new boolean[n * k];
      for (int l = 0; l < k; l++) {
        for (int i = 0; i < n; i++) {
          scores[l * n + i] = heldOut[i][l];
          pooledRules.add(rule.get(l).get(i));
          pooledPositive[l * n + i] = positive[l][i];
        }
      }
      java.util.Arrays.fill(withRules, Calibration.fit(scores, pooledRules, pooledPositive, true));
      java.util.Arrays.fill(alone, Calibration.fit(scores, pooledRules, pooledPositive, false));
    }
    double[][] pWith = new double[n][k];
    double[][] pAlone = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < k; l++) {
        pWith[i][l] = withRules[l].probability(heldOut[i][l], rule.get(l).get(i));
        pAlone[i][l] = alone[l].probability(heldOut[i][l], List.of());
      }
    }
    Map<String, DimensionModel.LabelFacts> facts = new java.util.LinkedHashMap<>();
    for (int l = 0; l < k; l++) {
      int positives = 0;
      for (boolean p : positive[l]) {
        positives += p ? 1 : 0;
      }
      facts.put(labels.get(l), new DimensionModel.LabelFacts(positives, withRules[l], alone[l],
          ThresholdChoice.best(counted(l, pWith), positive[l], !exclusive()),
          ThresholdChoice.best(counted(l, pAlone), positive[l], !exclusive())));
    }
    return facts;
  }

  /** Of the rules that fired ({@code code#index}), those of codes learned as {@code label}. */
  private List<String> rulesOf(String label, Set<String> fired, List<String> labels) {
    List<String> rules = new ArrayList<>();
    Set<String> used = new java.util.HashSet<>(labels);
    for (String key : fired) {
      Code code = dimension.code(key.substring(0, key.indexOf('#'))).orElseThrow();
      if (label.equals(CodebookTexts.closestUsed(dimension, code, used))) {
        rules.add(key);
      }
    }
    return rules;
  }

  /**
   * Each text's probability of code {@code l} as it would be counted: in an exclusive dimension a
   * text counts for its most probable code only, so another code gets 0 there.
   */
  private double[] counted(int l, double[][] probabilities) {
    double[] p = new double[probabilities.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = probabilities[i][l];
      if (exclusive()) {
        for (int other = 0; other < probabilities[i].length; other++) {
          if (other != l && probabilities[i][other] > probabilities[i][l]) {
            p[i] = 0;
            break;
          }
        }
      }
    }
    return p;
  }
}
