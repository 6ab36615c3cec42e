package fr.parole.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The benchmark's results as Markdown: machine, corpus, floor, imports, searches, heap and targets. */
final class BenchReport {
  private BenchReport() {}

  static String markdown(BenchOptions options, DemoPool pool, Round r, long overallPeakHeap) {
    Runtime runtime = Runtime.getRuntime();
    Generated c = r.corpus();
    StringBuilder md = new StringBuilder();
    md.append("### Run of ").append(LocalDate.now()).append("\n\n");
    md.append("Command: `bash bench/run.sh").append(options.asArguments()).append("`\n\n");
    md.append("Machine: ").append(runtime.availableProcessors()).append(" cores (nproc)")
        .append(cpuModel().map(m -> ", " + m).orElse("")).append(", ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version")).append(", ")
        .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
        .append(", max heap ").append(mib(runtime.maxMemory())).append(" (Runtime.maxMemory(); JVM options: ")
        .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
        .append("). Load average (1, 5, 15 min) before the floor: ").append(r.loadBefore())
        .append("; after: ").append(r.loadAfter()).append(".\n\n");
    md.append("Corpus: ").append(fmt(c.files())).append(" transcripts, ").append(fmt(c.participantTurns()))
        .append(" participant turns (").append(String.format(Locale.ROOT, "%.1f", (double) c.participantWords()
            / c.participantTurns())).append(" words each on average), each after an interviewer question, ")
        .append(mib(c.bytes())).append(" on disk; recombined (seed ").append(options.seed).append(") from the ")
        .append(pool.turns().size()).append(" participant turns and ").append(pool.questions().size())
        .append(" questions of corpora/demo. Parole stored ").append(fmt(r.summary().segments()))
        .append(" participant segments (").append(fmt(r.summary().words())).append(" words), ")
        .append(fmt(r.summary().interviewerTurns())).append(" interviewer turns and ")
        .append(fmt(r.summary().otherSegments())).append(" preambles.\n\n");

    md.append("Floor: raw Lucene (FrenchAnalyzer, one TextField per text, default IndexWriterConfig, one thread, ")
        .append("commit) plus raw SQLite (one table (id, text), one transaction, batched prepared inserts), each ")
        .append("into a fresh directory and file, on the participant turns (the target's floor) and on all the ")
        .append("segment texts Parole stores (turns, questions, preambles; for information). Measured before the ")
        .append("first import and after each; each import is compared with the mean of the floors just before and ")
        .append("after it, and the ratio reported is the median over the ").append(r.runs().size())
        .append(" imports. Each import starts from an empty `.parole/`.\n\n");
    md.append("| Floor (mean of ").append(r.turnsFloors().size()).append(" measures) | Lucene | SQLite | Floor |\n")
        .append("|---|---:|---:|---:|\n");
    Floor turns = Floor.mean(r.turnsFloors());
    Floor all = Floor.mean(r.allFloors());
    md.append("| participant turns | ").append(secs(turns.lucene())).append(" | ").append(secs(turns.sqlite()))
        .append(" | **").append(secs(turns.total())).append("** |\n");
    md.append("| all segment texts | ").append(secs(all.lucene())).append(" | ").append(secs(all.sqlite()))
        .append(" | ").append(secs(all.total())).append(" |\n\n");
    md.append("| Import | Parole import + index | of which files read, split, stored | of which store commit ")
        .append("+ indexing | Floor around it | Ratio | Ratio, all texts |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < r.runs().size(); i++) {
      ParoleRun run = r.runs().get(i);
      md.append("| ").append(i + 1).append(" | ").append(secs(run.total())).append(" | ")
          .append(secs(run.importPart())).append(" | ").append(secs(run.total() - run.importPart())).append(" | ")
          .append(secs(r.floorAround(r.turnsFloors(), i).total())).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ×", r.ratio(i))).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f ×", r.ratioAllText(i))).append(" |\n");
    }
    md.append("| **Median** | | | | | **").append(String.format(Locale.ROOT, "%.2f ×", r.ratio())).append("** | ")
        .append(String.format(Locale.ROOT, "%.2f ×", r.ratioAllText())).append(" |\n\n");

    md.append("Search: ").append(r.search().count()).append(" single-word queries after ").append(r.warmupQueries())
        .append(" warm-up queries, half among the 50 most frequent content words, half among the rarer ones; ")
        .append("`SegmentSearcher.search` with 50 KWIC lines of 45 characters of context (the CLI default), ")
        .append("participants only, facet counts included. Mean hits per query: ")
        .append(fmt(Math.round(r.meanHits()))).append(" segments; mean KWIC lines: ")
        .append(String.format(Locale.ROOT, "%.1f", r.meanLines())).append(".\n\n");
    md.append("| Search | Median | p95 | Max |\n|---|---:|---:|---:|\n");
    md.append("| Parole search + KWIC | ").append(ms(r.search().median())).append(" | ").append(ms(r.search().p95()))
        .append(" | ").append(ms(r.search().max())).append(" |\n");
    md.append("| Raw Lucene TermQuery top-10 on the floor index (reference) | ").append(ms(r.rawSearch().median()))
        .append(" | ").append(ms(r.rawSearch().p95())).append(" | ").append(ms(r.rawSearch().max()))
        .append(" |\n\n");

    md.append("Heap during Parole's imports: peak used ")
        .append(mib(r.runs().stream().mapToLong(ParoleRun::peakHeap).max().orElse(0)))
        .append(", peak left after a collection ")
        .append(mib(r.runs().stream().mapToLong(ParoleRun::peakLiveHeap).max().orElse(0)))
        .append("; peak used over the whole benchmark ").append(mib(overallPeakHeap)).append(" of ")
        .append(mib(runtime.maxMemory())).append(" (sampled every 5 ms).\n\n");

    md.append("| Target | Measured | Result |\n|---|---:|---|\n");
    md.append("| Import + index ≤ 3 × floor (participant turns), median ratio | ")
        .append(String.format(Locale.ROOT, "%.2f ×", r.ratio())).append(" | ")
        .append(pass(r.ratio() <= Round.TARGET_RATIO)).append(" |\n");
    md.append("| Search median < 10 ms | ").append(ms(r.search().median())).append(" | ")
        .append(pass(r.search().median() < Round.TARGET_MEDIAN_MS)).append(" |\n");
    md.append("| Search p95 < 50 ms | ").append(ms(r.search().p95())).append(" | ")
        .append(pass(r.search().p95() < Round.TARGET_P95_MS)).append(" |\n");
    return md.toString();
  }

  private static String pass(boolean ok) {
    return ok ? "pass" : "**FAIL**";
  }

  private static Optional<String> cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip());
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static String secs(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, "%.2f ms", millis);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024));
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
