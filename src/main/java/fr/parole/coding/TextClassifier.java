package fr.parole.coding;

import fr.parole.Cores;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.TaggedText;
import fr.parole.study.CodeThreshold;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Codes texts that belong to no study ({@code parole classify}): each text is tagged once and
 * coded with a codebook's rules and, when there is one, its learned model, on one thread per core;
 * the suggestions come back in input order on the caller's thread, so they can be printed as they
 * arrive, with the threshold of each code (what a coding run would record).
 */
public final class TextClassifier {
  /** Each worker thread's reader of text: tagging, or none on a path that does not tag. */
  private final Supplier<Function<String, TaggedText>> readers;
  private final Coder coder;
  private final Map<String, CodeThreshold> thresholds;
  private final Set<String> exclusive;
  /** Built on the first explanation asked: most runs ask none. */
  private final Supplier<Explaining> explaining;

  /** What explaining needs, used on the caller's thread only. */
  private record Explaining(Explainer explainer, fr.parole.nlp.Pseudonymiser pseudonymiser,
      fr.parole.nlp.Pseudonymiser.Placeholders placeholders, fr.parole.nlp.FrenchTagger tagger) {}

  public TextClassifier(FrenchModels models, Coder coder, List<CodeThreshold> thresholds, Set<String> exclusive) {
    this(CodingPath.FULL, () -> models, coder, thresholds, exclusive, null);
  }

  /**
   * Reads texts as {@code path} does, with the French models of {@code french} when it tags;
   * {@code explainer}: what {@link #explain} says why with; null when no explanation will be asked.
   */
  private TextClassifier(CodingPath path, Supplier<FrenchModels> french, Coder coder,
      List<CodeThreshold> thresholds, Set<String> exclusive, Explainer explainer) {
    this.readers = path.readers(french);
    this.coder = coder;
    this.explaining = explainer == null ? () -> null : memoised(() -> new Explaining(explainer,
        fr.parole.nlp.Pseudonymiser.french(french.get()), new fr.parole.nlp.Pseudonymiser.Placeholders(),
        french.get().newTagger()));
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
    return forCodebook(codebook, modelFolder, CodingPath.FULL);
  }

  /**
   * As {@link #forCodebook(Codebook, Path)}, coding as {@code path} does: on the fast path, the
   * codebook's rules and its fast model ({@link FastCoder}: stems, no tagging, no French model
   * loaded), from {@code modelFolder} when given (refused when it holds none). A model's words are
   * explained only on a path that tags.
   */
  public static TextClassifier forCodebook(Codebook codebook, Path modelFolder, CodingPath path) {
    Optional<LearnedCoder> model = modelFolder == null ? path.models().load(codebook, null)
        : path.models().loadFrom(codebook, modelFolder);
    if (modelFolder != null && model.isEmpty()) {
      path.noModelIn(modelFolder, codebook);
    }
    return new TextClassifier(path, memoised(FrenchModels::load), path.coder(codebook, model.orElse(null)),
        CodeThresholds.of(codebook, model), exclusive(codebook),
        path.tags() ? model.map(m -> new Explainer(codebook, m)).orElse(null) : null);
  }

  private static Set<String> exclusive(Codebook codebook) {
    return codebook.dimensions().stream().filter(Dimension::exclusive).map(Dimension::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Whether a learned model speaks for this codebook, so that {@link #explain} can name its words. */
  public boolean hasModel() {
    return explaining.get() != null;
  }

  /**
   * Why each of {@code suggestions} was made for {@code text}: explained on the text pseudonymised
   * (names, phones, e-mails replaced), so that a name is never an explanation word. On the caller's
   * thread only; needs a model ({@link #hasModel}).
   */
  public Map<Suggestion, Explanation> explain(String text, List<Suggestion> suggestions) {
    Explaining with = explaining.get();
    if (with == null) {
      throw new IllegalStateException("explain without a model: check hasModel() first");
    }
    fr.parole.nlp.TaggedText tagged = with.tagger().tag(with.pseudonymiser().pseudonymise(text, with.placeholders()));
    Map<Suggestion, Explanation> why = new LinkedHashMap<>();
    suggestions.forEach(s -> why.put(s, with.explainer().explain(tagged, s.code())));
    return why;
  }

  private static <T> Supplier<T> memoised(Supplier<T> make) {
    return new Supplier<>() {
      private T made;

      @Override
      public synchronized T get() {
        if (made == null) {
          made = make.get();
        }
        return made;
      }
    };
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
    classify(rows::forEach, results);
  }

  /**
   * Codes the rows {@code rows} hands out (a {@link TextStream}: millions, never held together);
   * {@code results} gets each row with its suggestions, in that order.
   */
  public void classify(java.util.function.Consumer<java.util.function.Consumer<TextTable.Row>> rows,
      BiConsumer<TextTable.Row, List<Suggestion>> results) {
    try (ParallelCoder<TextTable.Row> parallel = new ParallelCoder<>(Cores.workers(),
        () -> new TextCoder(readers.get(), coder, null),
        TextTable.Row::text,
        (row, coded) -> results.accept(row, coded.suggestions()))) {
      rows.accept(parallel::add);
      parallel.finish();
    }
  }
}
