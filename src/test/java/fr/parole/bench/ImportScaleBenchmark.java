package fr.parole.bench;

import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Import and index at national scale (issue 15): generates {@code --comments} verbatims (default
 * 1,000,000) from the demo comments ({@link VerbatimGenerator}), runs {@code parole import} on
 * them in a child JVM with the user's heap ({@code --heap}, 2g; {@link ImportScaleChild}), then
 * measures the two floors on the same texts in this JVM: raw SQLite (one table, one transaction,
 * batches) and raw Lucene on two threads (FrenchAnalyzer, one text field). With {@code --add N}
 * a file of N more comments is then added and imported again: only its segments must reach the
 * index. Times are wall-clock; the CPU time of the import is printed beside them, since the
 * machine is shared.
 *
 * <p>Run from the repository root: {@code bash bench/import-scale.sh [--comments N] [--add N]}.
 * Options: {@code --comments N}, {@code --per-file N} (10,000), {@code --add N} (0: none),
 * {@code --seed N} (42), {@code --heap SIZE} (2g), {@code --work-dir DIR}, {@code --keep}.
 */
public final class ImportScaleBenchmark {
  private ImportScaleBenchmark() {}

  /** What one child import printed. */
  record Run(long total, long importPart, long cpu, long peakHeap, long indexed, long segments) {
    static Run parse(String line) {
      String[] lines = line.strip().split("\\R"); // the last line: a JVM option may print before it
      String[] f = lines[lines.length - 1].strip().split(" ");
      return new Run(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
          Long.parseLong(f[4]), Long.parseLong(f[5]));
    }
  }

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args, Set.of("--comments", "--per-file", "--add", "--seed", "--heap",
        "--work-dir"), Set.of("--keep"), "Options : --comments N (1000000) --per-file N (10000) --add N (0) "
        + "--seed N (42) --heap TAILLE (2g) --work-dir DOSSIER --keep");
    int comments = options.positive("--comments", 1_000_000);
    int perFile = options.positive("--per-file", 10_000);
    int add = (int) options.number("--add", 0);
    long seed = options.number("--seed", 42);
    String heap = options.text("--heap", "2g");
    Path workDir = options.path("--work-dir", Path.of(System.getProperty("java.io.tmpdir")));
    boolean keep = options.flag("--keep");
    Path dir = Files.createTempDirectory(workDir, "parole-bench-import-scale-");
    try {
      run(dir, comments, perFile, add, seed, heap);
    } finally {
      if (!keep) {
        VerbatimBenchmark.delete(dir);
      }
    }
  }

  private static void run(Path dir, int comments, int perFile, int add, long seed, String heap) throws Exception {
    String loadBefore = ReportBenchmark.loadAverage();
    log("génération de " + comments + " verbatims dans " + dir);
    VerbatimGenerator generator = new VerbatimGenerator(Path.of("corpora", "demo", "verbatims",
        "esatis-verbatims-demo.csv"));
    int files = generator.write(dir.resolve("verbatims"), comments, perFile, seed);
    Files.writeString(dir.resolve("study.yaml"), "name: bench-import-scale\nsources:\n  - path: verbatims/\n"
        + "    type: verbatims\nattributes: [establishment, polarity, service]\n");

    log("import (stockage SQLite + index Lucene), JVM fille -Xmx" + heap + "…");
    Run first = child(dir, heap);
    if (first.segments() != comments || (first.indexed() >= 0 && first.indexed() != comments)) {
      throw new IllegalStateException("attendu " + comments + " segments stockés et indexés, trouvé "
          + first.segments() + " et " + first.indexed());
    }
    Path texts = dir.resolve("texts.txt");
    writeTexts(dir, texts);
    log("planchers : SQLite brut, Lucene brut sur 2 fils, mêmes textes…");
    long sqlite = Floors.sqliteFloor(texts, dir.resolve("floor.db"));
    long lucene = Floors.luceneFloor(texts, dir.resolve("floor-index"), 2);

    Run second = null;
    if (add > 0) {
      log("ajout d'un fichier de " + add + " verbatims, second import…");
      Path extra = dir.resolve("extra");
      generator.write(extra, add, add, seed + 1);
      try (Stream<Path> generated = Files.list(extra)) {
        for (Path file : generated.toList()) {
          Files.move(file, dir.resolve("verbatims").resolve("ajout-" + file.getFileName()));
        }
      }
      second = child(dir, heap);
      if (second.segments() != add || (second.indexed() >= 0 && second.indexed() != add)) {
        throw new IllegalStateException("second import : attendu " + add + " segments ajoutés et indexés, trouvé "
            + second.segments() + " et " + second.indexed());
      }
    }
    print(comments, files, first, sqlite, lucene, second, add, heap, loadBefore);
  }

  /** Runs {@link ImportScaleChild} on the study in a JVM of its own. */
  private static Run child(Path dir, String heap) throws IOException, InterruptedException {
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx" + heap, "-cp",
        System.getProperty("java.class.path")));
    String extra = System.getProperty("bench.childOptions", "");
    if (!extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    command.addAll(List.of(ImportScaleChild.class.getName(), dir.toString()));
    return Run.parse(ReportBenchmark.output(command, "l'import"));
  }

  /** The stored texts, one a line, in id order: what the floors get, so that both see the same words. */
  private static void writeTexts(Path dir, Path texts) throws IOException {
    try (StudyStore store = Study.open(dir).openStore();
        BufferedWriter out = Files.newBufferedWriter(texts, StandardCharsets.UTF_8)) {
      store.segmentQueries().forEachSegment(0, segment -> {
        try {
          out.write(segment.text().replace('\n', ' ').replace('\r', ' '));
          out.write('\n');
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  private static void print(int comments, int files, Run first, long sqlite, long lucene, Run second, int add,
      String heap, String loadBefore) {
    double floor = (sqlite + lucene) / 1e9;
    double total = first.total() / 1e9;
    System.out.printf(Locale.ROOT, "Machine: %d cores, Java %s; load average before: %s, after: %s.%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore,
        ReportBenchmark.loadAverage());
    System.out.println("| comments | files | import + index (s) | of which reading + SQLite (s) | commit + index end (s) "
        + "| import CPU (s) | floor SQLite (s) | floor Lucene 2 threads (s) | ratio to floors | peak heap (MiB, -Xmx"
        + heap + ") |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| %,d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f × | %d |%n", comments,
        files, total, first.importPart() / 1e9, (first.total() - first.importPart()) / 1e9, first.cpu() / 1e9,
        sqlite / 1e9, lucene / 1e9, total / floor, first.peakHeap() >> 20);
    if (second != null) {
      System.out.printf(Locale.ROOT, "%nAdding one file of %,d comments to the %,d: %.1f s (CPU %.1f s), %,d documents "
          + "indexed (the new ones only), peak heap %d MiB.%n", add, comments, second.total() / 1e9,
          second.cpu() / 1e9, second.indexed(), second.peakHeap() >> 20);
    }
  }

  static void log(String message) {
    System.err.println("[bench] " + message);
  }

  /** Reads a text file's lines (the floors' input). */
  static List<String> lines(Path texts) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(texts, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
