package fr.parole.bench;

import fr.parole.cli.ParoleCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code parole <arguments>} as the launcher runs it, in the benchmark's child JVM, with the heap
 * sampled ({@link HeapSampler}): its last line on stdout is {@code HEAP <peak MiB> <peak live MiB>}.
 */
public final class NationalRun {
  static final String HEAP = "HEAP ";

  private NationalRun() {}

  public static void main(String[] args) {
    HeapSampler heap = new HeapSampler();
    heap.start();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int exit = ParoleCommand.commandLine(out, err).execute(args);
    heap.interrupt();
    out.println(HEAP + (heap.overallPeak() >> 20) + " " + (heap.peakLive() >> 20));
    System.exit(exit);
  }
}
