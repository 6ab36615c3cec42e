package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.nlp.FrenchModels;
import fr.parole.pipeline.LexicalClassification;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The Reinert classification benchmark of issue 14 (« Reinert on 100,000 comments under 60 s with
 * -Xmx2g on 2 cores »), as a plain program: generates {@code --comments} e-Satis verbatims from the
 * demo's sentences ({@link VerbatimGenerator}, as the verbatim benchmark does), imports them (not
 * timed), then times {@code parole classes} as the command runs it ({@link LexicalClassification}:
 * reading the segments, tagging and cutting them, the classification, the class profiles and
 * storing the result), with the French models' loading apart.
 *
 * <p>Run from the repository root: {@code bash bench/classes.sh [--comments N] [--classes K]}.
 * Options: {@code --comments N} (100000), {@code --classes K} (6), {@code --seed N} (42),
 * {@code --study DIR} (an imported study, classified as it is), {@code --work-dir DIR}, {@code --keep},
 * {@code --double} (the double classification, second units of 60 words).
 */
public final class ClassesBenchmark {
  private ClassesBenchmark() {}

  public static void main(String[] args) throws Exception {
    int comments = 100_000;
    int classes = 6;
    long seed = 42;
    Path study = null;
    Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
    boolean keep = false;
    int segmentWords2 = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--comments" -> comments = Integer.parseInt(args[++i].replace("_", ""));
        case "--classes" -> classes = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--study" -> study = Path.of(args[++i]);
        case "--work-dir" -> workDir = Path.of(args[++i]);
        case "--keep" -> keep = true;
        case "--double" -> segmentWords2 = 60;
        default -> {
          System.err.println("Option inconnue : " + args[i] + " (options : --comments N, --classes K, --seed N, "
              + "--study DOSSIER, --work-dir DOSSIER, --keep, --double)");
          System.exit(2);
        }
      }
    }
    Path dir = study;
    if (dir == null) {
      dir = Files.createTempDirectory(workDir, "parole-bench-classes-");
      VerbatimBenchmark.log("génération de " + comments + " verbatims dans " + dir);
      new VerbatimGenerator(Path.of("corpora", "demo", "verbatims", "esatis-verbatims-demo.csv"))
          .write(dir.resolve("verbatims"), comments, 10_000, seed);
      Files.writeString(dir.resolve("study.yaml"), "name: bench-classes\nsources:\n  - path: verbatims/\n"
          + "    type: verbatims\nattributes: [establishment, polarity, service]\n");
      VerbatimBenchmark.log("import (non chronométré)…");
      new Pipeline(Progress.SILENT).importStudy(Study.open(dir));
    }
    try {
      run(dir, classes, segmentWords2);
    } finally {
      if (study == null && !keep) {
        VerbatimBenchmark.delete(dir);
      }
    }
  }

  private static void run(Path dir, int classes, int segmentWords2) throws Exception {
    String load = Files.readString(Path.of("/proc/loadavg")).strip();
    long modelsStart = System.nanoTime();
    FrenchModels models = FrenchModels.load();
    double modelSeconds = (System.nanoTime() - modelsStart) / 1e9;
    HeapSampler heap = new HeapSampler();
    heap.start();
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long[] cpuAtClassification = new long[1];
    Progress phases = new Progress() {
      @Override
      public void update(String task, long done, long total) {
        if (task.startsWith("classification") && cpuAtClassification[0] == 0) {
          cpuAtClassification[0] = os.getProcessCpuTime();
        }
      }

      @Override
      public void info(String message) { }

      @Override
      public void warn(String message) { }
    };
    long cpuStart = os.getProcessCpuTime();
    long start = System.nanoTime();
    LexicalClassification.Outcome outcome = new LexicalClassification(() -> models).run(Study.open(dir),
        new LexicalClassification.Options(classes, 40, segmentWords2,
            fr.parole.stats.reinert.DoubleClassification.Criterion.CHI_SQUARE), "bench", phases);
    double total = (System.nanoTime() - start) / 1e9;
    double cpuTag = (cpuAtClassification[0] - cpuStart) / 1e9;
    double cpuClassify = (os.getProcessCpuTime() - cpuAtClassification[0]) / 1e9;
    heap.interrupt();
    String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
    var run = outcome.classification().run();
    Runtime rt = Runtime.getRuntime();
    System.out.println("| text segments | classified | lemmas | classes | read + tag + cut: wall / CPU (s) | "
        + "classification + profiles + store: wall / CPU (s) | total wall (s) | models (s) | heap max (MiB) | "
        + "peak heap (MiB) | cores | load before / after |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %d | %.1f / %.1f | %.1f / %.1f | %.1f | %.1f | %d | %d | %d | %s / %s |%n",
        run.textSegments(), run.classified(), run.lemmas(), outcome.classes(), outcome.tagging().toMillis() / 1e3, cpuTag,
        total - outcome.tagging().toMillis() / 1e3, cpuClassify, total, modelSeconds, rt.maxMemory() / 1048576,
        heap.peak() / 1048576, rt.availableProcessors(), load.substring(0, load.indexOf(' ', 10)),
        loadAfter.substring(0, loadAfter.indexOf(' ', 10)));
    outcome.notes().forEach(System.out::println);
    for (int c = 1; c <= outcome.classes(); c++) {
      int n = c;
      System.out.printf(Locale.ROOT, "classe %d : %.1f %% — %s%n", c, outcome.percent(c), String.join(", ",
          outcome.classification().terms().stream().filter(t -> t.classNumber() == n).limit(8)
              .map(t -> t.lemma()).toList()));
    }
  }
}
