package fr.parole.coding;

/**
 * How a coding run codes. The full path tags every text (sentences, parts of speech, lemmas,
 * negation) and counts its content lemmas for word specificities; the fast path
 * ({@code --rapide}, {@link FastCoder}) reads the search analysis' stems alone, several times
 * faster, with its own model ({@link LearnedModels#fast()}) and coder name, and leaves the lemma
 * counts as they were (it has no lemmas).
 *
 * @param fast code on stems, without tagging
 */
public record CodingOptions(boolean fast) {
  /** The full path. */
  public static final CodingOptions FULL = new CodingOptions(false);
  /** The fast path. */
  public static final CodingOptions FAST = new CodingOptions(true);

  /** The coder name the run's suggestions are stored under. */
  public String coder() {
    return fast ? FastCoder.CODER : CodingService.MACHINE;
  }

  /** Where the run's learned models are read. */
  public LearnedModels models() {
    return fast ? LearnedModels.fast() : new LearnedModels();
  }

  /** The run's coder: the codebook's rules with {@code model} (or none). */
  Coder coder(Codebook codebook, LearnedCoder model) {
    return fast ? FastCoder.of(codebook, model) : CombinedCoder.of(codebook, model);
  }
}
