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
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Codes the participant segments of a study with one or more codebooks, in one transaction that
 * stores everything, or nothing. A run on the whole study writes each suggestion as it is made
 * ({@link WrittenAsCoded}). A shard ({@code --shard}) tags and codes first, reading the store a
 * page at a time and spooling the suggestions to a file ({@link SuggestionSpool}) with no write
 * transaction open, so that the other shards may write meanwhile; then one short transaction
 * stores them. A source already
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
  private final CodingPath coding;

  /** A service that takes the French models from {@code models} (loaded once per command). */
  public CodingService(Progress progress, Supplier<FrenchModels> models) {
    this(progress, models, CodingPath.FULL);
  }

  /** A service coding along {@code path} (the fast path loads no French model). */
  public CodingService(Progress progress, Supplier<FrenchModels> models, CodingPath path) {
    this.progress = progress;
    this.models = models;
    this.coding = path;
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
  /**
   * How a run codes: {@code all} sources again or only those not yet coded so; a {@code shard};
   * the attributes whose lemmas it counts; where a shard spools; and the codebooks {@code retired}
   * (study.yaml no longer gives them any source), whose pending suggestions the run clears.
   */
  public record Options(boolean all, Shard shard, Set<String> countedAttributes, Path spoolFolder,
      Set<String> retired) {
    public Options {
      retired = Set.copyOf(retired);
    }

    /** A run that retires no codebook (one codebook named on the command line, a test). */
    public Options(boolean all, Shard shard, Set<String> countedAttributes, Path spoolFolder) {
      this(all, shard, countedAttributes, spoolFolder, Set.of());
    }
  }

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

  /**
   * Codes with every plan and writes all of them in one transaction; one result per plan. A run on
   * the whole study writes each suggestion as it is made ({@link WrittenAsCoded}); a shard spools
   * them and writes after its tagging, so that the shards of a study tag at the same time.
   */
  public List<Result> code(StudyStore store, List<Plan> plans, Options options) {
    if (options.shard().isAll()) {
      return new WrittenAsCoded(this).code(store, plans, options);
    }
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

  /** The sources a plan codes now ({@code todo}, {@code total} segments), keeps, and no longer covers. */
  record Selection(List<Long> todo, long total, Set<Long> kept, Set<Long> dropped) {}

  Selection select(StudyStore store, Plan plan, List<SourceRecord> sources, Options options) {
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
    return new Selection(todo, total, kept, dropped);
  }

  /** Where the suggestions of a pass go, one at a time, in segment order. */
  interface Sink {
    void add(long sourceId, long segmentId, Suggestion suggestion);
  }

  private Pass tagAndCode(StudyStore store, Plan plan, List<SourceRecord> sources, Options options,
      LemmaTally lemmas) {
    Selection selection = select(store, plan, sources, options);
    SuggestionSpool spool = new SuggestionSpool(options.spoolFolder());
    try {
      return new Pass(plan, spool, tag(store, plan, selection, lemmas, spool::add, source -> { }), selection.kept(),
          selection.dropped());
    } catch (RuntimeException e) {
      spool.close();
      throw e;
    }
  }

  /**
   * Tags and codes the segments of the selection's sources on every core, giving each suggestion to
   * {@code sink} (on this thread, in segment order) and counting the lemmas; tells {@code sourceDone}
   * of each source once its last segment is counted; returns the segments coded per source.
   */
  Map<Long, Integer> tag(StudyStore store, Plan plan, Selection selection, LemmaTally lemmas, Sink sink,
      LongConsumer sourceDone) {
    Map<Long, Integer> coded = new TreeMap<>();
    if (selection.todo().isEmpty()) {
      return coded; // nothing new: no model to load (seconds), nothing to read
    }
    Supplier<Function<String, TaggedText>> readers = coding.readers(models);
    Coder coder = coding.coder(plan.codebook(), plan.model().orElse(null));
    // A source two codebooks code (overlapping paths in study.yaml) has its words counted once.
    Set<Long> countedBefore = Set.copyOf(lemmas.sources());
    boolean countsLemmas = coding.tags(); // a path that tags nothing has no lemmas
    Supplier<TextCoder> perThread = () -> new TextCoder(readers.get(), coder,
        countsLemmas ? new ContentLemmas() : null);
    int[] segments = new int[1];
    long[] current = {-1};
    long expected = selection.total();
    try (ParallelCoder<SegmentRecord> parallel = new ParallelCoder<>(Cores.workers(),
        perThread, SegmentRecord::text, (segment, result) -> {
          if (segment.sourceId() != current[0]) { // sources are read one after the other, delivered in order
            if (current[0] >= 0) {
              sourceDone.accept(current[0]);
            }
            current[0] = segment.sourceId();
          }
          if (countsLemmas && !countedBefore.contains(segment.sourceId())) {
            lemmas.add(segment, result.lemmas());
          }
          coded.merge(segment.sourceId(), 1, Integer::sum);
          result.suggestions().forEach(suggestion -> sink.add(segment.sourceId(), segment.id(), suggestion));
          if (++segments[0] % 1_000 == 0) {
            progress.update("Codage", segments[0], expected);
          }
        })) {
      for (long sourceId : selection.todo()) {
        store.segmentQueries().forEachSegmentOfSource(sourceId, segment -> {
          if (segment.kind().isAnalysed()) {
            parallel.add(segment);
          }
        });
      }
      parallel.finish();
    }
    if (current[0] >= 0) {
      sourceDone.accept(current[0]);
    }
    progress.update("Codage", segments[0], Math.max(expected, segments[0]));
    return coded;
  }

  /** Writes the spooled passes in one transaction. */
  private List<Result> write(StudyStore store, List<Pass> passes, LemmaTally lemmas, Options options) {
    return inOneTransaction(store, tx -> {
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
      writeLemmas(tx, lemmas, gone, kept);
      Map<String, Integer> retired = retire(tx, store, options.retired());
      tx.commit();
      sayReplaced(gone.size());
      sayRetired(retired);
      return results;
    });
  }

  /**
   * Runs {@code work} (which commits) in one transaction, tried again from the start while another
   * process holds the store's write lock; Ctrl-C stops the wait.
   */
  <T> T inOneTransaction(StudyStore store, Function<StoreTransaction, T> work) {
    long saidAt = 0;
    while (true) {
      try (StoreTransaction tx = store.begin()) {
        return work.apply(tx);
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
   * Writes the lemma counts of the sources coded but those {@code gone}, and keeps those of the
   * sources {@code kept} as they were; a path that tags nothing has no lemmas: the counts of the
   * last run that did stay.
   */
  void writeLemmas(StoreTransaction tx, LemmaTally lemmas, Set<Long> gone, Set<Long> kept) {
    if (coding.tags()) {
      try (LemmaValueWriter writer = tx.lemmaValues()) {
        writeLemmas(writer, lemmas, gone, kept);
      }
    }
  }

  /** {@link #writeLemmas(StoreTransaction, LemmaTally, Set, Set)} with the writer open. */
  static void writeLemmas(LemmaValueWriter writer, LemmaTally lemmas, Set<Long> gone, Set<Long> kept) {
    lemmas.writeTo(writer, gone);
    kept.removeAll(lemmas.sources());
    writer.keep(kept);
  }

  /**
   * Clears the pending suggestions of the codebooks {@code retired} and forgets the sources they
   * coded: study.yaml gives them no source any more, and their suggestions would stay in the
   * report and the review for ever. People's decisions stay, as everywhere. Returns how many
   * suggestions each lost, said by {@link #sayRetired} once the transaction commits (a busy store
   * tries the transaction again, and the line would be said twice).
   */
  Map<String, Integer> retire(StoreTransaction tx, StudyStore store, Set<String> retired) {
    Map<String, Integer> cleared = new TreeMap<>();
    for (String codebook : retired) {
      cleared.put(codebook, tx.codings().deleteMachineSuggestions(codebook));
      tx.codedSources().forget(codebook, store.codingQueries().codedSources(codebook, null));
    }
    return cleared;
  }

  /** Says what {@link #retire} cleared, after the commit. */
  void sayRetired(Map<String, Integer> cleared) {
    cleared.forEach((codebook, count) -> progress.info("Livre de codes « " + codebook
        + " » : study.yaml ne le donne plus à aucune source ; " + count
        + " suggestion(s) en attente retirée(s), les décisions des personnes restent."));
  }

  /** The coder name this service's suggestions are stored under. */
  String machineCoder() {
    return coding.coder();
  }

  /** True when this service tags, hence counts lemmas. */
  boolean tags() {
    return coding.tags();
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
    PlanWrite write = new PlanWrite(tx, pass.plan(), coding.coder(), options.all() && options.shard().isAll(),
        pass.coded(), pass.dropped());
    pass.spool().forEach(spooled -> {
      if (!gone.contains(spooled.sourceId())) {
        write.add(spooled.segmentId(), spooled.suggestion());
      }
      if (++written[0] % 50_000 == 0) {
        progress.update(WRITING, written[0], written[1]);
      }
    });
    Set<Long> coded = new TreeSet<>(pass.coded());
    coded.removeAll(gone);
    return write.finish(coded, pass.segments(gone));
  }
}
