package fr.parole.guard;

import fr.parole.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code parole run} in a child JVM that watches itself: a thread samples the main thread's stack
 * every millisecond to tell the stage the command is in (by the pipeline's and the stages' classes,
 * not by progress messages), prints each stage as it starts, and, when asked, raises a signal in
 * the JVM a given time into a stage, exactly as Ctrl-C or {@code kill -9} would.
 */
public final class StageWatch {
  /** The stages of a run, in order; « lemmas » is the coding's write of the lemma counts. */
  static final List<String> STAGES = List.of("import", "index", "coding", "lemmas", "report");
  private static final String STAGE = "ÉTAPE ";
  private static final String KILLED = "ARRÊT ";
  private static final String END = "FIN ";

  private StageWatch() {}

  /** What a child printed and how it ended. */
  record Outcome(int exit, List<String> lines) {
    /** Each stage's duration in a complete run (the last one ends with the command). */
    Map<String, Long> durations() {
      Map<String, Long> starts = new LinkedHashMap<>();
      long end = -1;
      for (String line : lines) {
        if (line.startsWith(STAGE)) {
          String[] parts = line.substring(STAGE.length()).split(" ");
          starts.put(parts[0], Long.parseLong(parts[1]));
        } else if (line.startsWith(END)) {
          end = Long.parseLong(line.substring(END.length()));
        }
      }
      Map<String, Long> durations = new LinkedHashMap<>();
      List<String> seen = List.copyOf(starts.keySet());
      for (int i = 0; i < seen.size(); i++) {
        long until = i + 1 < seen.size() ? starts.get(seen.get(i + 1)) : end;
        durations.put(seen.get(i), Math.max(1, until - starts.get(seen.get(i))));
      }
      return durations;
    }

    /** The stage the signal was raised in; null when none was. */
    String killedIn() {
      return lines.stream().filter(l -> l.startsWith(KILLED)).map(l -> l.substring(KILLED.length())).findFirst()
          .orElse(null);
    }
  }

  /**
   * Runs {@code parole run <study>} in a child JVM; with a {@code stage}, raises {@code signal}
   * ({@code KILL} or {@code INT}) {@code afterMs} into it.
   */
  static Outcome run(Path study, String stage, long afterMs, String signal) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Dfile.encoding=UTF-8",
        "-Djava.awt.headless=true"));
    if (stage != null) {
      command.addAll(List.of("-Dparole.kill.stage=" + stage, "-Dparole.kill.after=" + afterMs,
          "-Dparole.kill.signal=" + signal));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), StageWatch.class.getName(), "run",
        study.toString(), "-q", "--out", study.resolveSibling("rapports").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the child JVM did not end: " + lines);
    }
    return new Outcome(process.exitValue(), lines);
  }

  /** In the child: the command, watched. */
  public static void main(String[] args) {
    Thread main = Thread.currentThread();
    String target = System.getProperty("parole.kill.stage");
    long afterMs = Long.getLong("parole.kill.after", 0);
    String signal = System.getProperty("parole.kill.signal", "KILL");
    long started = System.nanoTime();
    Thread watch = new Thread(() -> watch(main, target, afterMs, signal, started), "stage-watch");
    watch.setDaemon(true);
    watch.start();
    if (target == null) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> say(END + millis(started))));
    }
    Main.main(args);
  }

  private static void watch(Thread main, String target, long afterMs, String signal, long started) {
    int current = -1;
    long armedAt = -1;
    boolean read = false;
    while (main.isAlive()) {
      StackTraceElement[] stack = main.getStackTrace();
      int now = stageOf(stack);
      read |= java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("fr.parole.importer."));
      // The index is opened before the first file is read: it is the index stage only once files were read.
      boolean opening = now == STAGES.indexOf("index") && !read;
      if (now > current && !opening) {
        current = now;
        say(STAGE + STAGES.get(now) + " " + millis(started));
      }
      if (armedAt < 0 && current >= 0 && STAGES.get(current).equals(target)) {
        armedAt = System.nanoTime();
      }
      if (armedAt >= 0 && (System.nanoTime() - armedAt) / 1_000_000 >= afterMs) {
        say(KILLED + STAGES.get(current));
        raise(signal);
        return;
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** The stage a stack is in, by the pipeline's method and the classes under it; -1 when none yet. */
  private static int stageOf(StackTraceElement[] stack) {
    boolean importing = false;
    boolean reading = false;
    boolean indexing = false;
    boolean coding = false;
    boolean lemmas = false;
    for (StackTraceElement frame : stack) {
      String type = frame.getClassName();
      if (type.equals("fr.parole.pipeline.Pipeline")) {
        switch (frame.getMethodName()) {
          case "report" -> {
            return STAGES.indexOf("report");
          }
          case "codeBySource", "codeInOneTransaction", "code" -> coding = true;
          case "importStudy" -> importing = true;
          default -> { }
        }
      }
      coding |= type.equals("fr.parole.pipeline.CodingStage"); // parole run calls the stage itself
      reading |= type.startsWith("fr.parole.importer.");
      // The index's stage is what follows the reading: the live update's commit, or an update or
      // rebuild (opening the backend and indexing alongside the reading belong to the import).
      indexing |= type.startsWith("fr.parole.index.")
          && Set.of("commit", "update", "rebuild").contains(frame.getMethodName());
      // Only the study package writes; a lemma count row goes through one of its Lemma… classes.
      lemmas |= type.startsWith("fr.parole.study.") && type.contains("Lemma");
    }
    if (coding) {
      return STAGES.indexOf(lemmas ? "lemmas" : "coding");
    }
    if (importing) {
      return reading ? STAGES.indexOf("import") : indexing ? STAGES.indexOf("index") : STAGES.indexOf("import");
    }
    return -1;
  }

  /** The signal raised in this JVM: SIGINT runs the JVM's shutdown as Ctrl-C does, SIGKILL ends it there. */
  private static void raise(String signal) {
    if (signal.equals("INT")) {
      // A JVM started with SIGINT ignored (under nohup, or as a background job of a script) never
      // sees it; SIGTERM takes the same path through the JVM's shutdown, as Ctrl-C would.
      boolean ignored = interruptIgnored();
      if (ignored) {
        say("SIGINT ignoré par ce processus (lancé en tâche de fond) : SIGTERM à la place");
      }
      sun.misc.Signal.raise(new sun.misc.Signal(ignored ? "TERM" : signal));
      return;
    }
    // The JVM refuses to raise SIGKILL itself: kill(1) sends it, a few milliseconds later.
    try {
      new ProcessBuilder("kill", "-9", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
    } catch (IOException | InterruptedException e) {
      say("kill impossible : " + e);
    }
    Runtime.getRuntime().halt(137); // not reached when kill(1) worked
  }

  /** Whether SIGINT is ignored in this process (Linux: bit 2 of SigIgn in /proc/self/status). */
  private static boolean interruptIgnored() {
    try {
      for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("SigIgn:")) {
          return (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & 2) != 0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the signal is raised as asked
    }
    return false;
  }

  private static long millis(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static void say(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
