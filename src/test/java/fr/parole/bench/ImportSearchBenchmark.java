package fr.parole.bench;

import fr.parole.importer.ImportReport;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.index.SegmentSearcher;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.StoreSummary;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.TextField;

/**
 * The import and search benchmark of the issue "interview corpora", as a plain program (no JUnit):
 *
 * <ol>
 *   <li>generates a study of {@code --turns} participant turns (default 100,000: 1,000 transcripts of
 *       100 turns, each after an interviewer question) by recombining, with a seeded {@link Random},
 *       the real turns and questions of {@code corpora/demo} (read from the repository at run time);
 *   <li>measures the floor on the same participant-turn texts: raw Lucene ({@link FrenchAnalyzer},
 *       one {@link TextField} per text, one thread) plus a raw SQLite insert (one table, one
 *       transaction, batched prepared statement); and, for information, the same floor on every
 *       segment text Parole stores (participant turns, interviewer questions, preambles);
 *   <li>measures Parole's import and indexing of the generated study ({@link Pipeline#importStudy})
 *       {@code --repeat} times from an empty {@code .parole/}, with the floor measured before the
 *       first import and after each; each import is compared with the floors just around it and the
 *       ratio reported is the median;
 *   <li>measures single-word searches with concordance ({@link SegmentSearcher}, 50 KWIC lines as the
 *       CLI shows by default), after a warm-up, and a raw Lucene TermQuery on the floor index;
 *   <li>prints the figures, the floor, the ratio and the targets as Markdown.
 * </ol>
 *
 * <p>A smaller warm-up round (same steps, {@code --warmup-turns}) runs first and is not reported, so
 * that floor and Parole are both measured with compiled code. Run from the repository root:
 * {@code bash bench/run.sh [--turns 100000]}.
 */
public final class ImportSearchBenchmark {
  private ImportSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(BenchOptions.USAGE);
      System.exit(2);
      return;
    }
    Path demo = Path.of("corpora", "demo").toAbsolutePath();
    if (!Files.isRegularFile(demo.resolve(Study.CONFIG_FILE))) {
      System.err.println("corpora/demo/study.yaml introuvable : lancez le banc d'essai depuis la racine du dépôt.");
      System.exit(2);
    }
    DemoPool pool = DemoPool.read(demo);
    Path root = Files.createTempDirectory(options.workDir, "parole-bench-");
    HeapSampler heap = new HeapSampler();
    heap.start();
    try {
      if (options.warmupTurns > 0) {
        log("Tour d'échauffement : " + options.warmupTurns + " tours (non mesuré).");
        runRound(pool, root.resolve("warmup"), options.warmupTurns, options, options.seed + 1, 1,
            Math.min(options.queries, 50), heap);
      }
      log("Tour mesuré : " + options.turns + " tours, " + options.repeat + " imports.");
      Round round = runRound(pool, root.resolve("run"), options.turns, options, options.seed, options.repeat,
          options.queries, heap);
      System.out.println(BenchReport.markdown(options, pool, round, heap.overallPeak()));
      if (!round.passed()) {
        log("Au moins un objectif n'est pas atteint (voir le tableau).");
      }
    } finally {
      heap.interrupt();
      if (options.keep) {
        log("Dossier conservé : " + root);
      } else {
        deleteTree(root);
      }
    }
  }

  /** One round: generate, floor, Parole, search. */
  private static Round runRound(DemoPool pool, Path dir, int turns, BenchOptions options, long seed, int repeat,
      int queries, HeapSampler heap) throws IOException {
    Path studyDir = dir.resolve("study");
    Path turnsFile = dir.resolve("participant-turns.txt");
    Path allFile = dir.resolve("all-segments.txt");
    log("Génération de l'étude dans " + studyDir + " …");
    Generated corpus = new CorpusGenerator(pool, new Random(seed)).write(studyDir, turnsFile, allFile, turns,
        options.turnsPerFile);
    String loadBefore = loadAverage();
    Path floorIndex = dir.resolve("floor-index");
    Path floorDb = dir.resolve("floor.db");

    List<Floor> turnsFloors = new ArrayList<>();
    List<Floor> allFloors = new ArrayList<>();
    List<ParoleRun> runs = new ArrayList<>();
    StoreSummary summary = null;
    log("Plancher …");
    turnsFloors.add(Floors.measure(turnsFile, floorIndex, floorDb));
    allFloors.add(Floors.measure(allFile, floorIndex, floorDb));
    for (int i = 0; i < repeat; i++) {
      log("Parole : import et indexation " + (i + 1) + "/" + repeat + " …");
      Study study = Study.open(studyDir);
      deleteTree(study.workDir());
      runs.add(importWithParole(study, heap));
      summary = checkImported(study, corpus);
      log("Plancher …");
      allFloors.add(Floors.measure(allFile, floorIndex, floorDb));
      turnsFloors.add(Floors.measure(turnsFile, floorIndex, floorDb));
    }
    String loadAfter = loadAverage();

    log("Recherche …");
    List<String> words = QueryWords.choose(corpus.wordCounts(), new Random(seed));
    Random order = new Random(seed ^ 0x5EED);
    List<String> warmup = QueryWords.draw(words, options.warmupQueries, order);
    List<String> measured = QueryWords.draw(words, queries, order);
    Latencies search;
    double[] hitsAndLines = new double[2];
    try (SegmentSearcher searcher = new SegmentSearcher(Study.open(studyDir).indexDir(), List.of())) {
      for (String word : warmup) {
        searcher.search(request(word));
      }
      double[] millis = new double[measured.size()];
      for (int i = 0; i < measured.size(); i++) {
        long t = System.nanoTime();
        SearchResult result = searcher.search(request(measured.get(i)));
        millis[i] = (System.nanoTime() - t) / 1e6;
        hitsAndLines[0] += result.segments();
        hitsAndLines[1] += result.lines().size();
      }
      search = new Latencies(millis);
    }
    Latencies raw = Floors.rawSearch(floorIndex, warmup, measured);
    return new Round(corpus, turnsFloors, allFloors, runs, summary, search, raw, warmup.size(),
        hitsAndLines[0] / measured.size(), hitsAndLines[1] / measured.size(), loadBefore, loadAfter);
  }

  /** Imports the study into a fresh store and index, as {@code parole import} does. */
  private static ParoleRun importWithParole(Study study, HeapSampler heap) {
    PhaseClock clock = new PhaseClock();
    System.gc();
    heap.reset();
    long start = System.nanoTime();
    ImportReport report = new Pipeline(clock).importStudy(study);
    long total = System.nanoTime() - start;
    if (report.hasFailures()) {
      throw new IllegalStateException("Import en échec : " + report.failed());
    }
    return new ParoleRun(total, clock.lastImportUpdate - start, heap.peak(), heap.peakLive());
  }

  /** Fails loudly unless the store holds exactly what was generated. */
  private static StoreSummary checkImported(Study study, Generated corpus) {
    StoreSummary summary;
    try (StudyStore store = study.openStore()) {
      summary = store.queries().summary();
    }
    if (summary.segments() != corpus.participantTurns() || summary.interviewerTurns() != corpus.questions()
        || summary.sources() != corpus.files() || summary.otherSegments() != corpus.files()) {
      throw new IllegalStateException("Parole n'a pas importé ce qui a été généré : attendu " + corpus.files()
          + " sources, " + corpus.participantTurns() + " tours de participants, " + corpus.questions()
          + " questions et " + corpus.files() + " préambules ; trouvé " + summary);
    }
    return summary;
  }

  private static SearchRequest request(String word) {
    return new SearchRequest(word, Map.of(), false, 50, 45);
  }

  /** The 1, 5 and 15 minute load averages, to show how busy the machine was. */
  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static void log(String message) {
    System.err.println("[bench] " + message);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
