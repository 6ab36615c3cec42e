package fr.parole.coding;

import fr.parole.Cores;
import fr.parole.nlp.FrenchModels;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Codes texts that belong to no study ({@code parole classify}): each text is tagged once and
 * coded with a codebook's rules and, when the codebook ships one, its learned model, on one thread
 * per core; the suggestions come back in input order on the caller's thread, so they can be
 * printed as they arrive.
 */
public final class TextClassifier {
  private final FrenchModels models;
  private final Coder coder;

  public TextClassifier(FrenchModels models, Coder coder) {
    this.models = models;
    this.coder = coder;
  }

  /** Loads the French models and the codebook's shipped model, if any; the rules need no loading. */
  public static TextClassifier forCodebook(Codebook codebook) {
    FrenchModels models = FrenchModels.load();
    return new TextClassifier(models,
        new CombinedCoder(new RuleCoder(codebook), new LearnedModels().load(codebook, null).orElse(null)));
  }

  /** Codes every row; {@code results} gets each row with its suggestions, in the rows' order. */
  public void classify(List<TextTable.Row> rows, BiConsumer<TextTable.Row, List<Suggestion>> results) {
    try (ParallelCoder<TextTable.Row> parallel = new ParallelCoder<>(Cores.workers(),
        () -> new TextCoder(models.newTagger(), coder), TextTable.Row::text,
        (row, coded) -> results.accept(row, coded.suggestions()))) {
      rows.forEach(parallel::add);
      parallel.finish();
    }
  }
}
