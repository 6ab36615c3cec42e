package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.pipeline.CodingRun;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Coding at national scale (issue 15): on {@code --comments} generated verbatims (the demo's
 * sentences recombined by {@link VerbatimGenerator}, as the other benchmarks do), times {@code
 * parole code} (tagging, lemmas, negation, rules and model, lemma counts, one write) against the
 * floor measured right after on the same texts in the same JVM: OpenNLP POS tagging alone on
 * whitespace tokens, 2 threads. Peak heap of the coding. With {@code --month M}: M comments more
 * in a new file, imported and coded again (only they should be). With {@code --shards 1,2,4}: for
 * each k, k child JVMs run {@code parole code --tout --shard i/k} at the same time on the study,
 * and the segments per second of the whole are reported. Markdown on stdout, progress on stderr.
 *
 * <pre>java -Xmx2g -cp target/parole.jar:target/test-classes fr.parole.bench.CodingScaleBenchmark [--comments N] [--month N] [--shards 1,2,4] [--dir DIR] [--establishments N]</pre>
 */
public final class CodingScaleBenchmark {
  private static final String POS_RESOURCE = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
  private static final int PER_FILE = 5_000;
  private static final int CHUNK = 2_000;

  public static void main(String[] args) throws Exception {
    int comments = 1_000_000;
    int month = 0;
    int establishments = 200;
    List<Integer> shards = new ArrayList<>();
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--comments" -> comments = Integer.parseInt(args[++i]);
        case "--month" -> month = Integer.parseInt(args[++i]);
        case "--establishments" -> establishments = Integer.parseInt(args[++i]);
        case "--shards" -> {
          for (String k : args[++i].split(",")) {
            shards.add(Integer.parseInt(k.strip()));
          }
        }
        case "--dir" -> dir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Options : --comments N (1000000) --month N (0) "
            + "--shards 1,2,4 (aucun) --dir DOSSIER (temporaire) --establishments N (200)");
      }
    }
    dir = dir == null ? Files.createTempDirectory("parole-coding-scale") : dir;
    if (Files.exists(dir.resolve("study.yaml"))) {
      throw new IllegalStateException(dir + " contient déjà une étude : choisissez un dossier vide.");
    }
    EchoingBuilder md = new EchoingBuilder();
    md.append(String.format(Locale.ROOT, "Machine: %d cores, Java %s, max heap %d MiB; load average before: %s.%n%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, ReportBenchmark.loadAverage()));
    VerbatimGenerator generator = new VerbatimGenerator(Path.of("corpora", "demo", "verbatims",
        "esatis-verbatims-demo.csv"), VerbatimGenerator.madeUpFiness(establishments));
    VerbatimBenchmark.log("génération de " + comments + " verbatims dans " + dir);
    int files = generator.write(dir.resolve("verbatims"), comments, PER_FILE, 42);
    Files.writeString(dir.resolve("study.yaml"), "name: bench-coding-scale\nsources:\n  - path: verbatims/\n"
        + "    type: verbatims\n    codebook: esatis\nattributes: [establishment, polarity, service]\n");
    Study study = Study.open(dir);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    double importSeconds = seconds(() -> pipeline.importStudy(study));
    VerbatimBenchmark.log(String.format(Locale.ROOT, "import : %.1f s", importSeconds));

    HeapSampler heap = new HeapSampler();
    heap.start();
    long start = System.nanoTime();
    List<CodingRun> runs = pipeline.codeBySource(study);
    double coding = (System.nanoTime() - start) / 1e9;
    long codingHeap = heap.peak();
    int segments = runs.stream().mapToInt(r -> r.result().segments()).sum();
    VerbatimBenchmark.log(String.format(Locale.ROOT, "codage : %,d segments en %.1f s", segments, coding));

    Path texts = dir.resolve("textes.txt");
    writeTexts(study, texts);
    double floor = posFloor(texts, 2);
    VerbatimBenchmark.log(String.format(Locale.ROOT, "plancher POS (2 fils) : %.1f s", floor));
    md.append(String.format(Locale.ROOT, "%,d generated comments (%d files of %,d rows, %d establishments), %,d analysed "
        + "segments; import + index %.1f s.%n%n| Step | Segments | Time | Ratio to POS floor | Peak heap |%n"
        + "|---|---|---|---|---|%n", comments, files, PER_FILE, establishments, segments,
        importSeconds));
    md.append(String.format(Locale.ROOT, "| OpenNLP POS tagging alone, 2 threads (floor) | %,d | %.1f s | 1.00 | |%n",
        segments, floor));
    md.append(String.format(Locale.ROOT, "| `parole code` (tag, lemmas, negation, rules + model, lemma counts, write) "
        + "| %,d | %.1f s | %.2f | %d MiB |%n", segments, coding, coding / floor, codingHeap >> 20));
    long again = System.nanoTime();
    int againSegments = segmentsOf(pipeline.codeBySource(study));
    md.append(String.format(Locale.ROOT, "| `parole code` again, nothing new | %,d | %.1f s | | |%n",
        againSegments, (System.nanoTime() - again) / 1e9));

    if (month > 0) {
      generator.write(dir.resolve("verbatims").resolve("mois"), month, PER_FILE, 43);
      double monthImport = seconds(() -> pipeline.importStudy(study));
      heap.reset();
      long t = System.nanoTime();
      int monthSegments = segmentsOf(pipeline.codeBySource(study));
      double monthCoding = (System.nanoTime() - t) / 1e9;
      md.append(String.format(Locale.ROOT, "| a month more (%,d comments): import + index %.1f s, then `parole code` "
          + "| %,d | %.1f s | | %d MiB |%n", month, monthImport, monthSegments, monthCoding, heap.peak() >> 20));
    }
    heap.interrupt();
    if (!shards.isEmpty()) {
      md.append(String.format(Locale.ROOT, "%n| Shard processes at once (`parole code --tout --shard i/k`, 2 coding "
          + "threads each, -Xmx1g) | Segments | Wall time | Segments/s |%n|---|---|---|---|%n"));
      for (int k : shards) {
        long t = System.nanoTime();
        shardRun(dir, k);
        double wall = (System.nanoTime() - t) / 1e9;
        int total = totalAnalysed(study);
        md.append(String.format(Locale.ROOT, "| %d | %,d | %.1f s | %,.0f |%n", k, total, wall, total / wall));
        VerbatimBenchmark.log(String.format(Locale.ROOT, "%d shard(s) : %.1f s", k, wall));
      }
    }
    md.append(String.format(Locale.ROOT, "%nLoad average after: %s.%n", ReportBenchmark.loadAverage()));
    System.out.print(md);
  }

  /** Markdown that is also written to stderr as it grows: a run stopped early still says what it measured. */
  private static final class EchoingBuilder extends java.io.Writer {
    private final StringBuilder text = new StringBuilder();

    EchoingBuilder append(String s) {
      text.append(s);
      System.err.print(s);
      return this;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
      append(new String(buffer, offset, length));
    }

    @Override
    public void flush() {
      System.err.flush();
    }

    @Override
    public void close() {
      flush();
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  private static int segmentsOf(List<CodingRun> runs) {
    return runs.stream().mapToInt(r -> r.result().segments()).sum();
  }

  private static int totalAnalysed(Study study) {
    try (StudyStore store = study.openStore()) {
      return store.queries().sources().stream().mapToInt(s -> s.segments()).sum();
    }
  }

  /** k child JVMs, each coding its shard of every source again; fails if one fails. */
  private static void shardRun(Path dir, int k) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> children = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      children.add(new ProcessBuilder(java, "-Xmx1g", "-Djava.awt.headless=true", "-cp",
          System.getProperty("java.class.path"), "fr.parole.cli.Main", "code", dir.toString(), "--tout",
          "--shard", i + "/" + k, "-q").inheritIO().start());
    }
    for (Process child : children) {
      if (child.waitFor() != 0) {
        throw new IllegalStateException("un processus --shard a échoué (code " + child.exitValue() + ")");
      }
    }
  }

  /** The analysed segments' texts, one per line, for the floor. */
  private static void writeTexts(Study study, Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); StudyStore store = study.openStore()) {
      for (var source : store.queries().sources()) {
        store.segmentQueries().forEachSegmentOfSource(source.id(), segment -> {
          if (segment.kind().isAnalysed()) {
            try {
              out.write(segment.text().replace('\n', ' ').replace('\r', ' '));
              out.write('\n');
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        });
      }
    }
  }

  /** OpenNLP POS tagging alone on whitespace tokens, {@code threads} threads, chunks read as they go. */
  private static double posFloor(Path texts, int threads) throws Exception {
    POSModel model;
    try (InputStream in = CodingScaleBenchmark.class.getResourceAsStream(POS_RESOURCE)) {
      model = new POSModel(in);
    }
    ThreadLocal<POSTaggerME> taggers = ThreadLocal.withInitial(() -> new POSTaggerME(model, POSTagFormat.UD));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BufferedReader in = Files.newBufferedReader(texts, StandardCharsets.UTF_8)) {
      List<Future<?>> inFlight = new ArrayList<>();
      long start = System.nanoTime();
      List<String> chunk = new ArrayList<>(CHUNK);
      for (String line = in.readLine(); ; line = in.readLine()) {
        if (line != null) {
          chunk.add(line);
        }
        if (chunk.size() == CHUNK || (line == null && !chunk.isEmpty())) {
          List<String> work = chunk;
          inFlight.add(pool.submit(() -> work.forEach(t -> taggers.get().tag(t.split(" ")))));
          chunk = new ArrayList<>(CHUNK);
          while (inFlight.size() > 2 * threads) {
            inFlight.remove(0).get();
          }
        }
        if (line == null) {
          break;
        }
      }
      for (Future<?> f : inFlight) {
        f.get();
      }
      return (System.nanoTime() - start) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  private static double seconds(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
