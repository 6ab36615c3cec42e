package fr.parole.bench;

import com.sun.management.OperatingSystemMXBean;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CombinedCoder;
import fr.parole.coding.ContentLemmas;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.coding.TextCoder;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tagging and coding throughput (issue: coding into themes). Generates verbatim-sized segments
 * (30-40 words) from runs of words of the demo corpus's participant turns, then times, in the same
 * JVM and with the same threads: OpenNLP POS tagging alone on whitespace tokens (the floor), and
 * Parole's full path (FrenchTagger, then rules on that tagging's words, lemmas, tags and negation,
 * plus the learned model if the codebook has one). Also times tagging alone, so that the coding's
 * share shows. Each path's wall time and the process's CPU time (garbage collection and compiler
 * included) are measured; on a machine shared with other jobs the CPU time is the steadier figure.
 * Markdown on stdout, progress on stderr.
 *
 * <pre>java -Xmx1g -cp target/parole.jar:target/test-classes fr.parole.bench.TagCodeBenchmark [--segments N] [--threads N] [--seed N] [--codebook ID] [--rounds N]</pre>
 */
public final class TagCodeBenchmark {
  static final String POS_RESOURCE = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
  private static final int CHUNK = 500;
  private static final int WARMUP = 5_000;

  /** The machine's load average and this process's CPU time. */
  static final OperatingSystemMXBean LOAD =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** Work done by one thread on one text; returns the number of tokens it saw (or of suggestions, when coding). */
  interface Worker {
    int run(int index);
  }

  public static void main(String[] args) throws Exception {
    int segments = 100_000;
    int threads = 2;
    long seed = 42;
    String codebookId = "esatis";
    int rounds = 3;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--segments" -> segments = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--codebook" -> codebookId = args[++i];
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException(
            "Options : --segments N (100000) --threads N (2) --seed N (42) --codebook ID (esatis) --rounds N (3)");
      }
    }
    HeapSampler heap = new HeapSampler();
    heap.start();

    // a. Model loading, first load in this JVM.
    long t0 = System.nanoTime();
    FrenchModels models = FrenchModels.load();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    progress("models loaded in %.3f s", loadSeconds);

    POSModel posModel;
    try (InputStream in = TagCodeBenchmark.class.getResourceAsStream(POS_RESOURCE)) {
      posModel = new POSModel(in);
    }
    Codebook codebook = new CodebookLibrary().load(codebookId);
    boolean learned = new LearnedModels().load(codebook, null).isPresent();

    List<String> texts = generate(DemoPool.read(Path.of("corpora", "demo")), segments + WARMUP, seed);
    List<String[]> split = new ArrayList<>(texts.size());
    long words = 0;
    for (String text : texts) {
      String[] w = text.split(" ");
      split.add(w);
      words += w.length;
    }
    words -= split.subList(0, WARMUP).stream().mapToLong(w -> w.length).sum();
    progress("%d segments generated (+%d warm-up), %d words", segments, WARMUP, words);

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Per-thread objects: one tagger / coder per pool thread.
      Supplier<Worker> floor = () -> {
        POSTaggerME tagger = new POSTaggerME(posModel, POSTagFormat.UD);
        return i -> tagger.tag(split.get(i)).length;
      };
      // What parole classify does per text (TextCoder: one tagging, then the coder).
      Supplier<Worker> parole = () -> {
        LearnedCoder model = new LearnedModels().load(codebook, null).orElse(null);
        TextCoder coder = new TextCoder(models.newTagger(), CombinedCoder.of(codebook, model));
        return i -> coder.code(texts.get(i)).suggestions().size();
      };
      // What a coding run does since issue 5: the same, plus the content lemmas of the same tagging
      // summed per group (here per thread and per text modulo 500, standing for attribute sets).
      Supplier<Worker> counting = () -> {
        LearnedCoder model = new LearnedModels().load(codebook, null).orElse(null);
        TextCoder coder = new TextCoder(models.newTagger(), CombinedCoder.of(codebook, model),
            new ContentLemmas());
        Map<Integer, Map<String, long[]>> tally = new HashMap<>();
        return i -> {
          TextCoder.CodedText coded = coder.code(texts.get(i));
          Map<String, long[]> group = tally.computeIfAbsent(i % 500, g -> new HashMap<>());
          for (String lemma : coded.lemmas()) {
            group.computeIfAbsent(lemma, l -> new long[1])[0]++;
          }
          return coded.suggestions().size();
        };
      };
      Supplier<Worker> tagOnly = () -> {
        FrenchTagger tagger = models.newTagger();
        return i -> tagger.tag(texts.get(i)).tokens().size();
      };

      progress("warm-up (%d texts through each path)", WARMUP);
      for (Supplier<Worker> path : List.of(floor, parole, counting, tagOnly)) {
        time(pool, threads, path, 0, WARMUP);
      }
      double loadBefore = LOAD.getSystemLoadAverage();
      // Each path runs `rounds` times, in turn, and keeps its fastest run: a disturbance (another
      // process on a 2-core machine) then slows one run of one path, not the comparison. Each
      // round's own ratios give the spread.
      List<Supplier<Worker>> paths = List.of(floor, parole, counting, tagOnly);
      Run[] best = new Run[paths.size()];
      double[][] ratios = new double[paths.size()][rounds];
      long floorPeak = 0;
      long parolePeak = 0;
      for (int round = 0; round < rounds; round++) {
        Run[] runs = new Run[paths.size()];
        for (int p = 0; p < paths.size(); p++) {
          System.gc();
          heap.reset();
          runs[p] = time(pool, threads, paths.get(p), WARMUP, texts.size());
          floorPeak = p == 0 ? Math.max(floorPeak, heap.peak()) : floorPeak;
          parolePeak = p == 1 ? Math.max(parolePeak, heap.peak()) : parolePeak;
          best[p] = best[p] == null || runs[p].wallNanos() < best[p].wallNanos() ? runs[p] : best[p];
          ratios[p][round] = (double) runs[p].wallNanos() / runs[0].wallNanos();
        }
        progress("round %d: POS alone %.2f s, Parole %.2f s, Parole + lemmas %.2f s, FrenchTagger %.2f s (wall);"
            + " CPU %.2f / %.2f / %.2f / %.2f s; load %.2f", round + 1, runs[0].wallNanos() / 1e9,
            runs[1].wallNanos() / 1e9, runs[2].wallNanos() / 1e9, runs[3].wallNanos() / 1e9, runs[0].cpuNanos() / 1e9,
            runs[1].cpuNanos() / 1e9, runs[2].cpuNanos() / 1e9, runs[3].cpuNanos() / 1e9, LOAD.getSystemLoadAverage());
      }
      long tokens = best[3].count(); // the coding paths tag the same texts the same way
      double ratio = (double) best[1].wallNanos() / best[0].wallNanos();
      double countingRatio = (double) best[2].wallNanos() / best[0].wallNanos();
      boolean ratioOk = ratio <= 1.5 && countingRatio <= 1.5;
      boolean loadOk = loadSeconds < 1.0;
      Runtime rt = Runtime.getRuntime();
      StringBuilder md = new StringBuilder();
      md.append(String.format(Locale.ROOT, "%d segments of 30-40 words (seed %d), %d words; %d threads, fastest of %d rounds per path, "
          + "max heap %d MiB, %d cores, load average %.2f before the rounds and %.2f after; codebook `%s` (%d rules-bearing codes), learned model: %s.%n%n",
          segments, seed, words, threads, rounds, rt.maxMemory() >> 20, rt.availableProcessors(), loadBefore,
          LOAD.getSystemLoadAverage(), codebookId, codebook.codes().stream().filter(c -> !c.rules().isEmpty()).count(),
          learned ? "yes" : "none shipped"));
      md.append("| Path | Tokens | Wall time (fastest) | vs POS alone | Each round vs POS alone | Process CPU time (of that run) | CPU vs POS alone |\n");
      md.append("|---|---|---|---|---|---|---|\n");
      String[] names = {"OpenNLP POS tagging alone (whitespace tokens)",
          "**Parole: FrenchTagger + CombinedCoder (rules with negation, model)**",
          "**Parole + content-lemma counts (coding run since issue 5)**",
          "FrenchTagger alone (sentences, tokens, POS, lemmas, negation)"};
      for (int p = 0; p < paths.size(); p++) {
        row(md, names[p], p == 0 ? best[0].count() : tokens, best[p], best[0], ratios[p]);
      }
      md.append(String.format(Locale.ROOT, "| Coding (Parole − FrenchTagger alone) | | %.2f s | %.2f× | | %.2f s | %.2f× |%n",
          (best[1].wallNanos() - best[3].wallNanos()) / 1e9, (double) (best[1].wallNanos() - best[3].wallNanos()) / best[0].wallNanos(),
          (best[1].cpuNanos() - best[3].cpuNanos()) / 1e9, (double) (best[1].cpuNanos() - best[3].cpuNanos()) / best[0].cpuNanos()));
      md.append(String.format(Locale.ROOT, "%n| Check | Target | Measured | Result |%n|---|---|---|---|%n"));
      md.append(String.format(Locale.ROOT, "| Parole / POS alone | ≤ 1.5× | %.2f× | %s |%n", ratio, ratio <= 1.5 ? "pass" : "FAIL"));
      md.append(String.format(Locale.ROOT, "| Parole + lemma counts / POS alone | ≤ 1.5× | %.2f× | %s |%n", countingRatio,
          countingRatio <= 1.5 ? "pass" : "FAIL"));
      md.append(String.format(Locale.ROOT, "| Model loading (`FrenchModels.load()`, first in JVM) | < 1 s | %.3f s | %s |%n",
          loadSeconds, loadOk ? "pass" : "FAIL"));
      md.append(String.format(Locale.ROOT, "| Peak heap used (sampled, incl. garbage) | -Xmx1g | POS alone %d MiB, Parole %d MiB, whole run %d MiB | %s |%n",
          floorPeak >> 20, parolePeak >> 20, heap.overallPeak() >> 20, "pass"));
      System.out.print(md);
      if (!ratioOk || !loadOk) {
        System.exit(1);
      }
    } finally {
      pool.shutdownNow();
      heap.interrupt();
    }
  }

  /** One run of a path: wall time, CPU time of the whole process (GC and compiler included), and what the worker counted. */
  record Run(long wallNanos, long cpuNanos, long count) {}

  private static void row(StringBuilder md, String name, long tokens, Run run, Run floor, double[] rounds) {
    double min = Arrays.stream(rounds).min().orElse(0);
    double max = Arrays.stream(rounds).max().orElse(0);
    md.append(String.format(Locale.ROOT, "| %s | %,d | %.2f s | %.2f× | %.2f-%.2f× | %.2f s | %.2f× |%n", name, tokens,
        run.wallNanos() / 1e9, (double) run.wallNanos() / floor.wallNanos(), min, max, run.cpuNanos() / 1e9,
        (double) run.cpuNanos() / floor.cpuNanos()));
  }

  /** Runs texts [from, to) through the path on the pool in chunks. */
  static Run time(ExecutorService pool, int threads, Supplier<Worker> path, int from, int to)
      throws Exception {
    ThreadLocal<Worker> workers = ThreadLocal.withInitial(path);
    // Create each thread's worker (models, coders) before the clock starts.
    List<Future<?>> setup = new ArrayList<>();
    java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(threads);
    for (int t = 0; t < threads; t++) {
      setup.add(pool.submit(() -> {
        workers.get();
        ready.countDown();
        ready.await();
        return null;
      }));
    }
    for (Future<?> f : setup) {
      f.get();
    }
    long cpuStarted = LOAD.getProcessCpuTime();
    long started = System.nanoTime();
    List<Future<Long>> chunks = new ArrayList<>();
    for (int start = from; start < to; start += CHUNK) {
      int s = start;
      int e = Math.min(to, start + CHUNK);
      chunks.add(pool.submit(() -> {
        Worker w = workers.get();
        long tokens = 0;
        for (int i = s; i < e; i++) {
          tokens += w.run(i);
        }
        return tokens;
      }));
    }
    long tokens = 0;
    for (Future<Long> f : chunks) {
      tokens += f.get();
    }
    return new Run(System.nanoTime() - started, LOAD.getProcessCpuTime() - cpuStarted, tokens);
  }

  /** Texts of 30-40 words, each made of runs of 4-12 consecutive words of random demo turns. */
  static List<String> generate(DemoPool demo, int count, long seed) throws IOException {
    Random random = new Random(seed);
    List<String[]> turns = demo.turns();
    List<String> texts = new ArrayList<>(count);
    StringBuilder text = new StringBuilder();
    for (int n = 0; n < count; n++) {
      int target = 30 + random.nextInt(11);
      int have = 0;
      text.setLength(0);
      while (have < target) {
        String[] turn = turns.get(random.nextInt(turns.size()));
        int run = Math.min(Math.min(4 + random.nextInt(9), turn.length), target - have);
        int start = random.nextInt(turn.length - run + 1);
        for (int k = start; k < start + run; k++) {
          text.append(have++ == 0 ? "" : " ").append(turn[k]);
        }
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static void progress(String format, Object... args) {
    System.err.println("[tag-code] " + String.format(Locale.ROOT, format, args));
  }
}
