package fr.parole.coding;

import fr.parole.nlp.TaggedText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The fast path for national triage: the codebook's rules and a model learned on stems, read on
 * the search analysis alone (Lucene's French chain that the index uses: elision, lower case, stop
 * words, light stemming, accent folding), without part-of-speech tagging, which is most of the
 * cost of full coding. What it gives up, measured in docs/benchmarks.md: rules on lemmas
 * ({@code lemma:…}) and parts of speech never fire, negation is not seen (a rule that does not
 * count negated mentions fires on « pas de problème »), and texts are not cut into clauses.
 * Its model is trained on the same stems ({@link #train}) and kept beside the full model as
 * {@code <dimension>.rapide.bin} ({@link LearnedModels#fast()}). Thread-safe, like the coders it
 * combines.
 */
public final class FastCoder implements Coder {
  /** The coder name under which the fast path's suggestions are stored. */
  public static final String CODER = "machine-rapide";
  /** What a suggestion of the fast model alone says it comes from. */
  public static final String EVIDENCE = "modèle rapide (racines)";

  private final CombinedCoder coder;

  private FastCoder(CombinedCoder coder) {
    this.coder = coder;
  }

  /** The codebook's rules with {@code model} (trained on stems, or null for the rules alone). */
  public static FastCoder of(Codebook codebook, LearnedCoder model) {
    if (model != null && !model.readsStemsOnly()) {
      throw new CodebookException("Le modèle donné au codage rapide lit aussi les lemmes et l'étiquetage : "
          + "entraînez un modèle rapide avec « parole train --rapide ».");
    }
    return new FastCoder(CombinedCoder.of(codebook, model));
  }

  /**
   * A text as the fast path reads it: no sentence, no token, so that nothing but the search
   * analysis of the text (the {@code text} and {@code exact} fields) is ever computed from it.
   */
  public static TaggedText untagged(String text) {
    return new TaggedText(text, List.of());
  }

  /** The suggestions for a plain text. */
  public List<Suggestion> suggest(String text) {
    return suggest(untagged(text));
  }

  /** The suggestions for {@code text}, read as {@link #untagged} whatever tagging it carries. */
  @Override
  public List<Suggestion> suggest(TaggedText text) {
    List<Suggestion> found = coder.suggest(text.sentences().isEmpty() ? text : untagged(text.text()));
    List<Suggestion> named = new ArrayList<>(found.size());
    for (Suggestion s : found) {
      named.add("model".equals(s.origin()) ? new Suggestion(s.code(), s.confidence(), s.origin(), EVIDENCE) : s);
    }
    return named;
  }

  /**
   * Trains the fast model: the standard recipe (naive Bayes, the codebook's definitions and
   * examples, calibrated thresholds) on stems and their pairs only, every text read
   * {@link #untagged}, as the fast path will read it. {@code examples} may carry tagging; it is
   * dropped.
   */
  public static LearnedCoder train(Codebook codebook, List<LearnedCoder.Example> examples) {
    List<LearnedCoder.Example> onStems = examples.stream()
        .map(e -> new LearnedCoder.Example(untagged(e.text().text()), e.codes())).toList();
    LearnedCoder.Recipe recipe = new LearnedCoder.Recipe("NAIVEBAYES", stems(), true, true);
    return LearnedCoder.train(codebook, onStems, FastCoder::untagged, recipe);
  }

  /** The features the fast model reads. */
  static TextFeatures stems() {
    return new TextFeatures(EnumSet.of(TextFeatures.Kind.STEMS));
  }
}
