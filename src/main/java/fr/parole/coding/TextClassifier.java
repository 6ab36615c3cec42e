package fr.parole.coding;

import fr.parole.Cores;
import fr.parole.nlp.FrenchModels;
import fr.parole.study.CodeThreshold;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private final Set<String> exclusive;

  public TextClassifier(FrenchModels models, Coder coder, List<CodeThreshold> thresholds, Set<String> exclusive) {
    this.models = models;
    this.coder = coder;
    this.exclusive = Set.copyOf(exclusive);
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
        CodeThresholds.of(codebook, model), codebook.dimensions().stream().filter(Dimension::exclusive)
            .map(Dimension::id).collect(java.util.stream.Collectors.toSet()));
  }

  /** The threshold of {@code code} ({@code dimension/code}): the codebook's, the calibrated one, or the default. */
  public CodeThreshold threshold(String code) {
    CodeThreshold threshold = thresholds.get(code);
    return threshold != null ? threshold : new CodeThreshold(code, CodeThreshold.DEFAULT, "default", null);
  }

  /**
   * The suggestions a coding run would count: those at or above their code's threshold, and in an
   * exclusive dimension only the most confident of them.
   */
  public Set<Suggestion> counted(List<Suggestion> suggestions) {
    Set<Suggestion> counted = new java.util.HashSet<>();
    Map<String, Suggestion> best = new java.util.HashMap<>();
    for (Suggestion s : suggestions) {
      if (s.confidence() < threshold(s.code()).value()) {
        continue;
      }
      String dimension = s.code().substring(0, s.code().indexOf('/'));
      if (!exclusive.contains(dimension)) {
        counted.add(s);
      } else {
        best.merge(dimension, s, (a, b) -> b.confidence() > a.confidence() ? b : a);
      }
    }
    counted.addAll(best.values());
    return counted;
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
