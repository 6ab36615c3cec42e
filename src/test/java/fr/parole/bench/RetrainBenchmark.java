package fr.parole.bench;

import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookLibrary;
import fr.parole.coding.GoldEvaluation;
import fr.parole.coding.GoldLabels;
import fr.parole.coding.LearnedCoder;
import fr.parole.coding.TextTable;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.TaggedText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 13's retraining figure: the study's model trained again ({@link LearnedCoder#train}, the
 * entry point the atelier calls) on N decisions, the texts already tagged, as they are in a study
 * (segments are tagged when coded, and the codebook's texts once per run). The decisions are the
 * coded texts of a gold file taken in turn until there are N (a file shorter than N is repeated, each
 * repeat a distinct text object: the cost depends on the number of texts and features). Median and
 * extremes of {@code --repeat} trainings after {@code --warmup} ones. Run by {@code bench/retrain.sh}.
 */
public final class RetrainBenchmark {
  private RetrainBenchmark() {}

  public static void main(String[] args) {
    String codebook = args[0];
    Path file = Path.of(args[1]);
    int decisions = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    int repeat = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 2;
    Codebook book = new CodebookLibrary().load(codebook);
    GoldEvaluation evaluation = new GoldEvaluation(FrenchModels.load().newTagger());
    List<LearnedCoder.Example> coded = evaluation.examples(GoldLabels.read(book, TextTable.read(file), Map.of()));
    List<LearnedCoder.Example> examples = new ArrayList<>();
    for (int i = 0; i < decisions; i++) {
      // A distinct text object for each decision, as in a study: training analyses each text once
      // (by identity), so a repeated object would be analysed once for all its repeats.
      LearnedCoder.Example example = coded.get(i % coded.size());
      examples.add(new LearnedCoder.Example(new TaggedText(example.text().text(), example.text().sentences()),
          example.codes()));
    }
    long start = System.nanoTime();
    LearnedCoder.train(book, examples.subList(0, Math.min(10, decisions)), evaluation::tag);
    System.err.printf(Locale.ROOT, "Textes du livre de codes étiquetés (une fois) : %.2f s%n",
        (System.nanoTime() - start) / 1e9);
    double[] seconds = new double[repeat];
    double[] cpu = new double[repeat];
    // Training runs on the calling thread: its CPU time is what the wall time would be on an idle
    // machine, and says it on a shared one (this one is shared by several developers).
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int r = -warmup; r < repeat; r++) {
      start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      LearnedCoder model = LearnedCoder.train(book, examples, evaluation::tag);
      double s = (System.nanoTime() - start) / 1e9;
      double c = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.err.printf(Locale.ROOT, "%s %.3f s, CPU %.3f s (%d dimension(s) apprise(s))%n",
          r < 0 ? "échauffement" : "entraînement", s, c, model.dimensions().size());
      if (r >= 0) {
        seconds[r] = s;
        cpu[r] = c;
      }
    }
    Arrays.sort(seconds);
    Arrays.sort(cpu);
    System.out.printf(Locale.ROOT, "| %s, %d decisions (%s) | wall median %.2f s (min %.2f, max %.2f), CPU median %.2f s "
        + "(min %.2f), %d runs |%n", codebook, decisions, file.getFileName(), seconds[repeat / 2], seconds[0],
        seconds[repeat - 1], cpu[repeat / 2], cpu[0], repeat);
  }
}
