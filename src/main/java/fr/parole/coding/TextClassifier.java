package fr.parole.coding;

import fr.parole.Cores;
import fr.parole.nlp.FrenchModels;
import fr.parole.study.CodeThreshold;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Codes texts that belong to no study ({@code parole classify}): each text is tagged once and
 * coded with a codebook's rules and, when there is one, its learned model, on one thread per core;
 * the suggestions come back in input order on the caller's thread, so they can be printed as they
 * arrive, with the threshold of each code (what a coding run would record).
 */
public final class TextClassifier {
  private final FrenchModels models;
  private final Coder coder;
  private final Map<String, CodeThreshold> thresholds;

  public TextClassifier(FrenchModels models, Coder coder, List<CodeThreshold> thresholds) {
    this.models = models;
    this.coder = coder;
    Map<String, CodeThreshold> byCode = new LinkedHashMap<>();
    thresholds.forEach(t -> byCode.put(t.code(), t));
    this.thresholds = byCode;
  }

  /** Loads the French models and the codebook's shipped model, if any; the rules need no loading. */
  public static TextClassifier forCodebook(Codebook codebook) {
    return forCodebook(codebook, null);
  }

  /**
   * As {@link #forCodebook(Codebook)}, with the models of {@code modelFolder} (a study's
   * {@code .parole/models} or a folder written by {@code parole train --out}) when given.
   */
  public static TextClassifier forCodebook(Codebook codebook, Path modelFolder) {
    FrenchModels models = FrenchModels.load();
    Optional<LearnedCoder> model = modelFolder == null ? new LearnedModels().load(codebook, null)
        : new LearnedModels().loadFrom(codebook, modelFolder);
    return new TextClassifier(models, CombinedCoder.of(codebook, model.orElse(null)),
        CodeThresholds.of(codebook, model));
  }

  /** The threshold of {@code code} ({@code dimension/code}): the codebook's, the calibrated one, or the default. */
  public CodeThreshold threshold(String code) {
    CodeThreshold threshold = thresholds.get(code);
    return threshold != null ? threshold : new CodeThreshold(code, CodeThreshold.DEFAULT, "default", null);
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
