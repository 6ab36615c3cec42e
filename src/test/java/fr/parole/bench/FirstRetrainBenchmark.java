package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.coding.ReviewDecision;
import fr.parole.coding.TextTable;
import fr.parole.nlp.FrenchModels;
import fr.parole.pipeline.ModelTraining;
import fr.parole.pipeline.Pipeline;
import fr.parole.pipeline.ReviewQueue;
import fr.parole.pipeline.StoreWatch;
import fr.parole.study.PendingSuggestion;
import fr.parole.study.PendingFilter;
import fr.parole.study.Study;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Issue 13's retraining as the atelier lives it, not only {@code LearnedCoder.train}: the first
 * retraining of an atelier's life ({@link ModelTraining#train} on a fresh instance: it tags every
 * decided segment and the codebook's shipped texts, then trains), the next one (nothing new to tag)
 * and one after one more decision (one text to tag). On a copy of the demo, whose e-Satis
 * suggestions are accepted in corpus order up to {@code --decisions} (the demo has fewer: all of
 * them); with {@code --extra N}, N more comments (the shipped constructed comments in turn) are
 * added to the copy as a verbatims file first, so that there are 2,000 decisions to learn from.
 * The French models are loaded before the clock starts (the atelier loads them once at start).
 * Run by {@code bench/first-retrain.sh}.
 */
public final class FirstRetrainBenchmark {
  private FirstRetrainBenchmark() {}

  public static void main(String[] args) throws Exception {
    int decisions = 2000;
    int extra = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--decisions" -> decisions = Integer.parseInt(args[i + 1]);
        case "--extra" -> extra = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Option inconnue : " + args[i] + " (--decisions N --extra N)");
      }
    }
    Path work = Files.createTempDirectory("parole-first-retrain");
    Path folder = TestStudies.copyOfDemo(work.resolve("demo"));
    if (extra > 0) {
      writeComments(folder.resolve("verbatims").resolve("commentaires-bench.csv"), extra);
    }
    Study study = Study.open(folder);
    long start = System.nanoTime();
    new Pipeline(Progress.SILENT).run(study, work.resolve("rapport"));
    System.err.printf(Locale.ROOT, "Étude importée et codée : %.1f s%n", (System.nanoTime() - start) / 1e9);
    Codebook esatis = Pipeline.codebook(study, "esatis");
    ReviewQueue queue = new ReviewQueue(new StoreWatch(study));
    PendingFilter any = new PendingFilter("", "", 0, 1);
    int decided = 0;
    long after = -1;
    for (Optional<PendingSuggestion> next = queue.next(study, esatis, any, after); next.isPresent() && decided < decisions;
        next = queue.next(study, esatis, any, after)) {
      after = next.get().codingId();
      if (queue.decide(study, esatis, after, decided % 5 == 4 ? ReviewDecision.Kind.REJECT : ReviewDecision.Kind.ACCEPT,
          null, "bench").status() == ReviewQueue.Status.RECORDED) {
        decided++;
      }
    }
    System.err.printf(Locale.ROOT, "%d suggestions décidées (4 acceptées sur 5)%n", decided);
    FrenchModels models = FrenchModels.load();
    ModelTraining training = new ModelTraining(() -> models);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String first = timed("première (tout étiqueter)", threads, () -> training.train(study, esatis));
    String second = timed("suivante (rien de neuf)", threads, () -> training.train(study, esatis));
    PendingSuggestion one = queue.next(study, esatis, any, -1).orElse(null);
    if (one != null) {
      queue.decide(study, esatis, one.codingId(), ReviewDecision.Kind.ACCEPT, null, "bench");
    }
    String third = timed("après une décision de plus", threads, () -> training.train(study, esatis));
    System.out.printf(Locale.ROOT, "| demo%s, esatis, %d decisions | first %s | next %s | one more decision %s |%n",
        extra > 0 ? " + " + extra + " comments" : "", decided, first, second, third);
  }

  private static String timed(String what, ThreadMXBean threads, java.util.function.Supplier<ModelTraining.Trained> run) {
    long start = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    ModelTraining.Trained trained = run.get();
    double s = (System.nanoTime() - start) / 1e9;
    double c = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    System.err.printf(Locale.ROOT, "Réentraînement %s : %.2f s (CPU %.2f s), %d décisions sur %d segments%n", what, s, c,
        trained.learned().decisions(), trained.learned().segments());
    return String.format(Locale.ROOT, "%.2f s (CPU %.2f s, %d texts)", s, c, trained.learned().segments());
  }

  /** {@code n} comments from the shipped constructed ones, in turn, as an e-Satis verbatims export. */
  private static void writeComments(Path file, int n) throws Exception {
    TextTable table = TextTable.read(Path.of("models/training/esatis-commentaires.tsv"));
    StringBuilder csv = new StringBuilder("Date de réponse;Établissement;Service;Enquête;Points positifs;Points à améliorer\n");
    String[] places = {"CHU1", "CH2", "CHU3"};
    for (int i = 0; i < n; i++) {
      String text = table.rows().get(i % table.rows().size()).text().replace("\"", "\"\"");
      csv.append(String.format(Locale.ROOT, "%02d/06/2020;%s;Médecine;+48h MCO;;\"%s (%d)\"%n", 1 + i % 28,
          places[i % 3], text, i));
    }
    Files.writeString(file, csv, StandardCharsets.UTF_8);
  }
}
