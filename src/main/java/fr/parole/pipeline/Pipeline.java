package fr.parole.pipeline;

import fr.parole.Progress;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CodingPath;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.ManualCoding;
import fr.parole.coding.Review;
import fr.parole.coding.ReviewDecision;
import fr.parole.coding.Shard;
import fr.parole.coding.StudyAgreement;
import fr.parole.importer.ImportReport;
import fr.parole.importer.ImportService;
import fr.parole.index.SearchBackend;
import fr.parole.index.SearchBackends;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.nlp.FrenchModels;
import fr.parole.report.ReportOptions;
import fr.parole.report.ReportService;
import fr.parole.stats.CorpusStatistics;
import fr.parole.study.CodingRecord;
import fr.parole.study.PendingSuggestion;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs the stages in their one direction: import → store → index → report. Each method is
 * one thing a user asks for; every stage can also run alone. Which codebook and model code which
 * sources is the coding stage's ({@link CodingStage}).
 */
public final class Pipeline {
  private final Progress progress;
  /** Loaded once for all the stages of a command that tag text. */
  private final Supplier<FrenchModels> models = FrenchModels.onFirstUse();

  /** The coding stage, coding as the pipeline's {@link CodingPath} says ({@code --rapide}: on stems). */
  private final CodingStage codingStage;

  public Pipeline(Progress progress) {
    this(progress, CodingPath.FULL);
  }

  /** A pipeline whose coding stage (code, run) codes as {@code coding} says. */
  public Pipeline(Progress progress, CodingPath coding) {
    this.progress = progress;
    this.codingStage = new CodingStage(progress, models, coding);
  }

  /**
   * Imports what study.yaml lists, then brings the index up to the store. The search backend is
   * opened first: a SolrCloud collection that does not answer stops the import before the store
   * changes.
   */
  public ImportReport importStudy(Study study) {
    return importStudy(study, new StageClock());
  }

  /** {@link #importStudy(Study)}, telling {@code clock} where the import ends and the indexing starts. */
  private ImportReport importStudy(Study study, StageClock clock) {
    clock.start(StageClock.Stage.IMPORT);
    try (SearchBackend index = SearchBackends.open(study, progress); StudyStore store = study.openStore()) {
      ImportReport report;
      boolean sameSegments;
      // New segments are indexed while the next files are read: both cores work during an import.
      try (SearchBackend.LiveUpdate live = index.beginLiveUpdate(store)) {
        report = new ImportService(progress, live::add, live::drop).importStudy(study, store);
        // What is left is the index's: its last segments, its commit (or its rebuild below).
        clock.start(StageClock.Stage.INDEX);
        sameSegments = report.renamed().isEmpty() && report.reattributed().isEmpty();
        if (sameSegments && live.commit(store, report.replacedSourceIds())) {
          return report;
        }
      }
      if (sameSegments) {
        index.update(store, report.replacedSourceIds());
      } else {
        index.rebuild(store); // segments kept their ids but carry a new path or new attributes
      }
      return report;
    }
  }

  /** What the study holds: sources, segments, attributes with their values, index freshness. */
  public StudyStatus status(Study study) {
    try (StudyStore store = study.openStore()) {
      CorpusStatistics stats = new CorpusStatistics(store.queries());
      return new StudyStatus(study.name(), stats.summary(), store.queries().sources(),
          stats.attributes(study.config().attributes()).stream().map(stats::breakdown).toList(),
          indexIsCurrent(study, store), store.schemaVersion(),
          store.codingQueries().codeCounts(), store.queries().esatisEstablishments(), store.queries().esatisCounts(),
          store.queries().questionnaireCounts(), store.lemmaCounts().coverage(), namedCodebooks(study));
    }
  }

  /**
   * The codebooks study.yaml names (the study's and its sources'), by id, for their labels; one
   * that cannot be read is left out (parole code says why).
   */
  public Map<String, Codebook> namedCodebooks(Study study) {
    return CodingStage.namedCodebooks(study);
  }

  /**
   * Codes the study's imported segments with a codebook (study.yaml's {@code codebook:} when none
   * is given): a file beside study.yaml, a path, or a shipped codebook's name.
   */
  public CodingRun code(Study study, String codebookName) {
    return code(study, codebookName, false, Shard.ALL);
  }

  /**
   * The same, coding every source again when {@code all} (else only those not yet coded with this
   * codebook, models and attributes), and only the sources of {@code shard}.
   */
  public CodingRun code(Study study, String codebookName, boolean all, Shard shard) {
    return codingStage.code(study, codebookName, all, shard);
  }

  /**
   * Codes each segment with the codebook of its source: the {@code codebook:} of its entry in
   * study.yaml's {@code sources:}, else the study's {@code codebook:} (interviews with
   * {@code partenariat}, e-Satis comments with {@code esatis}). Sources with neither are left
   * uncoded; a study with no codebook at all is refused.
   */
  public List<CodingRun> codeBySource(Study study) {
    return codeBySource(study, false, Shard.ALL);
  }

  /** The same, every source again when {@code all}, only the sources of {@code shard}. */
  public List<CodingRun> codeBySource(Study study, boolean all, Shard shard) {
    return codingStage.codeBySource(study, all, shard);
  }

  /** What {@code parole run} did: import, coding, report, and how long each stage took (in stage order). */
  public record RunResult(ImportReport imported, List<CodingRun> codings, Path report,
      Map<StageClock.Stage, java.time.Duration> durations) {}

  /**
   * The whole main job: imports what changed (and indexes it), tags and codes every segment with
   * its source's codebook, then writes the report. Human decisions are kept throughout.
   */
  public RunResult run(Study study, Path outRoot) {
    return run(study, outRoot, ReportOptions.DEFAULT);
  }

  /** {@link #run(Study, Path)} with a report cut as {@code options} say. */
  public RunResult run(Study study, Path outRoot, ReportOptions options) {
    StageClock clock = new StageClock();
    ImportReport imported = importStudy(study, clock);
    if (!CodingStage.hasCodebook(study)) {
      clock.start(StageClock.Stage.REPORT);
      Path report = report(study, outRoot, options);
      return new RunResult(imported, List.of(), report, clock.stop());
    }
    clock.start(StageClock.Stage.CODING);
    try (CountedBeside coded = codingStage.codeBySourceCountingBeside(study)) {
      clock.start(StageClock.Stage.REPORT);
      Path report = report(study, outRoot, options);
      return new RunResult(imported, coded.runs(), report, clock.stop());
    }
  }

  /**
   * Trains the study's own coder from its people's decisions, saved under {@code .parole/models/};
   * returns it. A segment teaches a dimension when a person decided on one of its codes there (coded
   * it, accepted or rejected a suggestion): its codes in that dimension are those the person applied
   * (none when they only rejected), and every other code of the dimension is taken as not applying.
   */
  public LearnedCoder train(Study study, String codebookName) {
    return train(study, codebookName, CodingPath.FULL);
  }

  /** As {@link #train(Study, String)}, the model of {@code path} (the fast path's is saved beside the others). */
  public LearnedCoder train(Study study, String codebookName, CodingPath path) {
    return new ModelTraining(models).train(study, codebook(study, codebookName), path).coder();
  }

  /** A person codes a participant's segment (or a span of it) by hand. */
  public void codeByHand(Study study, String codebookName, long segmentId, String code, String coder, Integer start,
      Integer end) {
    codeByHand(study, codebookName, segmentId, code, coder, start, end, false);
  }

  /** A person codes a segment by hand; {@code allowInterviewer} lets an interviewer's turn be coded too. */
  public void codeByHand(Study study, String codebookName, long segmentId, String code, String coder, Integer start,
      Integer end, boolean allowInterviewer) {
    Codebook codebook = codebook(study, codebookName);
    try (StudyStore store = study.openStore()) {
      new ManualCoding(codebook).code(store, segmentId, code, coder, start, end, allowInterviewer);
    }
  }

  /**
   * A person codes a participant's segment by hand, noting where the coding comes from
   * ({@code evidence}, e.g. « proposé par X »), with {@code alongside} written in the same
   * transaction (the atelier's audit row and what else the change touches).
   */
  public void codeByHandWith(Study study, String codebookName, long segmentId, String code, String coder,
      String evidence, java.util.function.Consumer<fr.parole.study.StoreTransaction> alongside) {
    Codebook codebook = codebook(study, codebookName);
    try (StudyStore store = study.openStore()) {
      new ManualCoding(codebook).code(store, segmentId, List.of(code), coder, null, null, false, evidence, alongside);
    }
  }

  /** The machine's suggestions no person has decided on, for review. */
  public List<PendingSuggestion> pendingSuggestions(Study study, String codebookName) {
    Codebook codebook = codebook(study, codebookName);
    try (StudyStore store = study.openStore()) {
      return store.codingQueries().pendingSuggestions(codebook.id());
    }
  }

  /** Records review decisions, all or none; {@code origin} names where they come from (a file, the terminal). */
  public int recordDecisions(Study study, String codebookName, String origin, List<ReviewDecision> decisions) {
    Codebook codebook = codebook(study, codebookName);
    try (StudyStore store = study.openStore()) {
      return new Review(codebook).record(store, origin, decisions);
    }
  }

  /** Agreement between two coders of the study on a codebook, and where they disagree. */
  public AgreementResult agreement(Study study, String codebookName, String coderA, String coderB) {
    Codebook codebook = codebook(study, codebookName);
    try (StudyStore store = study.openStore()) {
      List<CodingRecord> codings = store.codingQueries().codings(codebook.id());
      StudyAgreement agreement = new StudyAgreement();
      List<StudyAgreement.Disagreement> disagreements = agreement.disagreements(codings, coderA, coderB);
      Map<Long, SegmentRecord> segments = new LinkedHashMap<>();
      for (StudyAgreement.Disagreement d : disagreements) {
        if (!segments.containsKey(d.segmentId())) {
          store.segmentQueries().segment(d.segmentId()).ifPresent(s -> segments.put(s.id(), s));
        }
      }
      return new AgreementResult(agreement.compare(codings, coderA, coderB), disagreements, segments, codebook);
    }
  }

  /** The named codebook, or study.yaml's: a file beside study.yaml, a path, or a shipped codebook. */
  public static Codebook codebook(Study study, String codebookName) {
    String name = codebookName != null ? codebookName : study.config().codebook();
    if (name == null || name.isBlank()) {
      throw new StudyException("Aucun livre de codes : passez --codebook ou ajoutez « codebook: » à study.yaml.");
    }
    return new CodebookLibrary().load(study.codebookLocation(name));
  }

  private boolean indexIsCurrent(Study study, StudyStore store) {
    try (SearchBackend index = SearchBackends.open(study, progress)) {
      return index.isCurrent(store);
    }
  }

  /** Rebuilds the index from the store alone. */
  public void reindex(Study study) {
    try (SearchBackend index = SearchBackends.open(study, progress); StudyStore store = study.openStore()) {
      index.rebuild(store);
    }
  }

  public SearchResult search(Study study, SearchRequest request) {
    try (SearchBackend index = SearchBackends.open(study, progress)) {
      try (StudyStore store = study.openStore()) {
        index.ensureCurrent(store);
      }
      return index.search(request);
    }
  }

  /** The study's imported sources, in path order (the atelier links a search hit to its source by id). */
  public List<fr.parole.study.SourceRecord> sources(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.queries().sources();
    }
  }

  /** Each imported source's id by path, in path order, without counting its segments. */
  public Map<String, Long> sourceIds(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.queries().sourceIds();
    }
  }

  /** Writes the study's report under {@code outRoot}, in French, and returns its index.html. */
  public Path report(Study study, Path outRoot) {
    return report(study, outRoot, ReportOptions.DEFAULT);
  }

  /** Writes the study's report cut by the attributes and dimensions {@code options} name. */
  public Path report(Study study, Path outRoot, ReportOptions options) {
    try (StudyStore store = study.openStore()) {
      return new ReportService(models, progress).write(study, store, outRoot, options);
    }
  }

  /**
   * Rebuilds the shipped demo study from its sources (its {@code .parole/} is derived data, so it
   * is started afresh) and runs the whole job on it ({@link #run}): import, coding, the lexical
   * classes, report.
   */
  public Path demo(Path corpus, Path outRoot, ReportOptions options) {
    Study study = Study.open(corpus);
    deleteWorkDir(study);
    ImportReport imported = importStudy(study);
    if (imported.hasFailures()) {
      throw new StudyException("Le corpus de démonstration n'a pas pu être importé entièrement : "
          + imported.failed().get(0).reason());
    }
    codeBySource(study);
    // The demo shows every section of the report, « Classes lexicales » included (parole classes).
    new LexicalClassification(models).run(study, new LexicalClassification.Options(6, 40), "démonstration", progress);
    return report(study, outRoot, options);
  }

  private static void deleteWorkDir(Study study) {
    if (!Files.isDirectory(study.workDir())) {
      return;
    }
    try (Stream<Path> paths = Files.walk(study.workDir())) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new StudyException("Impossible de vider " + study.workDir() + " : " + e.getMessage(), e);
    }
  }
}
