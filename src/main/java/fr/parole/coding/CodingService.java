package fr.parole.coding;

import fr.parole.Cores;
import fr.parole.Progress;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.TaggedText;
import fr.parole.study.Codings;
import fr.parole.study.LemmaValueWriter;
import fr.parole.study.NewCoding;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreTransaction;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Codes the participant segments of a study with one or more codebooks, in two steps: tagging and
 * coding read the store a page at a time and spool the suggestions to a file ({@link
 * SuggestionSpool}) with no write transaction open, so another process (another {@code --shard})
 * may write meanwhile; then one short transaction stores everything, or nothing. A source already
 * coded with the same codebook, models and counted attributes ({@link CodingFingerprint}) is not
 * coded again unless the run is told to. The machine's previous suggestions on the sources coded
 * are replaced; a (segment, code) a person has decided on (coded, accepted or rejected) gets no new
 * suggestion, and human decisions are never touched. The same tagging gives the content lemmas of
 * each segment ({@link ContentLemmas}), summed per attribute value ({@link LemmaTally}). A source
 * an import replaces while it is coded is left out of the write, which says so: its new version is
 * coded by the next run.
 */
public final class CodingService {
  /** The coder name under which the machine's suggestions are stored. */
  public static final String MACHINE = "machine";
  /**
   * How often a write waiting for another process (a shard, an import) says so. It waits as long
   * as it takes: with 32 shards the last one may wait hours for the others' writes, and giving up
   * would throw away its tagging.
   */
  private static final long SAY_WAITING_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
  /** The progress task of the write, after the coding. */
  private static final String WRITING = "Écriture des suggestions";

  private final Progress progress;

  private final Supplier<FrenchModels> models;
  private final CodingOptions coding;

  /** A service that takes the French models from {@code models} (loaded once per command). */
  public CodingService(Progress progress, Supplier<FrenchModels> models) {
    this(progress, models, CodingOptions.FULL);
  }

  /** A service coding as {@code options} say (the fast path loads no French model). */
  public CodingService(Progress progress, Supplier<FrenchModels> models, CodingOptions options) {
    this.progress = progress;
    this.models = models;
    this.coding = options;
  }

  /**
   * What a coding run did with one codebook: the segments it coded and wrote (not those of a source
   * an import replaced meanwhile), the suggestions written, the pending ones they replaced, and those
   * left out because a person decided on that segment and code.
   */
  public record Result(int segments, int suggestions, int replaced, int keptForPeople) {}

  /**
   * One codebook's part of a run: the sources whose path {@code which} accepts, coded with the
   * codebook and model.
   */
  public record Plan(Codebook codebook, Optional<LearnedCoder> model, Predicate<String> which,
      CodingFingerprint fingerprint) {}

  /**
   * How a run chooses its sources and counts lemmas.
   *
   * @param all code every source again, even those coded with the same fingerprint
   * @param shard the slice of the sources this process codes
   * @param countedAttributes the attributes whose lemmas are counted per value (word specificities)
   * @param spoolFolder where the suggestions wait for the write (the study's {@code .parole})
   */
  public record Options(boolean all, Shard shard, Set<String> countedAttributes, Path spoolFolder) {}

  /**
   * One codebook's coding, spooled and waiting to be written: the sources coded now (each with its
   * segments coded), those kept as they were, and those it coded before but no longer covers
   * (study.yaml gave them another codebook).
   */
  private record Pass(Plan plan, SuggestionSpool spool, Map<Long, Integer> segmentsBySource, Set<Long> kept,
      Set<Long> dropped) {
    Set<Long> coded() {
      return segmentsBySource.keySet();
    }

    /** The segments coded, but those of the sources {@code gone} (replaced meanwhile: nothing written). */
    int segments(Set<Long> gone) {
      int segments = 0;
      for (Map.Entry<Long, Integer> source : segmentsBySource.entrySet()) {
        if (!gone.contains(source.getKey())) {
          segments += source.getValue();
        }
      }
      return segments;
    }
  }

  /** Codes with every plan, then writes all of them in one transaction; one result per plan. */
  public List<Result> code(StudyStore store, List<Plan> plans, Options options) {
    List<SourceRecord> sources = store.queries().sources();
    LemmaTally lemmas = new LemmaTally(options.countedAttributes());
    List<Pass> passes = new ArrayList<>();
    try {
      for (Plan plan : plans) {
        passes.add(tagAndCode(store, plan, sources, options, lemmas));
      }
      return write(store, passes, lemmas, options);
    } finally {
      passes.forEach(pass -> pass.spool().close());
    }
  }

  private Pass tagAndCode(StudyStore store, Plan plan, List<SourceRecord> sources, Options options,
      LemmaTally lemmas) {
    Set<Long> done = options.all() ? Set.of()
        : store.codingQueries().codedSources(plan.codebook().id(), plan.fingerprint().value());
    Set<Long> dropped = new TreeSet<>(store.codingQueries().codedSources(plan.codebook().id(), null));
    List<Long> todo = new ArrayList<>();
    Set<Long> kept = new TreeSet<>();
    long total = 0;
    for (SourceRecord source : sources) {
      if (plan.which().test(source.path())) {
        dropped.remove(source.id());
      } else {
        continue;
      }
      if (source.segments() > 0 && options.shard().covers(source.id())) {
        if (done.contains(source.id())) {
          kept.add(source.id());
        } else {
          todo.add(source.id());
          total += source.segments();
        }
      }
    }
    dropped.removeIf(id -> !options.shard().covers(id));
    if (todo.isEmpty()) {
      // Nothing new: no model to load (seconds), nothing to read.
      return new Pass(plan, new SuggestionSpool(options.spoolFolder()), Map.of(), kept, dropped);
    }
    Supplier<Function<String, TaggedText>> readers = coding.readers(models);
    Coder coder = coding.coder(plan.codebook(), plan.model().orElse(null));
    // A source two codebooks code (overlapping paths in study.yaml) has its words counted once.
    Set<Long> countedBefore = Set.copyOf(lemmas.sources());
    SuggestionSpool spool = new SuggestionSpool(options.spoolFolder());
    boolean countsLemmas = coding.tags(); // a path that tags nothing has no lemmas
    Supplier<TextCoder> perThread = () -> new TextCoder(readers.get(), coder,
        countsLemmas ? new ContentLemmas() : null);
    Map<Long, Integer> coded = new TreeMap<>();
    int[] segments = new int[1];
    long expected = total;
    try (ParallelCoder<SegmentRecord> parallel = new ParallelCoder<>(Cores.workers(),
        perThread, SegmentRecord::text, (segment, result) -> {
          if (countsLemmas && !countedBefore.contains(segment.sourceId())) {
            lemmas.add(segment, result.lemmas());
          }
          coded.merge(segment.sourceId(), 1, Integer::sum);
          result.suggestions().forEach(suggestion -> spool.add(segment.sourceId(), segment.id(), suggestion));
          if (++segments[0] % 1_000 == 0) {
            progress.update("Codage", segments[0], expected);
          }
        })) {
      for (long sourceId : todo) {
        store.segmentQueries().forEachSegmentOfSource(sourceId, segment -> {
          if (segment.kind().isAnalysed()) {
            parallel.add(segment);
          }
        });
      }
      parallel.finish();
    } catch (RuntimeException e) {
      spool.close();
      throw e;
    }
    progress.update("Codage", segments[0], Math.max(expected, segments[0]));
    return new Pass(plan, spool, coded, kept, dropped);
  }

  /** One transaction, tried again while another process holds the store's write lock (Ctrl-C stops the wait). */
  private List<Result> write(StudyStore store, List<Pass> passes, LemmaTally lemmas, Options options) {
    long saidAt = 0;
    while (true) {
      try (StoreTransaction tx = store.begin()) {
        Set<Long> gone = replacedMeanwhile(tx, passes);
        List<Result> results = new ArrayList<>();
        Set<Long> kept = new TreeSet<>();
        long[] written = {0, passes.stream().mapToLong(pass -> pass.spool().size()).sum()};
        for (Pass pass : passes) {
          results.add(store(tx, pass, options, written, gone));
          kept.addAll(pass.kept());
        }
        if (written[1] > 0) {
          progress.update(WRITING, written[0], written[0]);
        }
        if (coding.tags()) { // a path that tags nothing has no lemmas: the counts of the last run that did stay
          try (LemmaValueWriter writer = tx.lemmaValues()) {
            lemmas.writeTo(writer, gone);
            kept.removeAll(lemmas.sources());
            writer.keep(kept);
          }
        }
        tx.commit();
        sayReplaced(gone.size());
        return results;
      } catch (StudyException e) {
        if (!StudyStore.busy(e)) {
          throw e;
        }
        if (saidAt == 0 || System.nanoTime() - saidAt > SAY_WAITING_EVERY_NANOS) {
          progress.info("Le stockage est occupé par une autre commande : en attente de l'écriture "
              + "(Ctrl-C pour abandonner ; l'étude reste alors telle qu'elle était)…");
          saidAt = System.nanoTime();
        }
        pause();
      }
    }
  }

  /**
   * The sources coded that an import replaced (or removed) since: their segments went with them,
   * and writing their suggestions would break the store's foreign keys after all the tagging. Read
   * in the write's transaction: an import committing after this read makes the write's first
   * statement busy (SQLite's snapshot is stale), and the whole write is tried again.
   */
  private static Set<Long> replacedMeanwhile(StoreTransaction tx, List<Pass> passes) {
    Set<Long> gone = new TreeSet<>();
    passes.forEach(pass -> gone.addAll(pass.coded()));
    if (!gone.isEmpty()) {
      gone.removeAll(tx.sources().paths().keySet());
    }
    return gone;
  }

  /** A source's new version has a new id, in no {@code coded_sources}: the next run codes it. */
  private void sayReplaced(int sources) {
    if (sources == 1) {
      progress.warn("1 source remplacée pendant le codage : ses suggestions sont écartées ; relancez parole code "
          + "pour la coder.");
    } else if (sources > 1) {
      progress.warn(sources + " sources remplacées pendant le codage : leurs suggestions sont écartées ; relancez "
          + "parole code pour les coder.");
    }
  }

  private static void pause() {
    try {
      Thread.sleep(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ParallelCoder.CodingInterruptedException();
    }
  }

  /**
   * Stores one codebook's spooled suggestions but those of the sources {@code gone}; {@code written}
   * counts those written so far in the whole transaction, and of how many (a million comments make
   * millions of suggestions: progress).
   */
  private Result store(StoreTransaction tx, Pass pass, Options options, long[] written, Set<Long> gone) {
    Codebook codebook = pass.plan().codebook();
    Codings codings = tx.codings();
    // A whole run with --tout replaces all of the codebook's suggestions, as a first run does;
    // otherwise only those of the sources coded now.
    int replaced = options.all() && options.shard().isAll() ? codings.deleteMachineSuggestions(codebook.id())
        : codings.deleteMachineSuggestions(codebook.id(), pass.coded());
    codings.deleteMachineSuggestions(codebook.id(), pass.dropped());
    tx.codedSources().forget(codebook.id(), pass.dropped());
    Set<String> decided = codings.humanDecisions(codebook.id());
    int[] counts = new int[2]; // suggestions, skipped because a person decided
    pass.spool().forEach(spooled -> {
      if (gone.contains(spooled.sourceId())) {
        return;
      }
      Suggestion suggestion = spooled.suggestion();
      // Most runs have no human decision yet: no key to build per suggestion then.
      if (!decided.isEmpty() && decided.contains(Codings.key(spooled.segmentId(), suggestion.code()))) {
        counts[1]++;
      } else {
        codings.add(new NewCoding(spooled.segmentId(), codebook.id(), suggestion.code(), coding.coder(), suggestion.origin(),
            suggestion.confidence(), "suggested", suggestion.evidence(), null, null));
        counts[0]++;
      }
      if (++written[0] % 50_000 == 0) {
        progress.update(WRITING, written[0], written[1]);
      }
    });
    codings.replaceThresholds(codebook.id(), CodeThresholds.of(codebook, pass.plan().model()));
    Set<Long> coded = new TreeSet<>(pass.coded());
    coded.removeAll(gone);
    tx.codedSources().mark(codebook.id(), pass.plan().fingerprint().value(), coded);
    int segments = pass.segments(gone);
    tx.logEvent("code", "{\"codebook\":\"" + codebook.id().replace("\"", "") + "\",\"suggestions\":" + counts[0]
        + ",\"segments\":" + segments + "}");
    return new Result(segments, counts[0], replaced, counts[1]);
  }
}
