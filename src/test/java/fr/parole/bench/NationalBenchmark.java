package fr.parole.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code parole run} at national scale (issue 15), as a user runs it: a study of {@code --comments}
 * generated e-Satis comments (1,000,000; the demo's comments recombined by {@link VerbatimGenerator},
 * over 100 made-up establishments, with the real e-Satis 2019 results beside them), run from an
 * empty store to the written report in a child JVM with {@code -Xmx2g} ({@link NationalRun}).
 * Then the floors on the same texts in this JVM ({@link ParallelFloors}: raw SQLite insert, raw
 * Lucene on 2 threads, OpenNLP POS alone on 2 threads) and the ratio. With {@code --add-month N},
 * N more comments are added in a new folder and {@code parole run} runs again on the study.
 *
 * <p>{@code bash bench/national.sh [--comments N] [--add-month N] [--heap 2g] [--seed N]
 * [--work-dir DIR] [--keep] [--steps]}; Markdown on stdout, progress (the command's own) on stderr.
 * {@code --steps} runs {@code parole import}, {@code code} and {@code report} in three child JVMs
 * and skips the floors: the heap of each command at 10,000,000 comments, where the floors alone
 * would take a quarter of an hour.
 */
public final class NationalBenchmark {
  private static final String USAGE = "Options : --comments N (1000000) --add-month N (0 = sans) --heap TAILLE (2g) "
      + "--establishments N (100) --per-file N (10000) --seed N (42) --threads N (2) --work-dir DOSSIER --keep "
      + "--steps (import, code et report en trois JVM, sans planchers : la mesure du tas à 10 M) "
      + "--stop-after import|code|report (avec --steps : la dernière commande lancée)";

  private NationalBenchmark() {}

  /** One {@code parole run}: wall time, its « Durées » line, heap and RSS peaks. */
  record Run(long nanos, String durations, long heapMiB, long liveMiB, long rssMiB) {}

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args, Set.of("--comments", "--add-month", "--establishments", "--per-file",
        "--threads", "--seed", "--heap", "--work-dir", "--stop-after"), Set.of("--keep", "--steps"), USAGE);
    int comments = options.positive("--comments", 1_000_000);
    int month = (int) Math.max(0, options.number("--add-month", 0));
    int establishments = options.positive("--establishments", 100);
    int perFile = options.positive("--per-file", 10_000);
    int threads = options.positive("--threads", 2);
    long seed = options.number("--seed", 42);
    String heap = options.text("--heap", "2g");
    Path workDir = options.path("--work-dir", Path.of(System.getProperty("java.io.tmpdir")));
    boolean keep = options.flag("--keep");
    boolean steps = options.flag("--steps");
    String stopAfter = options.text("--stop-after", "report");
    if (!List.of("import", "code", "report").contains(stopAfter)) {
      usage("--stop-after : attendu import, code ou report, reçu " + stopAfter);
    }
    Path dir = Files.createTempDirectory(workDir, "parole-bench-national-");
    try {
      Path study = dir.resolve("etude");
      Path texts = dir.resolve("textes.txt");
      VerbatimGenerator generator = new VerbatimGenerator(Path.of("corpora", "demo", "verbatims",
          "esatis-verbatims-demo.csv"), VerbatimGenerator.madeUpFiness(establishments));
      VerbatimBenchmark.log("génération de " + comments + " commentaires dans " + study);
      long generated = generate(generator, study.resolve("verbatims/base"), texts, comments, perFile, seed);
      writeStudy(study, "national");
      String loadBefore = ReportBenchmark.loadAverage();
      if (steps) {
        printSteps(args, comments, generated, heap, study, dir.resolve("rapports"), loadBefore, stopAfter);
        return;
      }
      VerbatimBenchmark.log("parole run (JVM -Xmx" + heap + ")…");
      Run first = run(study, dir.resolve("rapports"), heap);
      String loadAfter = ReportBenchmark.loadAverage();
      VerbatimBenchmark.log("planchers sur les mêmes " + generated + " textes (" + threads + " fils)…");
      ParallelFloors.Measured floors = ParallelFloors.measure(texts, dir, threads);
      Run second = null;
      long added = 0;
      if (month > 0) {
        Path monthTexts = dir.resolve("textes-mois.txt");
        added = generate(generator, study.resolve("verbatims/mois-2021-01"), monthTexts, month, perFile, seed + 1);
        VerbatimBenchmark.log("un mois de plus (" + month + " commentaires) : parole run à nouveau…");
        second = run(study, dir.resolve("rapports"), heap);
      }
      print(args, comments, generated, heap, threads, first, floors, month, added, second, loadBefore, loadAfter);
    } finally {
      if (keep) {
        VerbatimBenchmark.log("étude gardée : " + dir);
      } else {
        VerbatimBenchmark.delete(dir);
      }
    }
  }

  /** Writes the comments under {@code folder} and their texts, one a line, to {@code texts}; returns the text count. */
  private static long generate(VerbatimGenerator generator, Path folder, Path texts, int comments, int perFile,
      long seed) throws IOException {
    AtomicLong count = new AtomicLong();
    try (BufferedWriter out = Files.newBufferedWriter(texts, StandardCharsets.UTF_8)) {
      generator.write(folder, comments, perFile, seed, text -> {
        try {
          out.write(text.replace('\n', ' ').replace('\r', ' '));
          out.write('\n');
          count.incrementAndGet();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return count.get();
  }

  /**
   * The study.yaml of a generated e-Satis study named {@code name}: its comments under
   * {@code verbatims/}, coded with esatis, the real 2019 results copied beside them.
   */
  static void writeStudy(Path study, String name) throws IOException {
    Files.createDirectories(study.resolve("esatis"));
    for (String results : List.of("resultats-esatis48h-mco-open-data-2019.csv", "resultats-esatisca-mco-open-data-2019.csv")) {
      Files.copy(Path.of("corpora", "esatis", results), study.resolve("esatis").resolve(results),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(study.resolve("study.yaml"), "name: " + name + "\nsources:\n  - path: verbatims/\n"
        + "    type: verbatims\n    codebook: esatis\n  - path: esatis/\n    type: esatis\n"
        + "attributes: [establishment, polarity, service]\n");
  }

  /** {@code parole run <study> --out <reports>} in a child JVM, its RSS peak read from /proc meanwhile. */
  private static Run run(Path study, Path reports, String heap) throws Exception {
    return run("run", study, reports, heap);
  }

  /** {@code parole <verb> <study>} (with {@code --out} for run and report) in a child JVM. */
  private static Run run(String verb, Path study, Path reports, String heap) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), NationalRun.class.getName(), verb, study.toString()));
    if (!verb.equals("import") && !verb.equals("code")) {
      command.addAll(List.of("--out", reports.toString()));
    }
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    long[] rss = {0};
    Thread sampler = new Thread(() -> {
      while (process.isAlive()) {
        rss[0] = Math.max(rss[0], peakRssKiB(process.pid()));
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    String out;
    try (InputStream in = process.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int code = process.waitFor();
    long nanos = System.nanoTime() - start;
    sampler.interrupt();
    sampler.join();
    if (code != 0) {
      throw new IllegalStateException("parole " + verb + " a échoué (code " + code + ") :\n" + out);
    }
    String durations = out.lines().filter(l -> l.startsWith("Durées : ")).findFirst().orElse("?");
    String[] heapLine = out.lines().filter(l -> l.startsWith(NationalRun.HEAP)).findFirst().orElse("HEAP 0 0")
        .substring(NationalRun.HEAP.length()).split(" ");
    VerbatimBenchmark.log(String.format(Locale.ROOT, "parole %s : %.1f s ; %s", verb, nanos / 1e9, durations));
    return new Run(nanos, durations, Long.parseLong(heapLine[0]), Long.parseLong(heapLine[1]), rss[0] >> 10);
  }

  /** VmHWM: the process's resident set at its highest so far; 0 when it has just ended. */
  private static long peakRssKiB(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // the process ended between two samples
    }
    return 0;
  }

  private static void print(String[] args, int comments, long texts, String heap, int threads, Run first,
      ParallelFloors.Measured floors, int month, long added, Run second, String loadBefore, String loadAfter) {
    System.out.printf("Command: `bash bench/national.sh%s`%n%n", args.length == 0 ? "" : " " + String.join(" ", args));
    System.out.printf(Locale.ROOT, "Machine: %d cores (`nproc`), Java %s; load average (1, 5, 15 min) before the "
        + "run: %s, after it: %s. Study: %,d generated comments (the demo's comments recombined, "
        + "VerbatimGenerator), %,d texts.%n%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), loadBefore, loadAfter, comments, texts);
    System.out.println("| Run | Wall time (s) | Stages (the command's own line) | Peak heap / live (MiB) | Peak RSS (MiB) |");
    System.out.println("|---|---|---|---|---|");
    row("`parole run`, empty store → report, -Xmx" + heap, first);
    if (second != null) {
      row(String.format(Locale.ROOT, "`parole run` again after adding a month (%,d comments, %,d texts)", month, added),
          second);
    }
    double floor = floors.total() / 1e9;
    System.out.printf(Locale.ROOT, "%n| Floor (same texts, this JVM) | Time (s) |%n|---|---|%n"
        + "| raw SQLite insert (one transaction) | %.1f |%n| raw Lucene indexing (FrenchAnalyzer, %d threads) | %.1f |%n"
        + "| OpenNLP POS tagging alone (%d threads) | %.1f |%n| **sum** | **%.1f** |%n%n",
        floors.sqlite() / 1e9, threads, floors.lucene() / 1e9, threads, floors.pos() / 1e9, floor);
    System.out.printf(Locale.ROOT, "Ratio `parole run` / sum of the floors: **%.2f ×** (target of issue 15: ≤ 1.3 ×).%n",
        first.nanos() / 1e9 / floor);
    System.out.printf(Locale.ROOT, "Not a floor, for the coding stage: Parole's tagging alone on the same texts (%d "
        + "threads: sentences, its French tokens, the same POS model, lemmas, negation) took %.1f s, %.2f × the POS "
        + "floor on whitespace tokens. Parole decodes POS tags greedily (a beam of one, GreedyPosTagger; the "
        + "floor uses the model's beam of three): the POS floor decoded greedily took %.1f s, and Parole's tagging "
        + "%.2f × that.%n", threads, floors.tagging() / 1e9, (double) floors.tagging() / floors.pos(),
        floors.posGreedy() / 1e9, (double) floors.tagging() / floors.posGreedy());
    if (second != null) {
      System.out.printf(Locale.ROOT, "Adding a month: %.1f s for %,d new comments (%.1f %% of the first run's time for "
          + "%.1f %% more comments).%n", second.nanos() / 1e9, month, 100.0 * second.nanos() / first.nanos(),
          100.0 * month / comments);
    }
  }

  /** {@code --steps}: import, code and report one after the other, each in its JVM, a row each. */
  private static void printSteps(String[] args, int comments, long texts, String heap, Path study, Path reports,
      String loadBefore, String stopAfter) throws Exception {
    List<String> rows = new ArrayList<>();
    List<String> verbs = List.of("import", "code", "report");
    for (String verb : verbs.subList(0, verbs.indexOf(stopAfter) + 1)) {
      Run step = run(verb, study, reports, heap);
      rows.add(String.format(Locale.ROOT, "| `parole %s`, -Xmx%s | %.1f | %d / %d | %d |", verb, heap,
          step.nanos() / 1e9, step.heapMiB(), step.liveMiB(), step.rssMiB()));
    }
    System.out.printf("Command: `bash bench/national.sh %s`%n%n", String.join(" ", args));
    System.out.printf(Locale.ROOT, "Machine: %d cores (`nproc`), Java %s; load average (1, 5, 15 min) before: %s, "
        + "after: %s. Study: %,d generated comments (VerbatimGenerator), %,d texts.%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore,
        ReportBenchmark.loadAverage(), comments, texts);
    System.out.println("| Command | Wall time (s) | Peak heap / live (MiB) | Peak RSS (MiB) |\n|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static void usage(String problem) {
    System.err.println(problem + "\n" + USAGE);
    System.exit(2);
  }

  private static void row(String name, Run run) {
    System.out.printf(Locale.ROOT, "| %s | %.1f | %s | %d / %d | %d |%n", name, run.nanos() / 1e9,
        run.durations().replace("Durées : ", ""), run.heapMiB(), run.liveMiB(), run.rssMiB());
  }

}
