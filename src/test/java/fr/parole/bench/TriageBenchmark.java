package fr.parole.bench;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CombinedCoder;
import fr.parole.coding.ContentLemmas;
import fr.parole.coding.FastCoder;
import fr.parole.coding.LearnedModels;
import fr.parole.coding.TextCoder;
import fr.parole.index.IndexFields;
import fr.parole.nlp.FrenchModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * National triage throughput (issue 15): e-Satis comments generated from the demo's comments
 * ({@link VerbatimGenerator}: one to three demo sentences of one polarity), coded in one JVM by
 * OpenNLP POS tagging alone (the floor of full coding, whitespace tokens), the search analysis
 * alone (the floor of the fast path), Parole's full coding (tagging, lemmas, negation, rules and
 * model, content lemmas: what {@code parole code} does per text) and the fast path
 * ({@link FastCoder}: rules and fast model on stems, what {@code parole code --rapide} does per
 * text) on one thread and on {@code --threads}. Writes the comments to {@code <out>/comments.txt}
 * (what bench/triage.sh gives scikit-learn) and the times to {@code <out>/java.properties}.
 * Markdown on stdout, progress on stderr.
 *
 * <pre>java -Xmx2g -cp … fr.parole.bench.TriageBenchmark [--comments N] [--threads N] [--seed N] [--out DIR]</pre>
 */
public final class TriageBenchmark {
  private static final int WARMUP = 5_000;

  private TriageBenchmark() {}

  public static void main(String[] args) throws Exception {
    BenchArgs options = BenchArgs.parse(args, Set.of("--comments", "--threads", "--seed", "--out"),
        Set.of("--fast-only"), "Options : --comments N (1000000) --threads N (2) --seed N (42) --out DOSSIER "
        + "(target/triage) --fast-only (sans étiquetage ni codage complet : les chemins sans étiquetage seulement)");
    int comments = options.positive("--comments", 1_000_000);
    int threads = options.positive("--threads", 2);
    long seed = options.number("--seed", 42);
    Path out = options.path("--out", Path.of("target", "triage"));
    boolean fastOnly = options.flag("--fast-only");
    Codebook esatis = new CodebookLibrary().load("esatis");
    List<String> texts = new VerbatimGenerator(Path.of("corpora", "demo", "verbatims", "esatis-verbatims-demo.csv"))
        .comments(comments + WARMUP, seed);
    Files.createDirectories(out);
    try (Writer file = Files.newBufferedWriter(out.resolve("comments.txt"), StandardCharsets.UTF_8)) {
      for (String text : texts.subList(WARMUP, texts.size())) {
        file.write(text);
        file.write('\n');
      }
    }
    long characters = texts.subList(WARMUP, texts.size()).stream().mapToLong(String::length).sum();
    progress("%d comments generated (+%d warm-up), %d characters, written to %s", comments, WARMUP, characters,
        out.resolve("comments.txt"));

    FrenchModels models = FrenchModels.load();
    POSModel posModel;
    try (InputStream in = TagCodeBenchmark.class.getResourceAsStream(TagCodeBenchmark.POS_RESOURCE)) {
      posModel = new POSModel(in);
    }
    Supplier<TagCodeBenchmark.Worker> pos = () -> {
      POSTaggerME tagger = new POSTaggerME(posModel, POSTagFormat.UD);
      return i -> tagger.tag(texts.get(i).split(" ")).length;
    };
    Analyzer analyzer = IndexFields.analyzer();
    Supplier<TagCodeBenchmark.Worker> stems = () -> i -> stemCount(analyzer, texts.get(i));
    CombinedCoder full = CombinedCoder.of(esatis, new LearnedModels().load(esatis, null).orElseThrow());
    Supplier<TagCodeBenchmark.Worker> fullCoding = () -> {
      TextCoder coder = new TextCoder(models.newTagger(), full, new ContentLemmas());
      return i -> coder.code(texts.get(i)).suggestions().size();
    };
    FastCoder fast = FastCoder.of(esatis, LearnedModels.fast().load(esatis, null).orElseThrow());
    Supplier<TagCodeBenchmark.Worker> fastCoding = () -> {
      TextCoder coder = new TextCoder(FastCoder::untagged, fast, null);
      return i -> coder.code(texts.get(i)).suggestions().size();
    };

    List<String> names = List.of("OpenNLP POS tagging alone (whitespace tokens)", "Lucene French analysis alone (stems)",
        "**Full coding** (FrenchTagger, rules with negation, model, content lemmas)",
        "**Fast path** (`--rapide`: rules and fast model on stems)", "**Fast path** (`--rapide`)");
    List<Supplier<TagCodeBenchmark.Worker>> paths = List.of(pos, stems, fullCoding, fastCoding, fastCoding);
    int[] threadsOf = {threads, 1, threads, 1, threads};
    String[] keys = {"pos", "stems", "full", "fast1", "fast"};
    int poolSize = threads;
    ExecutorService pool = Executors.newFixedThreadPool(poolSize);
    ExecutorService single = Executors.newSingleThreadExecutor();
    Properties times = new Properties();
    List<TagCodeBenchmark.Run> runs = new ArrayList<>();
    double loadBefore = TagCodeBenchmark.LOAD.getSystemLoadAverage();
    try {
      for (int p = 0; p < paths.size(); p++) {
        if (fastOnly && (keys[p].equals("pos") || keys[p].equals("full"))) {
          runs.add(null);
          continue;
        }
        ExecutorService on = threadsOf[p] == 1 ? single : pool;
        TagCodeBenchmark.time(on, threadsOf[p], paths.get(p), 0, WARMUP);
        System.gc();
        TagCodeBenchmark.Run run = TagCodeBenchmark.time(on, threadsOf[p], paths.get(p), WARMUP, texts.size());
        runs.add(run);
        times.setProperty(keys[p] + ".seconds", String.format(Locale.ROOT, "%.3f", run.wallNanos() / 1e9));
        times.setProperty(keys[p] + ".threads", Integer.toString(threadsOf[p]));
        times.setProperty(keys[p] + ".cpu", String.format(Locale.ROOT, "%.3f", run.cpuNanos() / 1e9));
        progress("%s, %d thread(s): %.2f s wall, %.2f s CPU, load %.2f", keys[p], threadsOf[p], run.wallNanos() / 1e9,
            run.cpuNanos() / 1e9, TagCodeBenchmark.LOAD.getSystemLoadAverage());
      }
    } finally {
      pool.shutdownNow();
      single.shutdownNow();
    }
    times.setProperty("comments", Integer.toString(comments));
    try (Writer file = Files.newBufferedWriter(out.resolve("java.properties"), StandardCharsets.UTF_8)) {
      times.store(file, "TriageBenchmark");
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "%,d generated comments (seed %d, %,d characters), codebook `esatis`; "
        + "max heap %d MiB, %d cores, load average %.2f before and %.2f after.%n%n", comments, seed, characters,
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), loadBefore,
        TagCodeBenchmark.LOAD.getSystemLoadAverage()));
    md.append(fastOnly ? "Without tagging paths (`--fast-only`): the « vs » column is against the first path shown.\n\n" : "");
    md.append("| Path | Threads | Wall time | Comments/s | vs POS alone | Process CPU time |\n|---|---|---|---|---|---|\n");
    for (int p = 0; p < paths.size(); p++) {
      TagCodeBenchmark.Run run = runs.get(p);
      if (run == null) {
        continue;
      }
      TagCodeBenchmark.Run floor = runs.stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
      md.append(String.format(Locale.ROOT, "| %s | %d | %.2f s | %,.0f | %.2f× | %.2f s |%n", names.get(p),
          threadsOf[p], run.wallNanos() / 1e9, comments / (run.wallNanos() / 1e9),
          (double) run.wallNanos() / floor.wallNanos(), run.cpuNanos() / 1e9));
    }
    System.out.print(md);
  }

  /** The stems the search analysis makes of {@code text}: what the fast path starts from. */
  private static int stemCount(Analyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
      stream.reset();
      int n = 0;
      while (stream.incrementToken()) {
        n++;
      }
      stream.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void progress(String format, Object... args) {
    System.err.println("[triage] " + String.format(Locale.ROOT, format, args));
  }
}
