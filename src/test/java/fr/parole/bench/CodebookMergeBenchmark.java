package fr.parole.bench;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdits;
import fr.parole.pipeline.CodebookEditing;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 13's figure « merge two codes with 10,000 codings »: each round creates a code, gives it
 * {@code --codings} people's codings (untimed), then times the merge of that code into the first
 * code of the first dimension as a person does it (a new version, the codings moved, the audit row,
 * the codebook file rewritten, one transaction), and the restore of the version before it (the
 * codings moved back). Without {@code --study}, on a copy of the demo, imported; with it, on that
 * study as it is: it gets codings, versions and a {@code codebooks/} file, so give it a copy.
 *
 * <pre>
 *   bash bench/codebook-merge.sh
 *   bash bench/codebook-merge.sh --study /tmp/copie-etude-1m --codebook esatis --rounds 10
 * </pre>
 */
public final class CodebookMergeBenchmark {
  private CodebookMergeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path given = null;
    String codebook = null;
    int codings = 10_000;
    int rounds = 20;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--study" -> given = Path.of(args[i + 1]);
        case "--codebook" -> codebook = args[i + 1];
        case "--codings" -> codings = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Option inconnue : " + args[i]
            + " (options : --study DOSSIER --codebook NOM --codings N --rounds N)");
      }
    }
    Study study;
    if (given == null) {
      Path work = Files.createTempDirectory("parole-codebook-bench");
      study = Study.open(TestStudies.copyOfDemo(work.resolve("demo")));
      new Pipeline(Progress.SILENT).importStudy(study);
    } else {
      study = Study.open(given);
    }
    List<Long> segments = new ArrayList<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (segments.size() < 1_000_000 && s.kind().isAnalysed()) {
          segments.add(s.id());
        }
      });
    }
    CodebookEditing editing = new CodebookEditing();
    CodebookEdits edits = new CodebookEdits();
    String name = codebook;
    Codebook book = editing.state(study, name).codebook();
    String target = book.dimensions().get(0).codes().get(0).path();
    String dimension = book.dimensions().get(0).id();
    double[] merges = new double[rounds];
    double[] restores = new double[rounds];
    // The thread's CPU time (SQLite runs in it): what the wall time would be on an idle machine, fsync aside.
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] mergeCpu = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      String id = "bench_" + System.nanoTime();
      editing.change(study, name, null, "bench", b -> edits.create(b, dimension, id, "Banc " + id, null));
      try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
        for (int i = 0; i < codings; i++) {
          tx.codings().add(new NewCoding(segments.get(i % segments.size()), book.id(), dimension + "/" + id,
              "codeur" + (i % 3), "human", null, "accepted", null, null, null));
        }
        tx.commit();
      }
      long start = System.nanoTime();
      long startCpu = cpu.getCurrentThreadCpuTime();
      int merged = editing.merge(study, name, null, "bench", dimension + "/" + id, target).number();
      merges[round] = (System.nanoTime() - start) / 1e6;
      mergeCpu[round] = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e6;
      start = System.nanoTime();
      editing.restore(study, name, merged - 1, null, "bench");
      restores[round] = (System.nanoTime() - start) / 1e6;
      // Leaves the codebook as it was: the code and its codings go (archived), one version more.
      editing.change(study, name, null, "bench", b -> edits.delete(b, dimension + "/" + id));
    }
    Latencies merge = new Latencies(merges);
    Latencies restore = new Latencies(restores);
    System.out.printf("Charge de la machine (load average 1 min) : %.1f sur %d cœurs%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    System.out.printf("Étude : %s (%d segments analysés), livre « %s », %d codages par fusion, %d tours%n",
        study.folder(), segments.size(), book.id(), codings, rounds);
    Latencies used = new Latencies(mergeCpu);
    System.out.printf("Fusion de deux codes : médiane %.0f ms, p95 %.0f ms, max %.0f ms (temps processeur du fil : "
        + "médiane %.0f ms, p95 %.0f ms)%n", merge.median(), merge.p95(), merge.max(), used.median(), used.p95());
    System.out.printf("Restauration de la version d'avant (codages ramenés) : médiane %.0f ms, p95 %.0f ms, max %.0f ms%n",
        restore.median(), restore.p95(), restore.max());
  }
}
