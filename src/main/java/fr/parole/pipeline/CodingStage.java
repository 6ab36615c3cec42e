package fr.parole.pipeline;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodingFingerprint;
import fr.parole.coding.CodingPath;
import fr.parole.coding.CodingService;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.coding.Shard;
import fr.parole.importer.ImportService;
import fr.parole.importer.SourceCollector;
import fr.parole.nlp.FrenchModels;
import fr.parole.report.ReportOptions;
import fr.parole.study.CodeCount;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The coding stage ({@code parole code}, and the coding of {@code parole run}): which codebook codes
 * which sources, study.yaml's codebooks read, the learned model the coding path chooses, every
 * codebook's run written in one transaction. Apart from {@link Pipeline}, which orders the stages,
 * because choosing codebooks and models for sources is a subject of its own.
 */
final class CodingStage {
  /** The shipped codebooks written for interviews, not for patients' comments. */
  private static final Set<String> INTERVIEW_CODEBOOKS = Set.of("partenariat");

  private final Progress progress;
  /** The pipeline's tagging models, loaded once for all the stages of a command. */
  private final Supplier<FrenchModels> models;
  /** How this stage codes ({@code --rapide}: the fast path on stems). */
  private final CodingPath coding;

  CodingStage(Progress progress, Supplier<FrenchModels> models, CodingPath coding) {
    this.progress = progress;
    this.models = models;
    this.coding = coding;
  }

  /**
   * Codes with one codebook, every source again when {@code all} (else only those not yet coded with
   * this codebook, models and attributes), and only the sources of {@code shard}.
   */
  CodingRun code(Study study, String codebookName, boolean all, Shard shard) {
    try (StudyStore store = study.openStore()) {
      return codeInOneTransaction(store, study, oneCodebook(study, codebookName), false, all, shard).counted(store)
          .get(0);
    }
  }

  /** The sources a codebook codes, and the test of their paths in the store. */
  private record Batch(List<StudyConfig.SourceSpec> sources, Predicate<String> which) {}

  /** Every source of the study for one codebook ({@code null}: study.yaml's). */
  private static Map<String, Batch> oneCodebook(Study study, String codebookName) {
    Map<String, Batch> one = new LinkedHashMap<>(); // a null name (study.yaml's codebook) is a valid key here
    one.put(codebookName, new Batch(study.config().sources(), path -> true));
    return one;
  }

  /** Codes each source with its own codebook, else the study's ({@link Pipeline#codeBySource(Study)}). */
  List<CodingRun> codeBySource(Study study, boolean all, Shard shard) {
    try (StudyStore store = study.openStore()) {
      return codeInOneTransaction(store, study, bySource(study), true, all, shard).counted(store);
    }
  }

  /**
   * {@link #codeBySource} for {@code parole run}: what follows (the report) starts as soon as the
   * codings are committed, while another thread copies the store's write-ahead log into its file
   * and counts the codings by code for the summary (at a million comments, seconds of each, which
   * the report's single thread leaves a core for).
   */
  CountedBeside codeBySourceCountingBeside(Study study) {
    try (StudyStore store = study.openStore()) {
      store.leaveCheckpoints();
      Coded coded = codeInOneTransaction(store, study, bySource(study), true, false, Shard.ALL);
      // Opened before the coding's connection closes, which would otherwise copy the log itself.
      return new CountedBeside(coded, study.openStore());
    }
  }

  /** The batches of {@link #codeBySource}: one per codebook, over the sources that use it. */
  private static Map<String, Batch> bySource(Study study) {
    String fallback = study.config().codebook();
    if (study.config().sources().stream().allMatch(s -> isBlank(s.codebook()))) {
      return oneCodebook(study, null);
    }
    // One run per codebook, over the sources that use it (a codebook's run replaces all of its
    // earlier machine suggestions, so each codebook must run once).
    Map<String, List<StudyConfig.SourceSpec>> byCodebook = new LinkedHashMap<>();
    for (StudyConfig.SourceSpec spec : study.config().sources()) {
      String name = isBlank(spec.codebook()) ? fallback : spec.codebook();
      if (!isBlank(name)) {
        byCodebook.computeIfAbsent(name, c -> new ArrayList<>()).add(spec);
      }
    }
    Map<String, Batch> batches = new LinkedHashMap<>();
    byCodebook.forEach((name, specs) -> batches.put(name, new Batch(specs,
        path -> specs.stream().anyMatch(s -> s.covers(path)))));
    return batches;
  }

  /** What a coding run wrote, by codebook, before the codings are counted. */
  record Coded(List<Codebook> codebooks, List<CodingService.Result> results) {
    List<CodingRun> with(List<CodeCount> counts) {
      List<CodingRun> runs = new ArrayList<>();
      for (int i = 0; i < codebooks.size(); i++) {
        runs.add(new CodingRun(codebooks.get(i).id(), results.get(i), counts, codebooks.get(i)));
      }
      return runs;
    }

    List<CodingRun> counted(StudyStore store) {
      return with(store.codingQueries().codeCounts());
    }
  }

  /**
   * One run per codebook, all written in one transaction: a command stopped between two codebooks
   * (a crash, a kill) leaves the study as it was, not coded with one codebook and not the other.
   * Every codebook is read before anything is written. {@code bySource}: the batches are study.yaml's,
   * so a codebook that coded sources before and has no batch now is retired.
   */
  private Coded codeInOneTransaction(StudyStore store, Study study, Map<String, Batch> batches, boolean bySource,
      boolean all, Shard shard) {
    Set<String> counted = countedAttributes(study);
    String attributeRules = store.queries().meta(ImportService.ATTRIBUTE_CONFIG_KEY).orElse("");
    List<CodingService.Plan> plans = new ArrayList<>();
    batches.forEach((name, batch) -> {
      Codebook codebook = Pipeline.codebook(study, name);
      warnIfCommentsGetAnInterviewCodebook(codebook, batch.sources());
      // The model files are read once: the coder and its fingerprint come from the same bytes.
      LearnedModels.ModelBytes files = coding.models().read(codebook, study.workDir().resolve("models"));
      plans.add(new CodingService.Plan(codebook, model(study, codebook, files), batch.which(),
          CodingFingerprint.of(codebook, files, counted, attributeRules)));
    });
    // A codebook study.yaml gives no source any more: its suggestions go, at a run over study.yaml.
    Set<String> retired = new TreeSet<>();
    if (bySource) {
      retired.addAll(store.codingQueries().codebooksOfCodedSources());
      plans.forEach(plan -> retired.remove(plan.codebook().id()));
    }
    List<CodingService.Result> results = new CodingService(progress, models, coding).code(store, plans,
        new CodingService.Options(all, shard, counted, study.workDir(), retired));
    return new Coded(plans.stream().map(CodingService.Plan::codebook).toList(), results);
  }

  /** The codebook's learned model for this stage's coding: the study's, else the shipped one, else none (said). */
  private Optional<LearnedCoder> model(Study study, Codebook codebook, LearnedModels.ModelBytes files) {
    Optional<LearnedCoder> model = files.coder();
    if (model.isEmpty() && coding.fast()) {
      progress.warn("Aucun modèle rapide pour « " + codebook.id() + " » : codage rapide avec les règles seules. "
          + "Pour en apprendre un : parole train --rapide " + study.folder() + ".");
    }
    return model;
  }

  /**
   * The attributes whose words are counted for specificities: those study.yaml lists, and those the
   * report shows by default (establishment, level).
   */
  static Set<String> countedAttributes(Study study) {
    Set<String> names = new TreeSet<>(study.config().attributes());
    names.addAll(ReportOptions.GROUP_ATTRIBUTES);
    return names;
  }

  /**
   * Patients' comments coded with the interview codebook get themes that do not describe them
   * (lever, obstacle, level of partnership): said, with the fix, whenever a coding run does it.
   */
  private void warnIfCommentsGetAnInterviewCodebook(Codebook codebook, List<StudyConfig.SourceSpec> sources) {
    if (!INTERVIEW_CODEBOOKS.contains(codebook.id())) {
      return;
    }
    for (StudyConfig.SourceSpec source : sources) {
      if (SourceCollector.VERBATIMS.equals(source.type())) {
        progress.warn(source.path() + " (commentaires) est codé avec « " + codebook.id() + " », un livre de codes "
            + "fait pour les entretiens : ses codes ne décrivent pas des commentaires de patients. Pour des "
            + "verbatims, ajoutez « codebook: esatis » à cette source dans study.yaml.");
      }
    }
  }

  /** The codebooks study.yaml names ({@link Pipeline#namedCodebooks}); one that cannot be read is left out. */
  static Map<String, Codebook> namedCodebooks(Study study) {
    Map<String, Codebook> books = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add(study.config().codebook());
    study.config().sources().forEach(source -> names.add(source.codebook()));
    for (String name : names) {
      if (!isBlank(name)) {
        try {
          Codebook book = Pipeline.codebook(study, name);
          books.putIfAbsent(book.id(), book);
        } catch (ParoleException e) {
          // Only labels are lost: codes are shown by their ids.
        }
      }
    }
    return books;
  }

  /** True when study.yaml names a codebook, the study's or a source's: {@code parole run} then codes. */
  static boolean hasCodebook(Study study) {
    return !isBlank(study.config().codebook())
        || study.config().sources().stream().anyMatch(s -> !isBlank(s.codebook()));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
