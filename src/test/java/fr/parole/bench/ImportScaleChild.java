package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.importer.ImportReport;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One {@code parole import} of a study, as {@link ImportScaleBenchmark} runs it in a JVM of its
 * own (so that its heap is the user's {@code -Xmx2g} and nothing else's): prints one line,
 * {@code total import cpu peakHeap indexed segments} (nanoseconds, bytes, counts).
 */
public final class ImportScaleChild {
  private ImportScaleChild() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    Clock clock = new Clock();
    HeapSampler heap = new HeapSampler();
    heap.start();
    long cpuBefore = processCpu();
    long start = System.nanoTime();
    ImportReport report = new Pipeline(clock).importStudy(Study.open(dir));
    long end = System.nanoTime();
    long cpu = processCpu() - cpuBefore;
    heap.interrupt();
    if (report.hasFailures()) {
      throw new IllegalStateException("import en erreur : " + report.failed());
    }
    System.out.printf(Locale.ROOT, "%d %d %d %d %d %d%n", end - start, clock.lastImportUpdate - start, cpu,
        heap.overallPeak(), clock.indexed, report.segments());
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** When the import's file loop ended, and how many documents the index said it took. */
  private static final class Clock implements Progress {
    long lastImportUpdate;
    long indexed = -1;

    @Override
    public void update(String task, long done, long total) {
      if (task.equals("Import")) {
        lastImportUpdate = System.nanoTime();
      } else if (task.equals("Indexation") && done == total) {
        indexed = done;
      }
    }

    @Override
    public void info(String message) {
      System.err.println("[import] " + message);
    }

    @Override
    public void warn(String message) {
      System.err.println("[import] avertissement : " + message);
    }
  }
}
