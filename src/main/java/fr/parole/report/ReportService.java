package fr.parole.report;

import fr.parole.Progress;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookException;
import fr.parole.coding.CodebookLibrary;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import fr.parole.study.CorpusCounts;
import fr.parole.study.ReportQueries;
import fr.parole.study.SourceRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Writes {@code <out>/<study>/}: a self-contained {@code index.html} in French or English (corpus, themes,
 * by establishment, by level, e-Satis, questionnaires, method), each table as CSV and all of them
 * in one workbook, the charts as PNG and SVG. The sections only lay out what {@code fr.parole.stats}
 * computes; the same study gives the same tables byte for byte (everything sorted, no dates).
 */
public final class ReportService {
  /**
   * The steps of {@link #write}, in order: {@code progress.update("Rapport", percentAfter(n), 100)}
   * is called when step {@code n} (1-based) ends, so a caller can time each one.
   */
  public static final List<String> STEPS = List.of("codings", "corpus", "themes", "groups", "esatis",
      "questionnaires", "method", "files");

  /**
   * Each step's usual share of a report's time, in percent, as measured over a million comments
   * (docs/benchmarks.md, « Issue 15 (lead, seventh session) »): reading the codings is 60-69 % of
   * it. Counted as eight equal steps, the time left said after the first was five times too long
   * (« reste environ 54 s » for a report that ended 5 s later).
   */
  private static final int[] SHARES = {62, 8, 10, 3, 3, 1, 1, 12};

  /** Codings read between two progress updates while counting them. */
  private static final int READING_EVERY = 50_000;

  private final ChartImages images = new ChartImages();
  private final Supplier<FrenchModels> models;
  private final Progress progress;

  /** A report that takes the French models (for the quotes' pseudonymisation) from {@code models}. */
  public ReportService(Supplier<FrenchModels> models) {
    this(models, Progress.SILENT);
  }

  /** The same, telling {@code progress} when each of the {@link #STEPS} ends. */
  public ReportService(Supplier<FrenchModels> models, Progress progress) {
    this.models = models;
    this.progress = progress;
  }

  /** Writes the report and returns the path of its index.html. */
  public Path write(Study study, StudyStore store, Path outRoot) {
    return write(study, store, outRoot, ReportOptions.DEFAULT);
  }

  /**
   * Writes the report cut as {@code options} say and returns the path of its index.html; an
   * attribute or dimension the study does not have is refused before anything is written.
   */
  public Path write(Study study, StudyStore store, Path outRoot, ReportOptions options) {
    step(0); // the report's clock starts here, for the time left shown with the steps
    List<String> attributes = store.queries().attributeNames();
    options.checkAttributes(attributes);
    checkLabels(study, attributes);
    ReportQueries data = store.reportQueries();
    LemmaTables lemmas = LemmaTables.readAhead(store.lemmaCounts(), groupAttributes(options, attributes));
    try {
      return write(study, store, outRoot, options, data, lemmas);
    } finally {
      lemmas.finish();
    }
  }

  private Path write(Study study, StudyStore store, Path outRoot, ReportOptions options, ReportQueries data,
      LemmaTables lemmas) {
    CorpusCounts counts = store.queries().corpusCounts();
    List<ThemeCodings> themes = new ArrayList<>();
    List<SourceRecord> sources = store.queries().sources(counts);
    for (String codebook : data.codedCodebooks()) {
      String task = "Rapport, lecture des codages « " + codebook + " »";
      themes.add(CodingTally.count(data, counts, options.tallied(), codebook, codebook(study, codebook),
          assignedSources(study, sources, codebook), reading(task, counts.segmentIdLimit())));
      progress.update(task, counts.segmentIdLimit(), counts.segmentIdLimit());
    }
    options.checkDimensions(dimensions(study, themes));
    Supplier<Pseudonymiser> pseudonymiser = new Supplier<>() {
      private Pseudonymiser loaded;

      @Override
      public Pseudonymiser get() {
        if (loaded == null) {
          loaded = Pseudonymiser.french(models.get());
        }
        return loaded;
      }
    };
    ReportContext context = new ReportContext(study, store.queries(), counts, sources, data, lemmas, themes,
        pseudonymiser, new Pseudonymiser.Placeholders(fr.parole.study.Pseudonyms.numbering(study)), options);
    step(1);
    ReportText text = new ReportText(options.language(), study.config().labels());
    Charts charts = new Charts(text);
    ReportPage page = new ReportPage(images, text);
    CorpusSection corpus = new CorpusSection(charts);
    ThemeFindings findings = new ThemeFindings();
    new SummarySection(findings).write(page, context);
    corpus.write(page, context);
    step(2);
    new VerbatimsSection(charts, findings).write(page, context);
    new ThemesSection(charts, findings).write(page, context);
    step(3);
    corpus.writeGroups(page, context);
    new LexicalClassesSection(store.lexicalClasses().read(), store.lexicalClasses().typical(LexicalClassesSection.TYPICAL),
        store.generation()).write(page, context);
    step(4);
    new EsatisSection(charts).write(page, context);
    step(5);
    new QuestionnairesSection(charts).write(page, context);
    step(6);
    new MethodSection().write(page, context);
    new MemosSection(store.memoQueries().memos(null, null)).write(page, context);
    step(7);
    String html = HtmlLayout.page(study.name(), page);
    Path index = new ReportFiles(images).write(outRoot.resolve(folderName(study.name())), html, page);
    step(8);
    return index;
  }

  /**
   * The attributes with a section « Par … » of their own, whose word specificities the report
   * shows: those asked with {@code --par}, else establishment and the first level attribute
   * ({@link CorpusSection#writeGroups}); read ahead, so any the sections leave out costs a read only.
   */
  private static List<String> groupAttributes(ReportOptions options, List<String> attributes) {
    if (!options.attributes().isEmpty()) {
      return options.attributes().stream().filter(attributes::contains).distinct().toList();
    }
    List<String> grouped = new ArrayList<>();
    if (attributes.contains("establishment")) {
      grouped.add("establishment");
    }
    ReportOptions.LEVEL_ATTRIBUTES.stream().filter(attributes::contains).findFirst().ifPresent(grouped::add);
    return grouped;
  }

  /**
   * Refuses labels (study.yaml's {@code labels:}) for an attribute no segment carries: a typo
   * would leave the report showing the name it meant to replace. Not before anything is imported.
   */
  private static void checkLabels(Study study, List<String> attributes) {
    if (attributes.isEmpty()) {
      return;
    }
    for (String attribute : study.config().labels().keySet()) {
      if (!attributes.contains(attribute)) {
        throw new fr.parole.ParoleException(study.labelsOf(attribute) + " : labels, « " + attribute
            + " » n'est pas un attribut des segments de l'étude (attributs : " + String.join(", ", attributes) + ").");
      }
    }
  }

  /**
   * Progress through a codebook's codings, by the segment reached (a million segments' codings take
   * a quarter of a minute to read): what {@link CodingTally} is told of each coding read.
   */
  private java.util.function.LongConsumer reading(String task, long segmentIdLimit) {
    long[] rows = {0};
    progress.update(task, 0, segmentIdLimit);
    return segment -> {
      if (++rows[0] % READING_EVERY == 0) {
        progress.update(task, Math.min(segment, segmentIdLimit - 1), segmentIdLimit);
      }
    };
  }

  private void step(int done) {
    progress.update("Rapport", percentAfter(done), 100);
  }

  /** Where a report stands, in percent of its usual time, once its step {@code step} (1-based; 0 at the start) has ended. */
  public static int percentAfter(int step) {
    int percent = 0;
    for (int i = 0; i < step; i++) {
      percent += SHARES[i];
    }
    return percent;
  }

  /**
   * The codebook behind the codings: one study.yaml names (a file in the study or a shipped one)
   * whose id matches, else a shipped one of that id; none when it cannot be found, and the report
   * then shows code ids instead of labels.
   */
  public static Optional<Codebook> codebook(Study study, String id) {
    List<String> names = new ArrayList<>(codebookNames(study));
    names.add(id);
    CodebookLibrary library = new CodebookLibrary();
    return names.stream().distinct().map(name -> load(study, library, name)).flatMap(Optional::stream)
        .filter(book -> book.id().equals(id)).findFirst();
  }

  /**
   * The sources study.yaml gives the codebook {@code id} (by its {@code codebook:}, else the study's):
   * their segments were analysed with it, even those it gave no code.
   */
  public static Set<Long> assignedSources(Study study, List<SourceRecord> sources, String id) {
    CodebookLibrary library = new CodebookLibrary();
    Map<String, Boolean> isIt = new java.util.HashMap<>();
    java.util.function.Predicate<String> gives = name -> name != null && !name.isBlank() && isIt.computeIfAbsent(name,
        n -> load(study, library, n).map(book -> book.id().equals(id)).orElse(false));
    String fallback = study.config().codebook();
    // As Pipeline.codeBySource: without any source's own codebook, the study's codes every source.
    boolean everySource = study.config().sources().stream().allMatch(spec -> blank(spec.codebook()));
    Set<Long> assigned = new TreeSet<>();
    for (SourceRecord source : sources) {
      if (everySource ? gives.test(fallback) : study.config().sources().stream()
          .filter(spec -> spec.covers(source.path()))
          .anyMatch(spec -> gives.test(blank(spec.codebook()) ? fallback : spec.codebook()))) {
        assigned.add(source.id());
      }
    }
    return assigned;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /**
   * The dimensions of each codebook the study names or has codings of (by codebook id): what
   * {@code --dimension} may ask for.
   */
  private static Map<String, Set<String>> dimensions(Study study, List<ThemeCodings> themes) {
    Map<String, Set<String>> byCodebook = new TreeMap<>();
    for (ThemeCodings theme : themes) {
      Set<String> dims = byCodebook.computeIfAbsent(theme.codebookId(), k -> new TreeSet<>());
      theme.codebook().ifPresent(b -> b.dimensions().forEach(d -> dims.add(d.id())));
      dims.addAll(theme.dimensions());
    }
    CodebookLibrary library = new CodebookLibrary();
    for (String name : codebookNames(study)) {
      load(study, library, name).ifPresent(book -> book.dimensions()
          .forEach(d -> byCodebook.computeIfAbsent(book.id(), k -> new TreeSet<>()).add(d.id())));
    }
    return byCodebook;
  }

  /** The codebooks study.yaml names, for the study and for its sources, in that order. */
  private static List<String> codebookNames(Study study) {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    names.add(study.config().codebook());
    study.config().sources().forEach(s -> names.add(s.codebook()));
    return names.stream().filter(Objects::nonNull).filter(n -> !n.isBlank()).toList();
  }

  /** A codebook by name: a file in the study, else a shipped one; none when it cannot be read. */
  private static Optional<Codebook> load(Study study, CodebookLibrary library, String name) {
    try {
      return Optional.of(library.load(study.codebookLocation(name)));
    } catch (CodebookException | fr.parole.study.StudyException e) {
      // A codebook study.yaml names but that cannot be read: the report falls back on code ids.
      return Optional.empty();
    }
  }

  /** Report folders are named after the study, with only safe characters. */
  static String folderName(String studyName) {
    String safe = studyName.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    return safe.isEmpty() || safe.startsWith(".") ? "etude" : safe;
  }
}
