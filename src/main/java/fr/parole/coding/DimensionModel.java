package fr.parole.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The learned model of one codebook dimension, ready to score texts: its kind (one of n for an
 * exclusive dimension, one versus the rest otherwise), the features it reads, its weights, and for
 * each code it learned how its score becomes a probability ({@link Calibration}), the threshold
 * chosen for it ({@link ThresholdChoice}) and how many training texts had it. Immutable and
 * shared across threads.
 *
 * @param codes each codebook code the model speaks for, and the code it learned it as
 *     ({@code formation → levier} when people code at the top of the tree)
 * @param labels per learned code, what calibration found
 * @param texts how many coded texts it was trained on (the codebook's own texts not counted)
 */
record DimensionModel(String dimension, Kind kind, String algorithm, TextFeatures features, WeightTable table,
    Map<String, String> codes, Map<String, LabelFacts> labels, RuleHits ruleHits, int texts) {

  /** How a dimension's codes are decided. */
  enum Kind {
    /** An exclusive dimension: one model chooses among the codes. */
    ONE_OF_N,
    /** A non-exclusive dimension: one yes-or-no model per code. */
    ONE_VS_REST
  }

  /**
   * What training found about one learned code.
   *
   * @param positives the coded texts that had it
   * @param withRules its calibration with the rule hit as an input (what coding uses)
   * @param alone its calibration from the model's score alone (for comparisons)
   * @param threshold the threshold chosen with rules, or null when too few texts had the code
   * @param aloneThreshold the same for the model alone
   */
  record LabelFacts(int positives, Calibration withRules, Calibration alone, ThresholdChoice.Choice threshold,
      ThresholdChoice.Choice aloneThreshold) {}

  DimensionModel {
    codes = Map.copyOf(codes);
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /**
   * The model's raw score of each learned code, in {@link WeightTable#labels()} order, for a text
   * given as {@link TextFeatures#pieces}: a yes-or-no model takes, for each code, the highest score
   * of the whole text and of its sentences (a theme one sentence speaks of is not diluted by the
   * others); a model choosing one code reads the whole text.
   */
  double[] scores(List<String[]> pieces) {
    double[] scores = table.scores(pieces.get(0));
    if (kind == Kind.ONE_VS_REST) {
      for (int p = 1; p < pieces.size(); p++) {
        double[] piece = table.scores(pieces.get(p));
        for (int i = 0; i < scores.length; i++) {
          scores[i] = Math.max(scores[i], piece[i]);
        }
      }
      return scores;
    }
    // One of n: the codes' probabilities (softmax), read as log-odds for the calibration.
    double[] probabilities = WeightTable.softmax(scores);
    for (int i = 0; i < scores.length; i++) {
      double p = Math.min(1 - 1e-9, Math.max(1e-9, probabilities[i]));
      scores[i] = Math.log(p / (1 - p));
    }
    return scores;
  }

  /**
   * The probability of each learned code, from the raw {@code scores} and the rules that fired
   * ({@code fired}, {@code code#index} as {@link RuleCoder#key} gives them); {@code withRules} false
   * reads the model alone.
   */
  Map<String, Double> probabilities(double[] scores, Set<String> fired, boolean withRules) {
    String[] names = table.labels();
    Map<String, List<String>> byLabel = new java.util.HashMap<>();
    for (String key : fired) {
      String label = codes.get(key.substring(0, key.indexOf('#')));
      if (label != null) {
        byLabel.computeIfAbsent(label, l -> new java.util.ArrayList<>()).add(key);
      }
    }
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      LabelFacts facts = labels.get(names[i]);
      probabilities.put(names[i], withRules
          ? facts.withRules().probability(scores[i], byLabel.getOrDefault(names[i], List.of()))
          : facts.alone().probability(scores[i], List.of()));
    }
    return probabilities;
  }

  /**
   * How much each of {@code features} (a text's, each once) pushes towards the learned code
   * {@code label}, for the features the model knows; scaled as {@link #scores} scales them (naive
   * Bayes averages over the text's known features).
   */
  Map<String, Double> leanings(String[] features, String label) {
    int index = List.of(table.labels()).indexOf(label);
    Map<String, Double> leanings = new LinkedHashMap<>();
    if (index < 0) {
      return leanings;
    }
    int known = 0;
    for (String feature : features) {
      double lean = table.lean(feature, index, kind == Kind.ONE_OF_N);
      if (!Double.isNaN(lean)) {
        leanings.put(feature, lean);
        known++;
      }
    }
    if ("NAIVEBAYES".equals(algorithm) && known > 0) {
      int divisor = known + 1;
      leanings.replaceAll((feature, lean) -> lean / divisor);
    }
    return leanings;
  }

  /** The learned code a codebook code falls under, or null. */
  String labelOf(String code) {
    return codes.get(code);
  }

  /** Writes what is not weights as properties (the weights go to their own entry of the file). */
  Properties properties() {
    Properties p = new Properties();
    p.setProperty("dimension", dimension);
    p.setProperty("kind", kind.name());
    p.setProperty("algorithm", algorithm);
    p.setProperty("features", features.name());
    p.setProperty("texts", Integer.toString(texts));
    p.setProperty("rule-hits", ruleHits.toString());
    StringBuilder map = new StringBuilder();
    new java.util.TreeMap<>(codes).forEach((code, label) ->
        map.append(map.length() == 0 ? "" : ";").append(code).append('>').append(label));
    p.setProperty("codes", map.toString());
    labels.forEach((label, facts) -> {
      String key = "label." + label + ".";
      p.setProperty(key + "positives", Integer.toString(facts.positives()));
      p.setProperty(key + "calibration", facts.withRules().toString());
      p.setProperty(key + "calibration.alone", facts.alone().toString());
      choice(p, key + "threshold", facts.threshold());
      choice(p, key + "threshold.alone", facts.aloneThreshold());
    });
    return p;
  }

  private static void choice(Properties p, String key, ThresholdChoice.Choice choice) {
    if (choice != null) {
      p.setProperty(key, String.format(Locale.ROOT, "%.17g,%.17g", choice.threshold(), choice.f1()));
    }
  }

  /** Reads {@link #properties()} with its weights; a missing entry is a damaged file. */
  static DimensionModel of(Properties p, WeightTable table) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String entry : required(p, "codes").split(";")) {
      if (!entry.isBlank()) {
        int arrow = entry.indexOf('>');
        codes.put(entry.substring(0, arrow), entry.substring(arrow + 1));
      }
    }
    Map<String, LabelFacts> labels = new LinkedHashMap<>();
    for (String label : table.labels()) {
      String key = "label." + label + ".";
      labels.put(label, new LabelFacts(Integer.parseInt(required(p, key + "positives")),
          Calibration.parse(required(p, key + "calibration")), Calibration.parse(required(p, key + "calibration.alone")),
          choice(p.getProperty(key + "threshold")), choice(p.getProperty(key + "threshold.alone"))));
    }
    return new DimensionModel(required(p, "dimension"), Kind.valueOf(required(p, "kind")), required(p, "algorithm"),
        TextFeatures.named(required(p, "features")), table, codes, labels, RuleHits.parse(p.getProperty("rule-hits")),
        Integer.parseInt(required(p, "texts")));
  }

  private static ThresholdChoice.Choice choice(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(",");
    return new ThresholdChoice.Choice(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new CodebookException("Modèle appris incomplet (« " + key + " » manque) : réentraînez-le avec "
          + "« parole train ».");
    }
    return value;
  }

  /** The learned codes, in the model's order. */
  List<String> learned() {
    return List.of(table.labels());
  }
}
