package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import fr.parole.study.CodeThreshold;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Says, for each code of each dimension it has a model for, the probability that the code applies
 * to a text. Trained on people's codings ({@link Example}: every code a text was given in each
 * dimension it was coded in) plus the codebook's own definitions and examples
 * ({@link CodebookTexts}), which are written from the domain and, with a few dozen coded texts, much
 * of what a model can know about a code. A non-exclusive dimension gets one yes-or-no model per
 * code, an exclusive one a model choosing one code ({@link Learner}); both read stems, lemmas and
 * negation marks ({@link TextFeatures}). Each code's score is turned into a calibrated probability,
 * with the code's rule hits as a second input, and given a threshold chosen by cross-validation on
 * the training texts ({@link DimensionTrainer}); both are kept in the model file ({@link ModelFile}).
 * Naive Bayes and these features were chosen by cross-validation (docs/benchmarks.md).
 */
public final class LearnedCoder implements Coder {
  /** Below this many coded texts, a code's threshold is not calibrated and {@code parole train} warns. */
  public static final int MIN_TEXTS_PER_CODE = ThresholdChoice.MIN_POSITIVES;

  /** A coded text: for each dimension it was coded in, every code a person gave it (none is a valid answer). */
  public record Example(TaggedText text, Map<String, Set<String>> codes) {
    public Example {
      Map<String, Set<String>> copy = new LinkedHashMap<>();
      codes.forEach((dimension, set) -> copy.put(dimension, Set.copyOf(set)));
      codes = Collections.unmodifiableMap(copy);
    }

    /** A text with one code per dimension ({@code dimension → code}). */
    public static Example of(TaggedText text, Map<String, String> codes) {
      Map<String, Set<String>> sets = new LinkedHashMap<>();
      codes.forEach((dimension, code) -> sets.put(dimension, code == null || code.isBlank() ? Set.of() : Set.of(code)));
      return new Example(text, sets);
    }
  }

  /**
   * How models are trained. {@link #standard()} is what Parole ships; the other settings exist so
   * that cross-validation can show what each choice is worth.
   *
   * @param algorithm OpenNLP trainer: {@code NAIVEBAYES} or {@code MAXENT_QN} (see {@link Learner})
   * @param codebookExamples train on the codebook's examples of each code as well
   * @param codebookDefinitions train on each code's label and definition as well
   */
  record Recipe(String algorithm, TextFeatures features, boolean codebookExamples, boolean codebookDefinitions) {
    static Recipe standard() {
      return new Recipe("NAIVEBAYES", TextFeatures.standard(), true, true);
    }
  }

  /**
   * What training did with one dimension: a model, with the number of coded texts each code had,
   * or the reason there is none.
   */
  public record DimensionReport(String dimension, String skipped, int texts, Map<String, Integer> positives) {
    public DimensionReport {
      positives = Collections.unmodifiableMap(new TreeMap<>(positives));
    }

    public boolean trained() {
      return skipped == null;
    }
  }

  private final Map<String, DimensionModel> models;
  private final List<DimensionReport> report;

  private LearnedCoder(Map<String, DimensionModel> models, List<DimensionReport> report) {
    this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
    this.report = List.copyOf(report);
  }

  /**
   * Trains a model for each dimension its examples allow (some coded texts, and something to tell
   * apart); {@code tagger} tags the codebook's definitions and examples.
   */
  public static LearnedCoder train(Codebook codebook, List<Example> examples, Function<String, TaggedText> tagger) {
    return train(codebook, examples, tagger, Recipe.standard());
  }

  static LearnedCoder train(Codebook codebook, List<Example> examples, Function<String, TaggedText> tagger,
      Recipe recipe) {
    Map<String, DimensionModel> models = new LinkedHashMap<>();
    List<DimensionReport> report = new ArrayList<>();
    RuleCoder rules = new RuleCoder(codebook);
    Map<TaggedText, DimensionTrainer.Analysed> analysed = new java.util.IdentityHashMap<>();
    Function<TaggedText, DimensionTrainer.Analysed> analysis = text -> analysed.computeIfAbsent(text, t -> {
      SegmentTerms terms = rules.terms(t);
      return new DimensionTrainer.Analysed(terms, rules.suggest(terms));
    });
    for (Dimension dimension : codebook.dimensions()) {
      DimensionTrainer.Outcome outcome = new DimensionTrainer(dimension, recipe, rules, tagger, analysis)
          .train(examples);
      if (outcome.model() != null) {
        models.put(dimension.id(), outcome.model());
        report.add(new DimensionReport(dimension.id(), null, outcome.model().texts(), outcome.positives()));
      } else {
        report.add(new DimensionReport(dimension.id(), outcome.skipped(), 0, outcome.positives()));
      }
    }
    return new LearnedCoder(models, report);
  }

  /** Per dimension of the codebook, what training did (for a loaded coder: its dimensions' models). */
  public List<DimensionReport> training() {
    return report;
  }

  /** The dimensions this coder has a model for. */
  public List<String> dimensions() {
    return List.copyOf(models.keySet());
  }

  /**
   * The threshold calibrated for each code ({@code dimension/code}) the models speak for; a code
   * with too few training texts has none and falls back to the codebook's or the default
   * ({@link CodeThresholds}). A sub-code has the threshold of the code it was learned as.
   */
  public Map<String, CodeThreshold> thresholds() {
    Map<String, CodeThreshold> thresholds = new LinkedHashMap<>();
    models.forEach((dimension, model) -> model.codes().forEach((code, label) -> {
      ThresholdChoice.Choice choice = model.labels().get(label).threshold();
      if (choice != null) {
        thresholds.put(dimension + "/" + code,
            new CodeThreshold(dimension + "/" + code, choice.threshold(), "calibrated", choice.f1()));
      }
    }));
    return thresholds;
  }

  /** The thresholds calibrated for the model alone, without rules (to compare coders on a gold file). */
  Map<String, Double> thresholdsWithoutRules() {
    Map<String, Double> thresholds = new HashMap<>();
    models.forEach((dimension, model) -> model.codes().forEach((code, label) -> {
      ThresholdChoice.Choice choice = model.labels().get(label).aloneThreshold();
      thresholds.put(dimension + "/" + code, choice == null ? CodeThreshold.DEFAULT : choice.threshold());
    }));
    return thresholds;
  }

  /** Whether every model reads stems alone, as the fast path needs ({@link FastCoder}). */
  boolean readsStemsOnly() {
    return models.values().stream().allMatch(m -> m.features().equals(FastCoder.stems()));
  }

  /** Whether {@code dimension} has a model and it chooses one code per text. */
  boolean exclusive(String dimension) {
    DimensionModel model = models.get(dimension);
    return model != null && model.kind() == DimensionModel.Kind.ONE_OF_N;
  }

  /**
   * The code of the model's own set that {@code path} ({@code dimension/code}) falls under: itself,
   * or the ancestor people code with; empty when the dimension has no model or the code is not one
   * it learned.
   */
  public Optional<String> labelOf(String path) {
    int slash = path.indexOf('/');
    DimensionModel model = slash < 0 ? null : models.get(path.substring(0, slash));
    return model == null ? Optional.empty() : Optional.ofNullable(model.labelOf(path.substring(slash + 1)));
  }

  /** How the codebook's rules fared on the training texts of {@code dimension}; empty without a model. */
  public RuleHits ruleHits(String dimension) {
    DimensionModel model = models.get(dimension);
    return model == null ? RuleHits.parse(null) : model.ruleHits();
  }

  /** The model of {@code dimension}, if any (for {@code parole codebook}). */
  Optional<DimensionModel> model(String dimension) {
    return Optional.ofNullable(models.get(dimension));
  }

  /** The model alone: every learned code of every dimension with its probability, without rules. */
  @Override
  public List<Suggestion> suggest(TaggedText text) {
    List<Suggestion> suggestions = new ArrayList<>();
    probabilities(TextFeatures.terms(text), Map.of(), false).forEach((dimension, byCode) ->
        byCode.forEach((code, p) -> suggestions.add(new Suggestion(dimension + "/" + code, p, "model", "modèle appris"))));
    return suggestions;
  }

  /** For each dimension with a model, every code it learned with its probability (the model alone), most probable first. */
  public Map<String, Map<String, Double>> probabilities(TaggedText text) {
    return probabilities(TextFeatures.terms(text), Map.of(), false);
  }

  /**
   * Per dimension with a model, each learned code's probability, most probable first; with
   * {@code withRules}, given the rules that fired ({@code fired}, by dimension, as {@link RuleCoder#key}).
   */
  Map<String, Map<String, Double>> probabilities(SegmentTerms terms, Map<String, Set<String>> fired,
      boolean withRules) {
    Map<TextFeatures, List<String[]>> featuresBySet = new HashMap<>(2);
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    models.forEach((dimension, model) -> {
      List<String[]> features = featuresBySet.computeIfAbsent(model.features(), f -> f.pieces(terms));
      Map<String, Double> byCode = model.probabilities(model.scores(features), fired.getOrDefault(dimension, Set.of()),
          withRules);
      List<Map.Entry<String, Double>> sorted = new ArrayList<>(byCode.entrySet());
      sorted.sort(Map.Entry.<String, Double>comparingByValue().reversed());
      Map<String, Double> ranked = new LinkedHashMap<>();
      sorted.forEach(e -> ranked.put(e.getKey(), e.getValue()));
      result.put(dimension, ranked);
    });
    return result;
  }

  /**
   * The words of {@code text} that weighed most towards {@code path} ({@code dimension/code}) in
   * the model, at most {@code most}, heaviest first, as a person reads them ({@link FeatureWords}:
   * never a name nor a placeholder); empty when the model does not know the code. A word that
   * several features give (a stem and its lemma) is shown once, with its heaviest weight.
   */
  public List<Explanation.Word> weighedWords(TaggedText text, String path, int most) {
    return weighedWords(TextFeatures.terms(text), path, most);
  }

  /** The least weight an explanation word has (its two decimals are not « +0,00 »). */
  private static final double MEANINGFUL = 0.005;

  List<Explanation.Word> weighedWords(SegmentTerms terms, String path, int most) {
    int slash = path.indexOf('/');
    DimensionModel model = slash < 0 ? null : models.get(path.substring(0, slash));
    String label = model == null ? null : model.labelOf(path.substring(slash + 1));
    if (label == null) {
      return List.of();
    }
    FeatureWords readable = new FeatureWords(terms);
    Map<String, Double> byWord = new LinkedHashMap<>();
    model.leanings(model.features().pieces(terms).get(0), label).forEach((feature, lean) -> {
      // Below what two decimals show, a word did not weigh: « +0,00 » would explain nothing.
      String word = lean >= MEANINGFUL ? readable.of(feature) : null;
      if (word != null) {
        byWord.merge(word, lean, Math::max);
      }
    });
    return byWord.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(most).map(e -> new Explanation.Word(e.getKey(), e.getValue())).toList();
  }

  /** Writes the model of {@code dimension}. */
  public void save(String dimension, OutputStream out) throws IOException {
    ModelFile.write(models.get(dimension), out);
  }

  /** Reads models saved with {@link #save}, one stream per dimension. */
  public static LearnedCoder load(Map<String, InputStream> byDimension) throws IOException {
    Map<String, DimensionModel> models = new LinkedHashMap<>();
    List<DimensionReport> report = new ArrayList<>();
    for (String dimension : new TreeSet<>(byDimension.keySet())) {
      DimensionModel model = ModelFile.read(byDimension.get(dimension));
      models.put(dimension, model);
      Map<String, Integer> positives = new TreeMap<>();
      model.labels().forEach((label, facts) -> positives.put(label, facts.positives()));
      report.add(new DimensionReport(dimension, null, model.texts(), positives));
    }
    return new LearnedCoder(models, report);
  }
}
