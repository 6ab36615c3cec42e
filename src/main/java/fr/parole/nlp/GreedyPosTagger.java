package fr.parole.nlp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * OpenNLP's POS model, decoding each sentence greedily: each word gets the model's most probable
 * tag given the words around it and the tags already chosen. OpenNLP's {@code POSTaggerME}
 * searches a beam of three sequences, evaluating the model up to three times a word; greedy
 * decoding evaluates it once. The tags were the same on all 19,235 words of the demo comments,
 * real patient reviews and interview quotes compared (docs/benchmarks.md): a maxent tagger's beam
 * rarely overturns its first choice, the tags before a word weighing little beside the word and
 * its neighbours. {@code FrenchTaggerTest} compares the tags with {@code POSTaggerME}'s.
 *
 * <p>The French model's features for a word are its own (the word, its prefixes and suffixes, its
 * shape), each of its two neighbours on either side, its place at the start of a sentence, and
 * the two tags before it. Building those strings and looking each one up among the model's
 * features was most of the tagging time. Here a word's share of the scores, in each of its five
 * places, is looked up once and kept, so a word seen before costs five additions of a vector.
 * Only the most probable tag is wanted: the scores are compared before the model's exponential
 * and normalisation, which do not change their order. A model with a tag dictionary or with other
 * kinds of features is left to {@code POSTaggerME} with a beam of one. Not thread-safe (its
 * caches): one per {@link FrenchTagger}.
 */
final class GreedyPosTagger {
  /** The places a word has in its neighbours' features, by the features' prefix; 0 is its own. */
  private static final String[] NEIGHBOURS = {null, "p2w=", "p1w=", "n1w=", "n2w="};
  private static final int[] OFFSETS = {0, -2, -1, 1, 2};
  /** The prefixes of a word's own features (OpenNLP's definition, suffix, prefix, token, class). */
  private static final String[] OWN = {"def", "suf=", "pre=", "w=", "wc=", "w&c="};
  private static final String[] PLACES = {"S=begin", "p1S=begin", "p2S=begin"};
  /** Words whose scores are kept; past this the cache starts again (about 25 MB with 17 tags). */
  private static final int MOST_WORDS = 30_000;

  private final POSModel pos;
  private final POSContextGenerator contexts;
  private final AbstractModel model;
  private final Map<String, Context> parameters;
  private final int tags;
  /** By word, its share of the scores in each place ({@link #NEIGHBOURS}); null where not seen yet. */
  private final Map<String, double[][]> words = new HashMap<>();
  private final double[][] places = new double[PLACES.length][];
  /** By the index of the tag before, then of the two tags before ({@code tags × first + second}). */
  private final double[][] previous;
  private final double[][] previousTwo;
  private final double[] scores;
  private POSTaggerME fallback;

  @SuppressWarnings("unchecked")
  GreedyPosTagger(POSModel pos) {
    this.pos = pos;
    // No context cache: it serves a beam that asks for the same word's context several times.
    this.contexts = pos.getFactory().getPOSContextGenerator(0);
    Object model = pos.getArtifact("pos.model");
    this.model = model instanceof AbstractModel m ? m : null;
    this.parameters = this.model == null ? null : (Map<String, Context>) this.model.getDataStructures()[1];
    this.tags = this.model == null ? 0 : this.model.getNumOutcomes();
    this.previous = new double[tags][];
    this.previousTwo = new double[tags * tags][];
    this.scores = new double[tags];
    if (this.model == null || pos.getFactory().getTagDictionary() != null) {
      fallBack();
    }
  }

  /** The tags of {@code sentence} (its words in the dictionary's spelling), in the model's own tag set. */
  String[] tag(String[] sentence) {
    if (fallback != null) {
      return fallback.tag(sentence);
    }
    int[] chosen = new int[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      if (!scoreFromCache(sentence, chosen, i) && !scoreInFull(sentence, chosen, i)) {
        fallBack();
        return fallback.tag(sentence);
      }
      chosen[i] = best();
    }
    String[] names = new String[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      names[i] = model.getOutcome(chosen[i]);
    }
    return names;
  }

  /** Word {@code i}'s scores from what earlier words left; false when a part is not known yet. */
  private boolean scoreFromCache(String[] sentence, int[] chosen, int i) {
    Arrays.fill(scores, 0);
    for (int role = 0; role < NEIGHBOURS.length; role++) {
      int at = i + OFFSETS[role];
      if (at >= 0 && at < sentence.length) {
        double[][] word = words.get(sentence[at]);
        if (word == null || !add(word[role])) {
          return false;
        }
      }
    }
    return (i >= places.length || add(places[i]))
        && (i < 1 || add(previous[chosen[i - 1]]))
        && (i < 2 || add(previousTwo[tags * chosen[i - 2] + chosen[i - 1]]));
  }

  /**
   * Word {@code i}'s scores from the model's own context, each feature's weights kept under the
   * word, place or tags it comes from; false on a feature of a kind this tagger does not know.
   */
  private boolean scoreInFull(String[] sentence, int[] chosen, int i) {
    String[] before = new String[i];
    for (int k = 0; k < i; k++) {
      before[k] = model.getOutcome(chosen[k]);
    }
    double[][] parts = new double[NEIGHBOURS.length + 3][];
    for (String feature : contexts.getContext(i, sentence, before, null)) {
      int part = partOf(feature, i);
      if (part < 0) {
        return false;
      }
      parts[part] = weights(feature, parts[part] == null ? new double[tags] : parts[part]);
    }
    for (int role = 0; role < NEIGHBOURS.length; role++) {
      int at = i + OFFSETS[role];
      if (at >= 0 && at < sentence.length) {
        keep(sentence[at], role, orZero(parts[role]));
      } else if (parts[role] != null) {
        return false; // a neighbour's feature where there is no neighbour: not the generator this knows
      }
    }
    if (i < places.length) {
      places[i] = orZero(parts[NEIGHBOURS.length]);
    }
    if (i > 0) {
      previous[chosen[i - 1]] = orZero(parts[NEIGHBOURS.length + 1]);
    }
    if (i > 1) {
      previousTwo[tags * chosen[i - 2] + chosen[i - 1]] = orZero(parts[NEIGHBOURS.length + 2]);
    }
    Arrays.fill(scores, 0);
    for (double[] part : parts) {
      add(part); // a part with no feature adds nothing
    }
    return true;
  }

  /**
   * Where a feature's weights go: 0-4 a word's place ({@link #NEIGHBOURS}), then the place in the
   * sentence, the tag before and the two tags before; -1 for a kind of feature not expected there.
   */
  private static int partOf(String feature, int i) {
    for (int role = 1; role < NEIGHBOURS.length; role++) {
      if (feature.startsWith(NEIGHBOURS[role])) {
        return role;
      }
    }
    for (String own : OWN) {
      if (feature.startsWith(own)) {
        return 0;
      }
    }
    if (i < PLACES.length && feature.equals(PLACES[i])) {
      return NEIGHBOURS.length;
    }
    if (i > 0 && feature.startsWith("t=")) {
      return NEIGHBOURS.length + 1;
    }
    return i > 1 && feature.startsWith("t2=") ? NEIGHBOURS.length + 2 : -1;
  }

  private void keep(String word, int role, double[] weights) {
    double[][] roles = words.get(word);
    if (roles == null) {
      if (words.size() >= MOST_WORDS) {
        words.clear();
      }
      roles = new double[NEIGHBOURS.length][];
      words.put(word, roles);
    }
    roles[role] = weights;
  }

  /** {@code into} plus the feature's weights by tag; a feature the model does not have adds nothing. */
  private double[] weights(String feature, double[] into) {
    Context context = parameters.get(feature);
    if (context != null) {
      int[] outcomes = context.getOutcomes();
      double[] weights = context.getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        into[outcomes[k]] += weights[k];
      }
    }
    return into;
  }

  private double[] orZero(double[] part) {
    return part == null ? new double[tags] : part;
  }

  /** Adds {@code vector} to the scores; false, adding nothing, when it is not known yet (null). */
  private boolean add(double[] vector) {
    if (vector == null) {
      return false;
    }
    for (int t = 0; t < tags; t++) {
      scores[t] += vector[t];
    }
    return true;
  }

  /** The first of the highest scores, as OpenNLP's search takes it. */
  private int best() {
    int best = 0;
    for (int t = 1; t < tags; t++) {
      if (scores[t] > scores[best]) {
        best = t;
      }
    }
    return best;
  }

  /** From now on, OpenNLP's own tagger with a beam of one: this model is not the kind the cache knows. */
  private void fallBack() {
    fallback = new POSTaggerME(new POSModel(pos.getLanguage(), (MaxentModel) pos.getArtifact("pos.model"), 1,
        new HashMap<>(), pos.getFactory()), POSTagFormat.UD);
  }
}
