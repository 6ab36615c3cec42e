package fr.parole.bench;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.CombinedCoder;
import fr.parole.coding.ContentLemmas;
import fr.parole.coding.LearnedModels;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import fr.parole.nlp.TaggedText;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * What each stage of {@code parole code} costs, on one thread, in CPU time of that thread: OpenNLP
 * POS tagging alone (the floor of {@link TagCodeBenchmark}), Parole's tagging, the coder on texts
 * already tagged, and the content-lemma counts. On a machine shared with other jobs the wall times
 * of {@link TagCodeBenchmark} move by tens of percent from one run to the next; a thread's CPU time
 * moves much less, and the coder and the counts are timed apart from the tagging, which is most of
 * the cost. Same texts as {@link TagCodeBenchmark} (30-40 words from the demo turns, seed 42).
 * Markdown on stdout.
 *
 * <pre>java -Xmx1g -cp target/parole.jar:target/test-classes fr.parole.bench.CodingCostBenchmark [--texts N] [--rounds N] [--codebook ID]</pre>
 */
public final class CodingCostBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] STAGES = {"OpenNLP POS tagging alone (whitespace tokens)",
      "FrenchTagger (sentences, tokens, POS, lemmas, negation)", "CombinedCoder on the tagged texts",
      "Content lemmas, summed per group"};

  private CodingCostBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = 10_000;
    int rounds = 5;
    String codebookId = "esatis";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--texts" -> count = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--codebook" -> codebookId = args[++i];
        default -> throw new IllegalArgumentException("Options : --texts N (10000) --rounds N (5) --codebook ID (esatis)");
      }
    }
    FrenchModels models = FrenchModels.load();
    Codebook codebook = new CodebookLibrary().load(codebookId);
    List<String> texts = TagCodeBenchmark.generate(DemoPool.read(Path.of("corpora", "demo")), count, 42);
    List<String[]> words = texts.stream().map(t -> t.split(" ")).toList();
    POSTaggerME floor;
    try (InputStream in = CodingCostBenchmark.class.getResourceAsStream("/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin")) {
      floor = new POSTaggerME(new POSModel(in), POSTagFormat.UD);
    }
    FrenchTagger tagger = models.newTagger();
    List<TaggedText> tagged = new ArrayList<>(texts.size());
    texts.forEach(t -> tagged.add(tagger.tag(t)));
    CombinedCoder coder = CombinedCoder.of(codebook, new LearnedModels().load(codebook, null).orElse(null));
    ContentLemmas lemmas = new ContentLemmas();

    // Per stage, the CPU nanoseconds of each round; the first round (compilation) is dropped.
    long[][] nanos = new long[STAGES.length][rounds];
    long seen = 0;
    for (int round = 0; round <= rounds; round++) {
      long[] at = new long[STAGES.length + 1];
      at[0] = THREADS.getCurrentThreadCpuTime();
      for (String[] w : words) {
        seen += floor.tag(w).length;
      }
      at[1] = THREADS.getCurrentThreadCpuTime();
      for (String text : texts) {
        seen += tagger.tag(text).tokens().size();
      }
      at[2] = THREADS.getCurrentThreadCpuTime();
      for (TaggedText text : tagged) {
        seen += coder.suggest(text).size();
      }
      at[3] = THREADS.getCurrentThreadCpuTime();
      seen += tally(tagged, lemmas);
      at[4] = THREADS.getCurrentThreadCpuTime();
      for (int s = 0; round > 0 && s < STAGES.length; s++) {
        nanos[s][round - 1] = at[s + 1] - at[s];
      }
      System.err.printf(Locale.ROOT, "[coding-cost] round %d%s: %.2f / %.2f / %.3f / %.3f s%n", round,
          round == 0 ? " (warm-up)" : "", (at[1] - at[0]) / 1e9, (at[2] - at[1]) / 1e9, (at[3] - at[2]) / 1e9,
          (at[4] - at[3]) / 1e9);
    }
    System.out.print(report(nanos, count, codebookId, seen));
  }

  /** The content lemmas of every text summed in 500 groups (standing for attribute sets), as a coding run does. */
  private static long tally(List<TaggedText> tagged, ContentLemmas lemmas) {
    Map<Integer, Map<String, long[]>> groups = new HashMap<>();
    for (int i = 0; i < tagged.size(); i++) {
      Map<String, long[]> group = groups.computeIfAbsent(i % 500, g -> new HashMap<>());
      for (String lemma : lemmas.of(tagged.get(i))) {
        group.computeIfAbsent(lemma, l -> new long[1])[0]++;
      }
    }
    return groups.size();
  }

  private static String report(long[][] nanos, int count, String codebookId, long seen) {
    long[] floor = nanos[0];
    StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
        "%,d texts, codebook `%s`, one thread, %d rounds after a warm-up round (checksum %d); CPU time of the"
            + " thread, median and range over the rounds; each stage against POS alone in the same round.%n%n"
            + "| Stage | CPU time, median | Range | vs POS alone, median | Range |%n|---|---|---|---|---|%n",
        count, codebookId, floor.length, seen));
    double[] total = new double[floor.length];
    for (int s = 0; s < STAGES.length; s++) {
      double[] seconds = new double[floor.length];
      double[] ratios = new double[floor.length];
      for (int r = 0; r < floor.length; r++) {
        seconds[r] = nanos[s][r] / 1e9;
        ratios[r] = (double) nanos[s][r] / floor[r];
        total[r] += s > 0 ? ratios[r] : 0;
      }
      md.append(String.format(Locale.ROOT, "| %s | %.3f s | %.3f-%.3f s | %.3f× | %.3f-%.3f× |%n", STAGES[s],
          median(seconds), min(seconds), max(seconds), median(ratios), min(ratios), max(ratios)));
    }
    md.append(String.format(Locale.ROOT, "| **Tag + code + lemma counts (one thread)** | | | **%.3f×** | %.3f-%.3f× |%n",
        median(total), min(total), max(total)));
    return md.toString();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(0);
  }
}
