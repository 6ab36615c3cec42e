package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.pipeline.Pipeline;
import fr.parole.report.ReportService;
import fr.parole.study.Study;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One report of a built study, timed, in the JVM {@link ReportBenchmark} starts with the heap under
 * test: {@code new Pipeline(progress).report(study, out)}, which is what {@code parole report}
 * does (open the store, {@code ReportService.write}). Prints one Markdown row on stdout.
 */
public final class ReportReplay {
  static final String HEADER = "| report (s) | " + String.join(" | ", ReportService.STEPS)
      + " | heap peak used / live (MiB) | max heap (MiB) | tables | charts | load before → after |";
  static final String SEPARATOR = "|---".repeat(ReportService.STEPS.size() + 6) + "|";

  private ReportReplay() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path out = dir.resolve("rapports");
    Study study = Study.open(dir);
    String loadBefore = ReportBenchmark.loadAverage().split(",")[0];
    StepClock clock = new StepClock();
    HeapSampler heap = new HeapSampler();
    heap.start();
    long start = System.nanoTime();
    clock.last = start;
    Path index = new Pipeline(clock).report(study, out);
    long end = System.nanoTime();
    heap.interrupt();
    Path folder = index.getParent();
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < ReportService.STEPS.size(); i++) {
      steps.add(i < clock.seconds.size() ? String.format(Locale.ROOT, "%.1f", clock.seconds.get(i)) : "?");
    }
    System.out.printf(Locale.ROOT, "| **%.1f** | %s | %d / %d | %d | %d | %d | %s → %s |%n", (end - start) / 1e9,
        String.join(" | ", steps), heap.overallPeak() >> 20, heap.peakLive() >> 20,
        Runtime.getRuntime().maxMemory() >> 20, files(folder.resolve("tableaux"), ".csv"),
        files(folder.resolve("graphiques"), ".png"), loadBefore, ReportBenchmark.loadAverage().split(",")[0]);
  }

  /** The report time in a row printed by {@link #main}. */
  static double seconds(String row) {
    return Double.parseDouble(row.split("\\|")[1].replace("*", "").strip());
  }

  /** The load average before the report, in a row printed by {@link #main}. */
  static String loadBefore(String row) {
    String[] cells = row.split("\\|");
    return cells[cells.length - 1].split("→")[0].strip();
  }

  private static long files(Path folder, String extension) throws IOException {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.filter(p -> p.toString().endsWith(extension)).count();
    }
  }

  /** Seconds spent in each step of the report, from the progress it reports. */
  private static final class StepClock implements Progress {
    final List<Double> seconds = new ArrayList<>();
    long last;

    @Override
    public void update(String task, long done, long total) {
      if (task.equals("Rapport") && done == ReportService.percentAfter(seconds.size() + 1)) {
        long now = System.nanoTime();
        seconds.add((now - last) / 1e9);
        last = now;
      }
    }

    @Override
    public void info(String message) { }

    @Override
    public void warn(String message) {
      VerbatimBenchmark.log("avertissement : " + message);
    }
  }
}
