package fr.parole.bench;

import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.FrenchTagger;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Parole's tagging on words it has not seen, against OpenNLP POS tagging alone on the same texts.
 * {@code FrenchTagger} keeps each word's share of the POS scores once computed (GreedyPosTagger):
 * the generated corpora of the other benchmarks recombine the demo's few thousand words, so there
 * nearly every word is already known. Here each round's tagger first reads the demo's comments
 * (the warm set), then is timed on texts whose words are mostly new to it: the demo's interviews,
 * or the files given as arguments (one text a line, or a TSV's last column). One thread, CPU time
 * of the thread, least of 3 rounds. Run: {@code java -cp target/parole.jar:target/test-classes
 * fr.parole.bench.UnseenWordsBenchmark [file…]}.
 */
public final class UnseenWordsBenchmark {
  private static final int ROUNDS = 3;

  private UnseenWordsBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<String> warm = Files.readAllLines(Path.of("corpora", "demo", "verbatims", "esatis-verbatims-demo.csv"));
    List<String> unseen = args.length == 0 ? interviews() : lines(args);
    FrenchModels models = FrenchModels.load();
    POSModel pos;
    try (InputStream in = UnseenWordsBenchmark.class.getResourceAsStream(TagCodeBenchmark.POS_RESOURCE)) {
      pos = new POSModel(in);
    }
    POSTaggerME floor = new POSTaggerME(pos, POSTagFormat.UD);
    warm.forEach(text -> floor.tag(text.split(" ")));
    long floorCpu = Long.MAX_VALUE;
    long paroleCpu = Long.MAX_VALUE;
    long coldCpu = Long.MAX_VALUE;
    long words = unseen.stream().mapToLong(t -> t.split(" ").length).sum();
    for (int round = 0; round < ROUNDS; round++) {
      floorCpu = Math.min(floorCpu, cpu(() -> unseen.forEach(text -> floor.tag(text.split(" ")))));
      FrenchTagger warmed = models.newTagger();
      warm.forEach(warmed::tag);
      paroleCpu = Math.min(paroleCpu, cpu(() -> unseen.forEach(warmed::tag)));
      FrenchTagger fresh = models.newTagger();
      coldCpu = Math.min(coldCpu, cpu(() -> unseen.forEach(fresh::tag)));
    }
    System.out.printf(Locale.ROOT, "%,d texts, %,d whitespace words unseen by the tagger's warm set (%s); CPU of one "
        + "thread, least of %d rounds:%n%n| Path | CPU (ms) | vs POS alone |%n|---|---|---|%n"
        + "| OpenNLP POS tagging alone (beam of 3, whitespace tokens) | %.0f | 1.00 × |%n"
        + "| Parole's tagging, after the demo's comments | %.0f | %.2f × |%n"
        + "| Parole's tagging, a new tagger (every word new) | %.0f | %.2f × |%n", unseen.size(), words,
        args.length == 0 ? "the demo's interviews" : String.join(", ", args), ROUNDS, floorCpu / 1e6,
        paroleCpu / 1e6, (double) paroleCpu / floorCpu, coldCpu / 1e6, (double) coldCpu / floorCpu);
  }

  private static List<String> interviews() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("corpora", "demo", "entretiens"))) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.sorted().toList()) {
        texts.addAll(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList());
      }
      return texts;
    }
  }

  private static List<String> lines(String[] files) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String file : files) {
      for (String line : Files.readAllLines(Path.of(file))) {
        String text = line.substring(line.lastIndexOf('\t') + 1);
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
    }
    return texts;
  }

  private static long cpu(Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    work.run();
    return threads.getCurrentThreadCpuTime() - start;
  }
}
