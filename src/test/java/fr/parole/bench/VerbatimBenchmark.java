package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.importer.ImportReport;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.StoreSummary;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The verbatim import benchmark of the issue "e-Satis and questionnaires", as a plain program:
 * generates {@code --comments} verbatims (default 1,000,000) by recombining the sentences of the
 * demo export ({@link VerbatimGenerator}), in CSV files of {@code --per-file} rows, then times
 * {@link Pipeline#importStudy} on an empty {@code .parole/}: reading, storing in SQLite and
 * indexing with Lucene, as {@code parole import} does. Tagging and coding are not part of it.
 *
 * <p>Run from the repository root: {@code bash bench/verbatims.sh [--comments N] [--per-file N]}.
 * Options: {@code --comments N}, {@code --per-file N} (rows per file, 10000), {@code --seed N} (42),
 * {@code --work-dir DIR}, {@code --keep}.
 */
public final class VerbatimBenchmark {
  private VerbatimBenchmark() {}

  public static void main(String[] args) throws Exception {
    int comments = 1_000_000;
    int perFile = 10_000;
    long seed = 42;
    Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
    boolean keep = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--comments" -> comments = Integer.parseInt(args[++i].replace("_", ""));
        case "--per-file" -> perFile = Integer.parseInt(args[++i].replace("_", ""));
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--work-dir" -> workDir = Path.of(args[++i]);
        case "--keep" -> keep = true;
        default -> {
          System.err.println("Option inconnue : " + args[i]
              + " (options : --comments N, --per-file N, --seed N, --work-dir DOSSIER, --keep)");
          System.exit(2);
        }
      }
    }
    Path dir = Files.createTempDirectory(workDir, "parole-bench-verbatims-");
    try {
      run(dir, comments, perFile, seed);
    } finally {
      if (!keep) {
        delete(dir);
      }
    }
  }

  private static void run(Path dir, int comments, int perFile, long seed) throws IOException {
    log("génération de " + comments + " verbatims dans " + dir);
    VerbatimGenerator generator = new VerbatimGenerator(Path.of("corpora", "demo", "verbatims",
        "esatis-verbatims-demo.csv"));
    int files = generator.write(dir.resolve("verbatims"), comments, perFile, seed);
    long bytes;
    try (Stream<Path> paths = Files.list(dir.resolve("verbatims"))) {
      bytes = paths.mapToLong(p -> p.toFile().length()).sum();
    }
    Files.writeString(dir.resolve("study.yaml"), "name: bench-verbatims\nsources:\n  - path: verbatims/\n"
        + "    type: verbatims\nattributes: [establishment, polarity, service]\n");

    HeapSampler heap = new HeapSampler();
    heap.start();
    PhaseClock clock = new PhaseClock();
    log("import (stockage SQLite + index Lucene)…");
    long start = System.nanoTime();
    ImportReport report = new Pipeline(clock).importStudy(Study.open(dir));
    long end = System.nanoTime();
    heap.interrupt();
    if (report.hasFailures()) {
      throw new IllegalStateException("import en erreur : " + report.failed());
    }
    StoreSummary summary;
    try (StudyStore store = Study.open(dir).openStore()) {
      summary = store.queries().summary();
    }
    if (summary.segments() != comments) {
      throw new IllegalStateException("attendu " + comments + " segments, trouvé " + summary.segments());
    }
    double total = (end - start) / 1e9;
    double store = (clock.lastImportUpdate - start) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "| verbatims | fichiers | Mio | import + index (s) | dont lecture + SQLite (s) "
        + "| dont commit + index (s) | verbatims/s | tas max (Mio) | tas pic (Mio) | cœurs |%n");
    System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|---|---|---|%n");
    System.out.printf(Locale.ROOT, "| %,d | %d | %.0f | %.1f | %.1f | %.1f | %,.0f | %d | %d | %d |%n", comments, files,
        bytes / 1048576.0, total, store, total - store, comments / total, rt.maxMemory() / 1048576,
        heap.overallPeak() / 1048576, rt.availableProcessors());
    System.out.printf(Locale.ROOT, "%nObjectif : moins de 60 s → %s%n", total < 60 ? "atteint" : "MANQUÉ");
  }

  static void log(String message) {
    System.err.println("[bench] " + message);
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
