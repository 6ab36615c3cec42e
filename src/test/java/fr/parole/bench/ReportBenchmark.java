package fr.parole.bench;

import fr.parole.importer.ImportReport;
import fr.parole.pipeline.CodingRun;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.StoreSummary;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The report benchmark of issue 5: a report over a large verbatim study with {@code -Xmx2g}.
 *
 * <p>Setup, done once per study folder (it is the expensive part): generates {@code --comments}
 * verbatims (1,000,000) over {@code --establishments} made-up establishments (100) by recombining
 * the demo's comments ({@link VerbatimGenerator}), adds the real e-Satis 2019 results of
 * {@code corpora/esatis}, imports them and codes the verbatims with the shipped {@code esatis}
 * codebook through {@link Pipeline} as {@code parole run} does. The setup's figures are saved in
 * the folder ({@value #SETUP_FILE}) so that {@code --study DIR} reuses a built study.
 *
 * <p>Then it times the report alone ({@link ReportReplay}) in a separate JVM with
 * {@code --report-heap} (2g): wall time, heap peak and the time of each report step.
 *
 * <p>Run from the repository root: {@code bash bench/report.sh [options]}; options:
 * {@code --comments N}, {@code --establishments N}, {@code --per-file N} (rows per CSV, 10000),
 * {@code --seed N} (42), {@code --study DIR} (build the study there and keep it, or reuse it when
 * it is built), {@code --work-dir DIR} (where a temporary study goes), {@code --keep},
 * {@code --report-heap SIZE} (2g), {@code --reports N} (report runs, 1).
 */
public final class ReportBenchmark {
  static final String SETUP_FILE = "bench-setup.properties";
  private static final String USAGE = "Options : --comments N (1000000) --establishments N (100) --per-file N (10000) "
      + "--seed N (42) --study DOSSIER (construit l'étude là et la garde, ou la réutilise si elle est construite) "
      + "--work-dir DOSSIER --keep --report-heap TAILLE (2g) --reports N (1)";

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int comments = 1_000_000;
    int establishments = 100;
    int perFile = 10_000;
    long seed = 42;
    Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
    Path studyDir = null;
    boolean keep = false;
    String reportHeap = "2g";
    int reports = 1;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!arg.equals("--keep") && i + 1 >= args.length) {
        usage("valeur manquante après " + arg);
      }
      switch (arg) {
        case "--comments" -> comments = positive(args[++i]);
        case "--establishments" -> establishments = positive(args[++i]);
        case "--per-file" -> perFile = positive(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--work-dir" -> workDir = Path.of(args[++i]);
        case "--study" -> studyDir = Path.of(args[++i]).toAbsolutePath();
        case "--keep" -> keep = true;
        case "--report-heap" -> reportHeap = args[++i];
        case "--reports" -> reports = positive(args[++i]);
        default -> usage("option inconnue : " + arg);
      }
    }
    boolean temporary = studyDir == null;
    Path dir = temporary ? Files.createTempDirectory(workDir, "parole-bench-report-") : studyDir;
    try {
      Properties setup = Files.isRegularFile(dir.resolve(SETUP_FILE)) ? load(dir)
          : setUp(dir, comments, establishments, perFile, seed);
      if (Long.parseLong(setup.getProperty("comments")) != comments
          || Long.parseLong(setup.getProperty("establishments")) != establishments) {
        VerbatimBenchmark.log("attention : l'étude réutilisée a " + setup.getProperty("comments") + " verbatims et "
            + setup.getProperty("establishments") + " établissements ; --comments et --establishments sont ignorés");
      }
      System.out.printf("Command: `bash bench/report.sh%s` (setup heap -Xmx%s, report heap -Xmx%s)%n%n",
          args.length == 0 ? "" : " " + String.join(" ", args), Runtime.getRuntime().maxMemory() >> 20 >= 1024
          ? (Runtime.getRuntime().maxMemory() >> 30) + "g" : (Runtime.getRuntime().maxMemory() >> 20) + "m", reportHeap);
      printSetup(dir, setup);
      List<String> rows = new ArrayList<>();
      for (int run = 1; run <= reports; run++) {
        VerbatimBenchmark.log("rapport " + run + "/" + reports + " dans une JVM -Xmx" + reportHeap + "…");
        rows.add(replay(dir, reportHeap));
      }
      printReports(reportHeap, rows, Long.parseLong(setup.getProperty("segments")));
    } finally {
      if (temporary && !keep) {
        VerbatimBenchmark.delete(dir);
      } else {
        VerbatimBenchmark.log("étude gardée : " + dir + " (réutilisable avec --study " + dir + ")");
      }
    }
  }

  private static Properties setUp(Path dir, int comments, int establishments, int perFile, long seed)
      throws IOException {
    if (Files.exists(dir.resolve(".parole"))) {
      throw new IllegalStateException(dir + " contient déjà une étude sans " + SETUP_FILE
          + " (construction interrompue ?) : videz ce dossier ou choisissez-en un autre.");
    }
    Files.createDirectories(dir);
    VerbatimBenchmark.log("génération de " + comments + " verbatims sur " + establishments + " établissements dans "
        + dir);
    VerbatimGenerator generator = new VerbatimGenerator(Path.of("corpora", "demo", "verbatims",
        "esatis-verbatims-demo.csv"), VerbatimGenerator.madeUpFiness(establishments));
    int files = generator.write(dir.resolve("verbatims"), comments, perFile, seed);
    NationalBenchmark.writeStudy(dir, "bench-report");
    HeapSampler heap = new HeapSampler();
    heap.start();
    Pipeline pipeline = new Pipeline(new PhaseClock());
    Study study = Study.open(dir);
    VerbatimBenchmark.log("import (SQLite + index Lucene)…");
    long t0 = System.nanoTime();
    ImportReport imported = pipeline.importStudy(study);
    long t1 = System.nanoTime();
    if (imported.hasFailures()) {
      throw new IllegalStateException("import en erreur : " + imported.failed());
    }
    VerbatimBenchmark.log(String.format(Locale.ROOT, "import : %.1f s ; codage (étiquetage, règles, modèle, lemmes)…",
        (t1 - t0) / 1e9));
    List<CodingRun> runs = pipeline.codeBySource(study);
    long t2 = System.nanoTime();
    heap.interrupt();
    Properties p = new Properties();
    try (StudyStore store = study.openStore()) {
      StoreSummary summary = store.queries().summary();
      if (summary.segments() != comments) {
        throw new IllegalStateException("attendu " + comments + " segments, trouvé " + summary.segments());
      }
      p.setProperty("segments", String.valueOf(summary.segments()));
      p.setProperty("codings", String.valueOf(store.codingQueries().codeCounts().stream().mapToLong(c -> c.codings()).sum()));
      p.setProperty("schema", String.valueOf(store.schemaVersion()));
    }
    p.setProperty("attributeSets", String.valueOf(count(study, "attribute_sets")));
    p.setProperty("lemmaRows", String.valueOf(count(study, "lemma_values")));
    p.setProperty("comments", String.valueOf(comments));
    p.setProperty("establishments", String.valueOf(establishments));
    p.setProperty("files", String.valueOf(files));
    p.setProperty("seed", String.valueOf(seed));
    p.setProperty("importSeconds", seconds(t1 - t0));
    p.setProperty("codingSeconds", seconds(t2 - t1));
    p.setProperty("codedSegments", String.valueOf(runs.stream().mapToInt(r -> r.result().segments()).sum()));
    p.setProperty("setupHeapMax", String.valueOf(Runtime.getRuntime().maxMemory() >> 20));
    p.setProperty("setupHeapPeak", String.valueOf(heap.overallPeak() >> 20));
    p.setProperty("builtAt", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
    p.setProperty("builtLoad", loadAverage());
    p.setProperty("storeMiB", String.valueOf(Files.size(study.workDir().resolve("study.db")) >> 20));
    try (OutputStream out = Files.newOutputStream(dir.resolve(SETUP_FILE))) {
      p.store(out, "ReportBenchmark setup");
    }
    return p;
  }

  private static long count(Study study, String table) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study.workDir().resolve("study.db"));
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@link ReportReplay} in a JVM of its own with the given heap; returns its Markdown row. */
  private static String replay(Path dir, String heap) throws IOException, InterruptedException {
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(javaCommand, "-Xmx" + heap, "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), ReportReplay.class.getName(), dir.toString());
    String out = output(command, "le rapport");
    return out.strip();
  }

  /** Runs {@code command} and returns what it printed; {@code what} names it in the failure. */
  static String output(List<String> command, String what) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int code = process.waitFor();
    if (code != 0) {
      throw new IllegalStateException(what + " a échoué (code " + code + ") : " + out);
    }
    return out;
  }

  private static void printSetup(Path dir, Properties p) {
    System.out.printf(Locale.ROOT, "### Study (%s)%n%n", dir);
    System.out.printf(Locale.ROOT, "Machine: %d cores (`nproc`), %s, Java %s; load average (1, 5, 15 min) now: %s.%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), System.getProperty("java.version"),
        loadAverage());
    System.out.println("| comments | establishments | CSV files | segments | codings | attribute sets | lemma_values rows "
        + "| store (MiB) | import + index (s) | tag + code (s) | setup heap max / peak (MiB) | built | load when built |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| %,d | %s | %s | %,d | %,d | %,d | %,d | %s | %s | %s | %s / %s | %s | %s |%n%n",
        Long.parseLong(p.getProperty("comments")), p.getProperty("establishments"), p.getProperty("files"),
        Long.parseLong(p.getProperty("segments")), Long.parseLong(p.getProperty("codings")),
        Long.parseLong(p.getProperty("attributeSets")), Long.parseLong(p.getProperty("lemmaRows")),
        p.getProperty("storeMiB"), p.getProperty("importSeconds"), p.getProperty("codingSeconds"),
        p.getProperty("setupHeapMax"), p.getProperty("setupHeapPeak"), p.getProperty("builtAt"),
        p.getProperty("builtLoad"));
  }

  private static void printReports(String heap, List<String> rows, long segments) {
    System.out.printf(Locale.ROOT, "### Report alone (`ReportService.write`, JVM -Xmx%s)%n%n", heap);
    System.out.println(ReportReplay.HEADER);
    System.out.println(ReportReplay.SEPARATOR);
    rows.forEach(System.out::println);
    System.out.println();
    System.out.println("Steps (s): codings = reading the corpus counts and what each codebook counts; corpus = « Corpus »; themes = "
        + "« Thèmes » (frequencies, crosstabs, co-occurrences, quotes with the pseudonymiser's models); groups = "
        + "« Par établissement » / « Par niveau » (lemma specificities, codes by group); files = HTML, CSV, XLSX, "
        + "PNG and SVG written. Heap: highest used heap sampled every 5 ms (garbage included), and the highest "
        + "heap left after a collection (what was live).");
    boolean met = rows.stream().allMatch(r -> ReportReplay.seconds(r) < 60);
    System.out.printf(Locale.ROOT, "%nTarget (issue 5): the report over 1,000,000 segments in under 60 s with -Xmx2g"
        + " → %s for this study of %,d segments%s.%n", met ? "met" : "MISSED", segments,
        segments < 1_000_000 ? " (not the issue's size: run without --comments for it)" : "");
    double load = Double.parseDouble(ReportReplay.loadBefore(rows.get(0)));
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "Load average (1 min) before the first report: %.2f on %d cores → %s%n", load, cores,
        load < 1 ? "quiet machine" : "NOT quiet: other processes shared the cores, times are pessimistic");
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException e) {
      double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      return String.format(Locale.ROOT, "%.2f", load);
    }
  }

  private static Properties load(Path dir) throws IOException {
    VerbatimBenchmark.log("étude déjà construite, réutilisée : " + dir);
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve(SETUP_FILE))) {
      p.load(in);
    }
    return p;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }

  private static int positive(String value) {
    int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
    if (n <= 0) {
      usage("attendu un entier positif, reçu " + value);
    }
    return n;
  }

  private static void usage(String problem) {
    System.err.println(problem + "\n" + USAGE);
    System.exit(2);
  }
}
