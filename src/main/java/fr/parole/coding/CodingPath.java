package fr.parole.coding;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.TaggedText;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How texts are coded: the path a coding run, a classification, an evaluation and a training take,
 * and everything that differs between paths, here once. The full path tags every text (sentences,
 * parts of speech, lemmas, negation) and counts its content lemmas for word specificities; the fast
 * path ({@code --rapide}, {@link FastCoder}) reads the search analysis' stems alone, several times
 * faster, with its own model ({@code <dimension>.rapide.bin}) and coder name, and leaves the lemma
 * counts as they were (it has no lemmas). A third path is one more constant.
 *
 * <p>Asked once per run, pass or thread, never per text: what a path does per text is in the reader
 * and the coder it builds.
 */
public enum CodingPath {
  /** The full path: tagged text, rules and the model on stems, lemmas and negation. */
  FULL(CodingService.MACHINE, ".bin", "complet", true, new Words("appris", "appris", ""), CombinedCoder::of,
      LearnedCoder::train) {
    @Override
    void noModelIn(Path folder, Codebook codebook) {
      // The rules alone code; parole classify --explain says so when it needs a model.
    }
  },

  /** The fast path: untagged text, rules and a model on stems alone ({@link FastCoder}). */
  FAST(FastCoder.CODER, ".rapide.bin", "rapide", false,
      new Words("rapide", "rapides", "codage rapide (racines, sans étiquetage), "), FastCoder::of,
      (codebook, examples, reader) -> FastCoder.train(codebook, examples)) {
    @Override
    void noModelIn(Path folder, Codebook codebook) {
      throw new CodebookException(folder + " : aucun modèle rapide (<dimension>" + suffix() + ") pour « "
          + codebook.id() + " ». Entraînez-en un : parole train --rapide --codebook " + codebook.id()
          + " --gold <fichier.tsv> --out " + folder);
    }
  };

  /**
   * What people read of a path.
   *
   * @param model the learned model, as people read it: « appris », « rapide »
   * @param models the same, plural: « appris », « rapides »
   * @param reading how the texts were read, said before the coder in an evaluation: empty for the full path
   */
  public record Words(String model, String models, String reading) {}

  /** How a path trains its model on examples, texts read by a reader of {@link #readers}. */
  private interface Trainer {
    LearnedCoder train(Codebook codebook, List<LearnedCoder.Example> examples, Function<String, TaggedText> reader);
  }

  private final String coder;
  private final String suffix;
  private final String fingerprint;
  private final boolean tags;
  private final Words words;
  private final BiFunction<Codebook, LearnedCoder, Coder> coding;
  private final Trainer trainer;

  CodingPath(String coder, String suffix, String fingerprint, boolean tags, Words words,
      BiFunction<Codebook, LearnedCoder, Coder> coding, Trainer trainer) {
    this.coder = coder;
    this.suffix = suffix;
    this.fingerprint = fingerprint;
    this.tags = tags;
    this.words = words;
    this.coding = coding;
    this.trainer = trainer;
  }

  /** Whether this is the fast path (the pipeline's warning when no fast model exists). */
  public boolean fast() {
    return this == FAST;
  }

  /** The coder name the run's suggestions are stored under. */
  public String coder() {
    return coder;
  }

  /** Where this path's learned models are read and written: {@code <dimension>}{@link #suffix()}. */
  public LearnedModels models() {
    return new LearnedModels(this);
  }

  /** How a dimension's model file name ends: {@code .bin}, {@code .rapide.bin}. */
  String suffix() {
    return suffix;
  }

  /** What names this path in a {@link CodingFingerprint}. */
  String fingerprint() {
    return fingerprint;
  }

  /**
   * Whether this path tags texts with the French models: then its coding depends on the tagger's
   * models, counts content lemmas, and a model's words can be explained on the tagged text.
   */
  public boolean tags() {
    return tags;
  }

  /** What people read of this path. */
  public Words words() {
    return words;
  }

  /**
   * Readers of text, one per thread (a tagger keeps state between calls): the full path loads the
   * French models now, from {@code french}, and each reader tags with a tagger of its own; the fast
   * path never asks for them and reads each text {@link FastCoder#untagged untagged}.
   */
  public Supplier<Function<String, TaggedText>> readers(Supplier<FrenchModels> french) {
    if (!tags) {
      return () -> FastCoder::untagged;
    }
    FrenchModels loaded = french.get();
    return () -> loaded.newTagger()::tag;
  }

  /** The run's coder: the codebook's rules with {@code model} (or none). */
  public Coder coder(Codebook codebook, LearnedCoder model) {
    return coding.apply(codebook, model);
  }

  /** Trains this path's model on {@code examples}, texts read by {@code reader} (one of {@link #readers}). */
  public LearnedCoder train(Codebook codebook, List<LearnedCoder.Example> examples,
      Function<String, TaggedText> reader) {
    return trainer.train(codebook, examples, reader);
  }

  /** When a model folder given to classify holds none of this path's models: refused, or the rules alone code. */
  abstract void noModelIn(Path folder, Codebook codebook);
}
