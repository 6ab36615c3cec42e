package fr.parole.coding;

import fr.parole.Cores;
import fr.parole.Progress;
import fr.parole.nlp.FrenchModels;
import fr.parole.study.Codings;
import fr.parole.study.LemmaCountWriter;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyStore;
import fr.parole.study.SegmentRecord;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.Set;

/**
 * Codes every participant segment of a study with a codebook, as one transaction: the machine's
 * previous suggestions for that codebook are replaced; a (segment, code) a person has decided on
 * (coded, accepted or rejected) gets no new suggestion, and human decisions are never touched.
 * The same tagging gives the content lemmas of each segment ({@link ContentLemmas}): the counts
 * of every source coded are replaced in the same transaction, for word specificities.
 */
public final class CodingService {
  /** The coder name under which the machine's suggestions are stored. */
  public static final String MACHINE = "machine";

  private final Progress progress;

  private final Supplier<FrenchModels> models;
  private final CodingOptions options;

  /** A service that takes the French models from {@code models} (loaded once per command). */
  public CodingService(Progress progress, Supplier<FrenchModels> models) {
    this(progress, models, CodingOptions.FULL);
  }

  /** A service coding as {@code options} say (the fast path loads no French model). */
  public CodingService(Progress progress, Supplier<FrenchModels> models, CodingOptions options) {
    this.progress = progress;
    this.models = models;
    this.options = options;
  }

  /** What a coding run did. */
  public record Result(int segments, int suggestions, int replaced, int keptForPeople) {}

  /** Codes with the rules, and with {@code model} too when there is one (the study's, or the default). */
  public Result code(StudyStore store, Codebook codebook, Optional<LearnedCoder> model) {
    return code(store, codebook, model, segment -> true);
  }

  /**
   * Codes only the segments {@code which} accepts (those of the sources the codebook is for); the
   * codebook's earlier machine suggestions are replaced all the same.
   */
  public Result code(StudyStore store, Codebook codebook, Optional<LearnedCoder> model,
      Predicate<SegmentRecord> which) {
    try (StoreTransaction tx = store.begin()) {
      Result result = code(store, tx, codebook, model, which);
      tx.commit();
      return result;
    }
  }

  /**
   * Codes within {@code tx}, a transaction on {@code store} that the caller commits: a command
   * that codes with several codebooks (one per kind of source) commits them all or none.
   */
  public Result code(StudyStore store, StoreTransaction tx, Codebook codebook, Optional<LearnedCoder> model,
      Predicate<SegmentRecord> which) {
    Coder coder = options.coder(codebook, model.orElse(null));
    Supplier<TextCoder> perThread = options.fast() ? () -> new TextCoder(FastCoder::untagged, coder, null)
        : textCoder(this.models.get(), coder);
    long total = store.queries().summary().segments();
    Codings codings = tx.codings();
    int replaced = codings.deleteMachineSuggestions(codebook.id());
    Set<String> decided = codings.humanDecisions(codebook.id());
    int[] counts = new int[3]; // segments, suggestions, skipped because a person decided
    LemmaTally lemmas = new LemmaTally();
    BiConsumer<SegmentRecord, TextCoder.CodedText> save = (segment, coded) -> {
      lemmas.add(segment, coded.lemmas());
      for (Suggestion suggestion : coded.suggestions()) {
        // Most runs have no human decision yet: no key to build per suggestion then.
        if (!decided.isEmpty() && decided.contains(Codings.key(segment.id(), suggestion.code()))) {
          counts[2]++;
        } else {
          codings.add(new NewCoding(segment.id(), codebook.id(), suggestion.code(), options.coder(), suggestion.origin(),
              suggestion.confidence(), "suggested", suggestion.evidence(), null, null));
          counts[1]++;
        }
      }
      if (++counts[0] % 1_000 == 0) {
        progress.update("Codage", counts[0], total);
      }
    };
    try (ParallelCoder<SegmentRecord> parallel = new ParallelCoder<>(Cores.workers(), perThread, SegmentRecord::text,
        save)) {
      store.queries().forEachSegment(0, segment -> {
        if (segment.kind().isAnalysed() && which.test(segment)) {
          parallel.add(segment);
        }
      });
      parallel.finish();
    }
    progress.update("Codage", counts[0], Math.max(total, counts[0]));
    codings.replaceThresholds(codebook.id(), CodeThresholds.of(codebook, model));
    if (!options.fast()) { // the fast path has no lemmas: the counts of the last full run stay
      try (LemmaCountWriter writer = tx.lemmaCounts()) {
        lemmas.writeTo(writer);
      }
    }
    tx.logEvent("code", "{\"codebook\":\"" + codebook.id().replace("\"", "") + "\",\"suggestions\":" + counts[1] + "}");
    return new Result(counts[0], counts[1], replaced, counts[2]);
  }

  /** One tagger per thread, each text's content lemmas collected from the same tagging. */
  private static Supplier<TextCoder> textCoder(FrenchModels models, Coder coder) {
    return () -> new TextCoder(models.newTagger(), coder, new ContentLemmas());
  }
}
