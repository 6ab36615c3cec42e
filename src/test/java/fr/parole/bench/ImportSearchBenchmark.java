package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.importer.ImportReport;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.index.SegmentSearcher;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.StoreSummary;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig;
import fr.parole.study.StudyStore;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

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
  static final double TARGET_RATIO = 3.0;
  static final double TARGET_MEDIAN_MS = 10.0;
  static final double TARGET_P95_MS = 50.0;

  private ImportSearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
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
      System.out.println(markdown(options, pool, round, heap.overallPeak()));
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

  // ---------------------------------------------------------------------------------------------
  // One round: generate, floor, Parole, search.

  /** One measure of the floor: Lucene then SQLite, on one text file. Times in nanoseconds. */
  record Floor(long lucene, long sqlite) {
    long total() {
      return lucene + sqlite;
    }

    static Floor mean(List<Floor> floors) {
      return new Floor((long) floors.stream().mapToLong(Floor::lucene).average().orElse(0),
          (long) floors.stream().mapToLong(Floor::sqlite).average().orElse(0));
    }
  }

  /** One import of the study by Parole. Times in nanoseconds. */
  record ParoleRun(long total, long importPart, long peakHeap, long peakLiveHeap) {}

  /**
   * What one round measured: the floor before the first import and after each (both text sets),
   * each import, and the searches on the last import's index.
   */
  record Round(
      Generated corpus, List<Floor> turnsFloors, List<Floor> allFloors, List<ParoleRun> runs, StoreSummary summary,
      Latencies search, Latencies rawSearch, int warmupQueries, double meanHits, double meanLines,
      String loadBefore, String loadAfter) {
    /** The floor around import {@code i}: the mean of the measures just before and just after it. */
    Floor floorAround(List<Floor> floors, int i) {
      return Floor.mean(floors.subList(i, i + 2));
    }

    double ratio(int i) {
      return (double) runs.get(i).total() / floorAround(turnsFloors, i).total();
    }

    double ratioAllText(int i) {
      return (double) runs.get(i).total() / floorAround(allFloors, i).total();
    }

    /** The figure of the target: the median over the imports of the ratio to the floor around each. */
    double ratio() {
      return median(java.util.stream.IntStream.range(0, runs.size()).mapToDouble(this::ratio).toArray());
    }

    double ratioAllText() {
      return median(java.util.stream.IntStream.range(0, runs.size()).mapToDouble(this::ratioAllText).toArray());
    }

    boolean passed() {
      return ratio() <= TARGET_RATIO && search.median() < TARGET_MEDIAN_MS && search.p95() < TARGET_P95_MS;
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static Round runRound(DemoPool pool, Path dir, int turns, Options options, long seed, int repeat,
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
    turnsFloors.add(floor(turnsFile, floorIndex, floorDb));
    allFloors.add(floor(allFile, floorIndex, floorDb));
    for (int i = 0; i < repeat; i++) {
      log("Parole : import et indexation " + (i + 1) + "/" + repeat + " …");
      Study study = Study.open(studyDir);
      deleteTree(study.workDir());
      runs.add(importWithParole(study, heap));
      summary = checkImported(study, corpus);
      log("Plancher …");
      allFloors.add(floor(allFile, floorIndex, floorDb));
      turnsFloors.add(floor(turnsFile, floorIndex, floorDb));
    }
    String loadAfter = loadAverage();

    log("Recherche …");
    List<String> words = queryWords(corpus.wordCounts(), new Random(seed));
    Random order = new Random(seed ^ 0x5EED);
    List<String> warmup = draw(words, options.warmupQueries, order);
    List<String> measured = draw(words, queries, order);
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
    Latencies raw = rawSearch(floorIndex, warmup, measured);
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

  /** Lucene then SQLite on the lines of {@code texts}, each into a fresh index and database. */
  private static Floor floor(Path texts, Path indexDir, Path dbFile) throws IOException {
    deleteTree(indexDir);
    Files.deleteIfExists(dbFile);
    long lucene = time(() -> rawLucene(texts, indexDir));
    long sqlite = time(() -> rawSqlite(texts, dbFile));
    return new Floor(lucene, sqlite);
  }

  private static SearchRequest request(String word) {
    return new SearchRequest(word, Map.of(), false, 50, 45);
  }

  // ---------------------------------------------------------------------------------------------
  // The floor.

  /** Raw Lucene: the lines of a text file into a fresh index, FrenchAnalyzer, one TextField each, one thread. */
  static void rawLucene(Path turnsFile, Path indexDir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        FrenchAnalyzer analyzer = new FrenchAnalyzer();
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
        BufferedReader in = Files.newBufferedReader(turnsFile, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Document doc = new Document();
        doc.add(new TextField("text", line, Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.commit();
    }
  }

  /** Raw SQLite: the lines of a text file into a fresh file, one table, one transaction, batches. */
  static void rawSqlite(Path turnsFile, Path dbFile) throws IOException, SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
        BufferedReader in = Files.newBufferedReader(turnsFile, StandardCharsets.UTF_8)) {
      try (Statement st = connection.createStatement()) {
        st.execute("CREATE TABLE turns (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO turns (id, text) VALUES (?, ?)")) {
        long id = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          insert.setLong(1, ++id);
          insert.setString(2, line);
          insert.addBatch();
          if (id % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      connection.commit();
    }
  }

  /** A TermQuery top-10 on the floor index, for reference; the word is analysed as the index was. */
  static Latencies rawSearch(Path indexDir, List<String> warmup, List<String> measured) throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory);
        FrenchAnalyzer analyzer = new FrenchAnalyzer()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String word : warmup) {
        String term = analyse(analyzer, word);
        if (term != null) {
          searcher.search(new TermQuery(new Term("text", term)), 10);
        }
      }
      List<Double> millis = new ArrayList<>();
      for (String word : measured) {
        String term = analyse(analyzer, word);
        if (term == null) {
          continue;
        }
        long t = System.nanoTime();
        searcher.search(new TermQuery(new Term("text", term)), 10);
        millis.add((System.nanoTime() - t) / 1e6);
      }
      return new Latencies(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  private static String analyse(FrenchAnalyzer analyzer, String word) throws IOException {
    try (TokenStream tokens = analyzer.tokenStream("text", word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      String first = tokens.incrementToken() ? term.toString() : null;
      tokens.end();
      return first;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Query words: frequent and rarer words of the generated participant turns.

  /**
   * Half frequent words (the 50 most frequent content words), half rarer ones (drawn from the less
   * frequent half of the vocabulary). Stop words and words under 4 letters are left out.
   */
  static List<String> queryWords(Map<String, Integer> counts, Random random) {
    Set<String> stop = new HashSet<>();
    FrenchAnalyzer.getDefaultStopSet().forEach(w -> stop.add(new String((char[]) w)));
    List<Map.Entry<String, Integer>> vocabulary = counts.entrySet().stream()
        .filter(e -> e.getKey().length() >= 4 && !stop.contains(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    if (vocabulary.size() < 20) {
      throw new IllegalStateException("Vocabulaire trop pauvre pour les requêtes : " + vocabulary.size() + " mots.");
    }
    int frequentCount = Math.min(50, vocabulary.size() / 4);
    List<String> frequent = vocabulary.subList(0, frequentCount).stream().map(Map.Entry::getKey).toList();
    List<String> rarer = new ArrayList<>(
        vocabulary.subList(vocabulary.size() / 2, vocabulary.size()).stream().map(Map.Entry::getKey).toList());
    Collections.shuffle(rarer, random);
    List<String> words = new ArrayList<>(frequent);
    words.addAll(rarer.subList(0, Math.min(frequentCount, rarer.size())));
    return words;
  }

  /** {@code n} words drawn from {@code words}, each pass over the list in a new random order. */
  static List<String> draw(List<String> words, int n, Random random) {
    List<String> drawn = new ArrayList<>();
    List<String> pass = new ArrayList<>(words);
    while (drawn.size() < n) {
      Collections.shuffle(pass, random);
      drawn.addAll(pass.subList(0, Math.min(pass.size(), n - drawn.size())));
    }
    return drawn;
  }

  // ---------------------------------------------------------------------------------------------
  // The demo corpus, read at run time, and the generator.

  /** The real participant turns and interviewer questions of corpora/demo, and its speaker codes. */
  record DemoPool(
      Path folder, List<String[]> turns, List<String> questions, List<String> speakers, List<String> sections,
      String studyYaml, byte[] casesCsv, String casesName) {

    /** A speaker turn at the start of a line: "Q : …", "[00:08:14] DQ 1 : …", "**P 1** : …". */
    private static final Pattern TURN = Pattern.compile(
        "^(?:\\[\\d{1,2}:\\d{2}(?::\\d{2})?\\]\\s*)?(?:\\*\\*(?<bold>[^*:]{1,30}?)\\*\\*|(?<plain>[\\p{L}\\p{N} .]{1,30}?))"
            + "\\s*:\\s*(?<text>.*)$");

    static DemoPool read(Path demo) throws IOException {
      StudyConfig config = Study.open(demo).config();
      Set<String> interviewers = new HashSet<>(List.of("q"));
      config.speakers().interviewers().forEach(label -> interviewers.add(plain(label)));
      List<String[]> turns = new ArrayList<>();
      List<String> questions = new ArrayList<>();
      List<Path> files;
      try (Stream<Path> list = Files.list(demo.resolve("entretiens"))) {
        files = list.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        String speaker = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          Matcher m = TURN.matcher(line);
          if (line.startsWith("#")) {
            add(speaker, text, interviewers, turns, questions);
            speaker = null;
          } else if (m.matches()) {
            add(speaker, text, interviewers, turns, questions);
            speaker = m.group("bold") != null ? m.group("bold") : m.group("plain");
            text.append(m.group("text"));
          } else if (speaker != null && !line.isBlank()) {
            text.append(' ').append(line.strip()); // a turn runs on until the next label or heading
          }
        }
        add(speaker, text, interviewers, turns, questions);
      }
      if (turns.isEmpty() || questions.isEmpty()) {
        throw new IllegalStateException(demo + " : aucun tour de parole lu dans entretiens/.");
      }
      String casesName = config.cases().get(0);
      byte[] cases = Files.readAllBytes(demo.resolve(casesName));
      List<String> speakers = new ArrayList<>();
      List<String> rows = new String(cases, StandardCharsets.UTF_8).lines().toList();
      for (String row : rows.subList(1, rows.size())) {
        if (!row.isBlank()) {
          speakers.add(row.split("[;,\t]", 2)[0].strip());
        }
      }
      List<String> sections = new ArrayList<>(config.sections().values().keySet());
      Collections.sort(sections);
      return new DemoPool(demo, List.copyOf(turns), List.copyOf(questions), List.copyOf(speakers),
          List.copyOf(sections), Files.readString(demo.resolve(Study.CONFIG_FILE)), cases, casesName);
    }

    private static void add(String speaker, StringBuilder text, Set<String> interviewers, List<String[]> turns,
        List<String> questions) {
      String clean = text.toString().strip().replaceAll("\\s+", " ");
      text.setLength(0);
      if (speaker == null || clean.isEmpty()) {
        return;
      }
      if (interviewers.contains(plain(speaker))) {
        questions.add(clean);
      } else {
        turns.add(clean.split(" "));
      }
    }

    private static String plain(String label) {
      return Normalizer.normalize(label.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
          .toLowerCase(Locale.ROOT);
    }
  }

  /** What was generated. */
  record Generated(
      int files, int participantTurns, int questions, long participantWords, long bytes,
      Map<String, Integer> wordCounts) {}

  /**
   * Writes a study like corpora/demo: its study.yaml (same speakers, sections and cases file) and
   * transcripts of one participant each, in the demo's three label styles, under the demo's section
   * headings. Each participant turn is about 30 words cut from consecutive demo turns; each
   * question is a demo question. Files are written one at a time; for the floor, the participant
   * turns are also written one per line to {@code turnsFile}, and every segment's text (preamble,
   * questions, participant turns) to {@code allFile}.
   */
  static final class CorpusGenerator {
    private static final int MIN_WORDS = 24;
    private static final int MAX_WORDS = 36;
    private static final String PREAMBLE =
        "Entretien généré pour le banc d'essai, réponses et questions recombinées depuis corpora/demo.";

    private final DemoPool pool;
    private final Random random;
    private final Map<String, Integer> wordCounts = new HashMap<>();

    CorpusGenerator(DemoPool pool, Random random) {
      this.pool = pool;
      this.random = random;
    }

    Generated write(Path studyDir, Path turnsFile, Path allFile, int turns, int turnsPerFile) throws IOException {
      Path transcripts = studyDir.resolve("entretiens");
      Files.createDirectories(transcripts);
      Files.writeString(studyDir.resolve(Study.CONFIG_FILE),
          pool.studyYaml().replaceFirst("(?m)^name:.*$", "name: bench"), StandardCharsets.UTF_8);
      Files.write(studyDir.resolve(pool.casesName()), pool.casesCsv());
      int files = 0;
      int questions = 0;
      long words = 0;
      long bytes = 0;
      try (BufferedWriter floor = Files.newBufferedWriter(turnsFile, StandardCharsets.UTF_8);
          BufferedWriter all = Files.newBufferedWriter(allFile, StandardCharsets.UTF_8)) {
        for (int written = 0; written < turns; files++) {
          int here = Math.min(turnsPerFile, turns - written);
          Style style = Style.values()[random.nextInt(Style.values().length)];
          String speaker = pool.speakers().get(random.nextInt(pool.speakers().size()));
          Path file = transcripts.resolve(String.format(Locale.ROOT, "E%05d.%s", files + 1, style.extension));
          try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Entretien " + speaker + " (" + (files + 1) + ")\n\n");
            out.write(PREAMBLE + "\n\n");
            all.write(PREAMBLE + "\n");
            int section = -1;
            for (int i = 0; i < here; i++) {
              int s = i * pool.sections().size() / here;
              if (s != section) {
                section = s;
                out.write("## " + pool.sections().get(s) + "\n\n");
              }
              String question = pool.questions().get(random.nextInt(pool.questions().size()));
              out.write(style.label(style.interviewer, i, 0) + question + "\n\n");
              all.write(question + "\n");
              String turn = participantTurn();
              out.write(style.label(speaker, i, 1) + turn + "\n\n");
              floor.write(turn + "\n");
              all.write(turn + "\n");
              words += turn.split(" ").length;
              questions++;
            }
          }
          bytes += Files.size(file);
          written += here;
        }
      }
      return new Generated(files, turns, questions, words, bytes, wordCounts);
    }

    /** About 30 words: from a random word of a demo turn on, through the following turns. */
    private String participantTurn() {
      int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
      int source = random.nextInt(pool.turns().size());
      String[] words = pool.turns().get(source);
      int next = random.nextInt(words.length);
      StringBuilder turn = new StringBuilder();
      for (int n = 0; n < target; n++) {
        if (next == words.length) {
          source = random.nextInt(pool.turns().size());
          words = pool.turns().get(source);
          next = 0;
        }
        if (n > 0) {
          turn.append(' ');
        }
        String word = words[next++];
        turn.append(word);
        count(word);
      }
      return turn.toString();
    }

    private void count(String word) {
      for (String token : word.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (!token.isEmpty()) {
          wordCounts.merge(token, 1, Integer::sum);
        }
      }
    }

    /** The label styles of the demo transcripts. */
    enum Style {
      PLAIN("md", "Q"),
      TIMESTAMP("txt", "Enquêtrice"),
      BOLD("md", "Enquêteur");

      final String extension;
      final String interviewer;

      Style(String extension, String interviewer) {
        this.extension = extension;
        this.interviewer = interviewer;
      }

      String label(String speaker, int turn, int half) {
        return switch (this) {
          case PLAIN -> speaker + " : ";
          case TIMESTAMP -> {
            int seconds = turn * 90 + half * 30;
            yield String.format(Locale.ROOT, "[%02d:%02d:%02d] %s : ", seconds / 3600, seconds / 60 % 60,
                seconds % 60, speaker);
          }
          case BOLD -> "**" + speaker + "** : ";
        };
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Measuring.

  /** Latencies in milliseconds. */
  record Latencies(double[] millis) {
    Latencies {
      millis = millis.clone();
      Arrays.sort(millis);
    }

    double median() {
      return percentile(50);
    }

    double p95() {
      return percentile(95);
    }

    double max() {
      return millis.length == 0 ? Double.NaN : millis[millis.length - 1];
    }

    int count() {
      return millis.length;
    }

    /** Nearest-rank percentile. */
    double percentile(double p) {
      if (millis.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100 * millis.length);
      return millis[Math.max(0, Math.min(millis.length, rank) - 1)];
    }
  }

  /** Records when the import's file loop ends: what follows is the store's commit and the indexing. */
  static final class PhaseClock implements Progress {
    long lastImportUpdate;

    @Override
    public void update(String task, long done, long total) {
      if (task.equals("Import")) {
        lastImportUpdate = System.nanoTime();
      }
    }

    @Override
    public void info(String message) { }

    @Override
    public void warn(String message) {
      log("avertissement : " + message);
    }
  }

  /**
   * Samples the heap every 5 ms: used heap (live objects and garbage not yet collected), and the
   * heap left after the last collection (an upper bound of what was live then).
   */
  static final class HeapSampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final AtomicLong overall = new AtomicLong();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
        .toList();

    HeapSampler() {
      super("heap-sampler");
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long live = 0;
        for (MemoryPoolMXBean pool : heapPools) {
          live += pool.getCollectionUsage() == null ? 0 : pool.getCollectionUsage().getUsed();
        }
        peak.accumulateAndGet(used, Math::max);
        peakLive.accumulateAndGet(live, Math::max);
        overall.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    void reset() {
      peak.set(0);
      peakLive.set(0);
    }

    long peak() {
      return peak.get();
    }

    long peakLive() {
      return peakLive.get();
    }

    long overallPeak() {
      return overall.get();
    }
  }

  interface Timed {
    void run() throws Exception;
  }

  static long time(Timed work) {
    long start = System.nanoTime();
    try {
      work.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return System.nanoTime() - start;
  }

  // ---------------------------------------------------------------------------------------------
  // Report.

  static String markdown(Options options, DemoPool pool, Round r, long overallPeakHeap) {
    Runtime runtime = Runtime.getRuntime();
    Generated c = r.corpus();
    StringBuilder md = new StringBuilder();
    md.append("### Run of ").append(LocalDate.now()).append("\n\n");
    md.append("Command: `bash bench/run.sh").append(options.asArguments()).append("`\n\n");
    md.append("Machine: ").append(runtime.availableProcessors()).append(" cores (nproc)")
        .append(cpuModel().map(m -> ", " + m).orElse("")).append(", ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(", ")
        .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
        .append(", max heap ").append(mib(runtime.maxMemory())).append(" (Runtime.maxMemory(); JVM options: ")
        .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
        .append("). Load average (1, 5, 15 min) before the floor: ").append(r.loadBefore())
        .append("; after: ").append(r.loadAfter()).append(".\n\n");
    md.append("Corpus: ").append(fmt(c.files())).append(" transcripts, ").append(fmt(c.participantTurns()))
        .append(" participant turns (").append(String.format(Locale.ROOT, "%.1f", (double) c.participantWords()
            / c.participantTurns())).append(" words each on average), each after an interviewer question, ")
        .append(mib(c.bytes())).append(" on disk; recombined (seed ").append(options.seed).append(") from the ")
        .append(pool.turns().size()).append(" participant turns and ").append(pool.questions().size())
        .append(" questions of corpora/demo. Parole stored ").append(fmt(r.summary().segments()))
        .append(" participant segments (").append(fmt(r.summary().words())).append(" words), ")
        .append(fmt(r.summary().interviewerTurns())).append(" interviewer turns and ")
        .append(fmt(r.summary().otherSegments())).append(" preambles.\n\n");

    md.append("Floor: raw Lucene (FrenchAnalyzer, one TextField per text, default IndexWriterConfig, one thread, ")
        .append("commit) plus raw SQLite (one table (id, text), one transaction, batched prepared inserts), each ")
        .append("into a fresh directory and file, on the participant turns (the target's floor) and on all the ")
        .append("segment texts Parole stores (turns, questions, preambles; for information). Measured before the ")
        .append("first import and after each; each import is compared with the mean of the floors just before and ")
        .append("after it, and the ratio reported is the median over the ").append(r.runs().size())
        .append(" imports. Each import starts from an empty `.parole/`.\n\n");
    md.append("| Floor (mean of ").append(r.turnsFloors().size()).append(" measures) | Lucene | SQLite | Floor |\n")
        .append("|---|---:|---:|---:|\n");
    Floor turns = Floor.mean(r.turnsFloors());
    Floor all = Floor.mean(r.allFloors());
    md.append("| participant turns | ").append(secs(turns.lucene())).append(" | ").append(secs(turns.sqlite()))
        .append(" | **").append(secs(turns.total())).append("** |\n");
    md.append("| all segment texts | ").append(secs(all.lucene())).append(" | ").append(secs(all.sqlite()))
        .append(" | ").append(secs(all.total())).append(" |\n\n");
    md.append("| Import | Parole import + index | of which files read, split, stored | of which store commit ")
        .append("+ indexing | Floor around it | Ratio | Ratio, all texts |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < r.runs().size(); i++) {
      ParoleRun run = r.runs().get(i);
      md.append("| ").append(i + 1).append(" | ").append(secs(run.total())).append(" | ")
          .append(secs(run.importPart())).append(" | ").append(secs(run.total() - run.importPart())).append(" | ")
          .append(secs(r.floorAround(r.turnsFloors(), i).total())).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ×", r.ratio(i))).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ×", r.ratioAllText(i))).append(" |\n");
    }
    md.append("| **Median** | | | | | **").append(String.format(Locale.ROOT, "%.2f ×", r.ratio())).append("** | ")
        .append(String.format(Locale.ROOT, "%.2f ×", r.ratioAllText())).append(" |\n\n");

    md.append("Search: ").append(r.search().count()).append(" single-word queries after ").append(r.warmupQueries())
        .append(" warm-up queries, half among the 50 most frequent content words, half among the rarer ones; ")
        .append("`SegmentSearcher.search` with 50 KWIC lines of 45 characters of context (the CLI default), ")
        .append("participants only, facet counts included. Mean hits per query: ")
        .append(fmt(Math.round(r.meanHits()))).append(" segments; mean KWIC lines: ")
        .append(String.format(Locale.ROOT, "%.1f", r.meanLines())).append(".\n\n");
    md.append("| Search | Median | p95 | Max |\n|---|---:|---:|---:|\n");
    md.append("| Parole search + KWIC | ").append(ms(r.search().median())).append(" | ").append(ms(r.search().p95()))
        .append(" | ").append(ms(r.search().max())).append(" |\n");
    md.append("| Raw Lucene TermQuery top-10 on the floor index (reference) | ").append(ms(r.rawSearch().median()))
        .append(" | ").append(ms(r.rawSearch().p95())).append(" | ").append(ms(r.rawSearch().max()))
        .append(" |\n\n");

    md.append("Heap during Parole's imports: peak used ")
        .append(mib(r.runs().stream().mapToLong(ParoleRun::peakHeap).max().orElse(0)))
        .append(", peak left after a collection ")
        .append(mib(r.runs().stream().mapToLong(ParoleRun::peakLiveHeap).max().orElse(0)))
        .append("; peak used over the whole benchmark ").append(mib(overallPeakHeap)).append(" of ")
        .append(mib(runtime.maxMemory())).append(" (sampled every 5 ms).\n\n");

    md.append("| Target | Measured | Result |\n|---|---:|---|\n");
    md.append("| Import + index ≤ 3 × floor (participant turns), median ratio | ")
        .append(String.format(Locale.ROOT, "%.2f ×", r.ratio())).append(" | ").append(pass(r.ratio() <= TARGET_RATIO))
        .append(" |\n");
    md.append("| Search median < 10 ms | ").append(ms(r.search().median())).append(" | ")
        .append(pass(r.search().median() < TARGET_MEDIAN_MS)).append(" |\n");
    md.append("| Search p95 < 50 ms | ").append(ms(r.search().p95())).append(" | ")
        .append(pass(r.search().p95() < TARGET_P95_MS)).append(" |\n");
    return md.toString();
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

  private static String pass(boolean ok) {
    return ok ? "pass" : "**FAIL**";
  }

  private static java.util.Optional<String> cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip());
    } catch (IOException | UncheckedIOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String secs(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%.2f ms", millis);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024));
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static void log(String message) {
    System.err.println("[bench] " + message);
  }

  // ---------------------------------------------------------------------------------------------
  // Options and files.

  static final class Options {
    static final String USAGE = "Options : --turns N (100000) --turns-per-file N (100) --seed N (42) "
        + "--repeat N (3 imports) --queries N (200) --warmup-queries N (50) --warmup-turns N (10000, 0 = sans) "
        + "--work-dir DOSSIER "
        + "(dossier temporaire du système) --keep (garde les fichiers générés)";

    int turns = 100_000;
    int turnsPerFile = 100;
    long seed = 42;
    int queries = 200;
    int warmupQueries = 50;
    int warmupTurns = 10_000;
    int repeat = 3;
    Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
    boolean keep;
    private final List<String> given = new ArrayList<>();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--keep")) {
          o.keep = true;
          o.given.add(arg);
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Option inconnue ou sans valeur : " + arg);
        }
        String value = args[++i];
        o.given.add(arg + " " + value);
        switch (arg) {
          case "--turns" -> o.turns = positive(arg, value);
          case "--turns-per-file" -> o.turnsPerFile = positive(arg, value);
          case "--seed" -> o.seed = Long.parseLong(value);
          case "--queries" -> o.queries = positive(arg, value);
          case "--warmup-queries" -> o.warmupQueries = Math.max(0, integer(arg, value));
          case "--warmup-turns" -> o.warmupTurns = Math.max(0, integer(arg, value));
          case "--repeat" -> o.repeat = positive(arg, value);
          case "--work-dir" -> o.workDir = Path.of(value);
          default -> throw new IllegalArgumentException("Option inconnue : " + arg);
        }
      }
      return o;
    }

    String asArguments() {
      return given.isEmpty() ? "" : " " + String.join(" ", given);
    }

    private static int positive(String name, String value) {
      int n = integer(name, value);
      if (n <= 0) {
        throw new IllegalArgumentException(name + " : attendu un entier positif, reçu " + value);
      }
      return n;
    }

    private static int integer(String name, String value) {
      try {
        return Integer.parseInt(value.replace("_", "").replace(",", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " : attendu un entier, reçu " + value);
      }
    }
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
