package fr.parole.coding;

import fr.parole.study.CodeThreshold;
import fr.parole.nlp.TaggedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.naivebayes.NaiveBayesModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Suggests codes per dimension with a probability, from OpenNLP naive Bayes document categorizers
 * trained on human codings, one per dimension, reading stems, lemmas and negation marks
 * ({@link TextFeatures}). The codebook's own definitions and examples of each code are added to
 * the training texts ({@link CodebookTexts}): they are written from the domain, and with a few
 * dozen coded segments they are much of what a model can know about a code. Each model also keeps
 * how the codebook's rules fared on its training texts ({@link RuleHits}), for
 * {@link CombinedCoder}. Naive Bayes was chosen over maximum entropy, and these features and
 * texts over others, by cross-validation on the dev quotes (docs/benchmarks.md).
 */
public final class LearnedCoder implements Coder {
  /** Manifest key under which a model records the features it was trained on. */
  static final String FEATURES_KEY = "parole-features";
  /** Manifest key: per code, how often the codebook's rules fired on the training texts and were right. */
  static final String RULES_KEY = "parole-rule-hits";
  /** Manifest key: each codebook code the model speaks for, and the code it learned it as ({@code formation>levier}). */
  static final String LABELS_KEY = "parole-codes";

  /** A coded text: for each dimension, the code id a person gave it. */
  public record Example(TaggedText text, Map<String, String> codes) {
    public Example {
      codes = Map.copyOf(codes);
    }
  }

  /**
   * How models are trained. {@link #standard()} is what Parole ships; the other settings exist so
   * that cross-validation can show what each choice is worth.
   *
   * @param algorithm OpenNLP trainer: {@code NAIVEBAYES}, {@code MAXENT} (GIS) or {@code MAXENT_QN}
   * @param codebookExamples train on the codebook's examples of each code as well
   * @param codebookDefinitions train on each code's label and definition as well
   * @param balanced repeat the texts of rarer codes so every code weighs the same in training
   */
  record Recipe(String algorithm, TextFeatures features, boolean codebookExamples, boolean codebookDefinitions,
      boolean balanced) {
    static Recipe standard() {
      return new Recipe("NAIVEBAYES", TextFeatures.standard(), true, true, false);
    }
  }

  /**
   * One dimension's model, read directly: the features of a text, written as OpenNLP's bag-of-words
   * generator writes them ({@code bow=…}), go straight to the classifier. Shared across threads:
   * OpenNLP's models keep no state between calls.
   */
  private record Model(DoccatModel doccat, MaxentModel classifier, TextFeatures features,
      BayesScores bayes, RuleHits ruleHits, Map<String, String> labels) {
    static Model of(DoccatModel doccat) {
      String features = doccat.getManifestProperty(FEATURES_KEY);
      if (features == null) {
        throw new CodebookException("Modèle appris d'une version antérieure de Parole (mots racinisés) : "
            + "réentraînez-le avec « parole train ».");
      }
      BayesScores bayes = doccat.getMaxentModel() instanceof NaiveBayesModel nb ? new BayesScores(nb) : null;
      return new Model(doccat, doccat.getMaxentModel(), TextFeatures.named(features), bayes,
          RuleHits.parse(doccat.getManifestProperty(RULES_KEY)), parseLabels(doccat.getManifestProperty(LABELS_KEY)));
    }

    /** The code probabilities for a text with these {@link TextFeatures}, in the classifier's outcome order. */
    double[] probabilities(String[] features) {
      return bayes != null ? bayes.probabilities(features) : classifier.eval(context(features));
    }
  }

  private final Map<String, Model> models;

  private LearnedCoder(Map<String, Model> models) {
    this.models = Collections.unmodifiableMap(new LinkedHashMap<>(models));
  }

  /**
   * Trains one model per dimension that has at least two different codes among the examples;
   * {@code tagger} tags the codebook's definitions and examples.
   */
  public static LearnedCoder train(Codebook codebook, List<Example> examples, Function<String, TaggedText> tagger) {
    return train(codebook, examples, tagger, Recipe.standard());
  }

  static LearnedCoder train(Codebook codebook, List<Example> examples, Function<String, TaggedText> tagger,
      Recipe recipe) {
    Map<String, Model> models = new LinkedHashMap<>();
    RuleCoder rules = new RuleCoder(codebook);
    for (Dimension dimension : codebook.dimensions()) {
      List<DocumentSample> samples = new ArrayList<>();
      for (Example example : examples) {
        String code = example.codes().get(dimension.id());
        if (code != null && !code.isBlank()) {
          samples.add(new DocumentSample(code, recipe.features().of(example.text())));
        }
      }
      if (samples.stream().map(DocumentSample::getCategory).distinct().count() < 2) {
        continue; // one code only: nothing to decide between
      }
      RuleHits hits = RuleHits.count(dimension, examples, rules);
      Set<String> used = new TreeSet<>(samples.stream().map(DocumentSample::getCategory).toList());
      samples.addAll(new CodebookTexts(dimension, recipe.codebookExamples(), recipe.codebookDefinitions())
          .samples(used, tagger, recipe.features()));
      Map<String, String> manifest = new LinkedHashMap<>();
      manifest.put(FEATURES_KEY, recipe.features().name());
      manifest.put(RULES_KEY, hits.toString());
      manifest.put(LABELS_KEY, labels(dimension, used));
      models.put(dimension.id(), Model.of(fit(recipe.balanced() ? balance(samples) : samples, recipe, manifest)));
    }
    return new LearnedCoder(models);
  }

  private static DoccatModel fit(List<DocumentSample> samples, Recipe recipe, Map<String, String> manifest) {
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, recipe.algorithm());
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 1); // study corpora are small: every word counts
    try {
      DoccatModel trained = DocumentCategorizerME.train("fr", ObjectStreamUtils.createObjectStream(samples),
          parameters, new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
      // The features go into the model's manifest, so a model is always read as it was trained.
      return new DoccatModel("fr", trained.getMaxentModel(), manifest, trained.getFactory());
    } catch (IOException e) {
      throw new UncheckedIOException("Training on an in-memory stream cannot fail on I/O", e);
    }
  }

  /** {@code formation>levier;levier>levier;…}: each code of the dimension with the used code it falls under. */
  private static String labels(Dimension dimension, Set<String> used) {
    StringBuilder text = new StringBuilder();
    for (Code code : dimension.codes()) {
      String label = CodebookTexts.closestUsed(dimension, code, used);
      if (label != null) {
        text.append(text.length() == 0 ? "" : ";").append(code.id()).append('>').append(label);
      }
    }
    return text.toString();
  }

  private static Map<String, String> parseLabels(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text != null && !text.isBlank()) {
      for (String entry : text.split(";")) {
        int arrow = entry.indexOf('>');
        labels.put(entry.substring(0, arrow), entry.substring(arrow + 1));
      }
    }
    return labels;
  }

  /**
   * The code of the model's own set that {@code path} ({@code dimension/code}) falls under: itself,
   * or the ancestor people code with; empty when the dimension has no model or the code is not one
   * it learned.
   */
  public Optional<String> labelOf(String path) {
    int slash = path.indexOf('/');
    Model model = slash < 0 ? null : models.get(path.substring(0, slash));
    return model == null ? Optional.empty() : Optional.ofNullable(model.labels().get(path.substring(slash + 1)));
  }

  /** Each code's texts repeated up to the count of the most frequent code, in a fixed order. */
  static List<DocumentSample> balance(List<DocumentSample> samples) {
    Map<String, List<DocumentSample>> byCode = new LinkedHashMap<>();
    samples.forEach(s -> byCode.computeIfAbsent(s.getCategory(), c -> new ArrayList<>()).add(s));
    int most = byCode.values().stream().mapToInt(List::size).max().orElse(0);
    List<DocumentSample> balanced = new ArrayList<>();
    for (List<DocumentSample> texts : byCode.values()) {
      for (int i = 0; i < most; i++) {
        balanced.add(texts.get(i % texts.size()));
      }
    }
    return balanced;
  }

  /**
   * The thresholds calibrated on this coder's training texts, by code ({@code dimension/code}); codes
   * without one fall back to the codebook's or the default ({@link CodeThresholds}).
   */
  public Map<String, CodeThreshold> thresholds() {
    return Map.of(); // calibration comes with the multi-label models (issue 10)
  }

  /** The dimensions this coder has a model for. */
  public List<String> dimensions() {
    return List.copyOf(models.keySet());
  }

  /** For each dimension with a model, its most probable code, with that probability as confidence. */
  @Override
  public List<Suggestion> suggest(TaggedText text) {
    List<Suggestion> suggestions = new ArrayList<>();
    probabilities(text).forEach((dimension, byCode) -> {
      Map.Entry<String, Double> best = byCode.entrySet().iterator().next();
      suggestions.add(new Suggestion(dimension + "/" + best.getKey(), best.getValue(), "model", "modèle appris"));
    });
    return suggestions;
  }

  /** For each dimension with a model, every code it knows with its probability, most probable first. */
  public Map<String, Map<String, Double>> probabilities(TaggedText text) {
    return probabilities(TextFeatures.terms(text));
  }

  /** {@link #probabilities(TaggedText)} on terms the rules may already have analysed ({@link CombinedCoder}). */
  Map<String, Map<String, Double>> probabilities(SegmentTerms terms) {
    Map<TextFeatures, String[]> featuresBySet = new HashMap<>(2);
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    models.forEach((dimension, model) -> {
      String[] features = featuresBySet.computeIfAbsent(model.features(), f -> f.of(terms));
      double[] probabilities = model.probabilities(features);
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < probabilities.length; i++) {
        order.add(i);
      }
      order.sort((a, b) -> Double.compare(probabilities[b], probabilities[a]));
      Map<String, Double> byCode = new LinkedHashMap<>();
      order.forEach(i -> byCode.put(model.classifier().getOutcome(i), probabilities[i]));
      result.put(dimension, byCode);
    });
    return result;
  }

  /** The features as the bag-of-words generator names them in training. */
  private static String[] context(String[] features) {
    String[] context = new String[features.length];
    for (int i = 0; i < features.length; i++) {
      context[i] = BayesScores.BAG_OF_WORDS + features[i];
    }
    return context;
  }

  /** How the codebook's rules fared on the training texts of {@code dimension}; empty without a model. */
  public RuleHits ruleHits(String dimension) {
    Model model = models.get(dimension);
    return model == null ? RuleHits.parse(null) : model.ruleHits();
  }

  /** Writes the model of {@code dimension}. */
  public void save(String dimension, OutputStream out) throws IOException {
    models.get(dimension).doccat().serialize(out);
  }

  /** Reads models saved with {@link #save}, one stream per dimension. */
  public static LearnedCoder load(Map<String, InputStream> byDimension) throws IOException {
    Map<String, Model> models = new LinkedHashMap<>();
    for (String dimension : new TreeSet<>(byDimension.keySet())) {
      models.put(dimension, Model.of(new DoccatModel(byDimension.get(dimension))));
    }
    return new LearnedCoder(models);
  }
}
