package fr.parole.cli;

import fr.parole.Progress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Progress on stderr: one updating line on a terminal, a line every few seconds otherwise (CI,
 * pipes), never a flood. Once a task's rate is known the line says about how long is left
 * (« reste environ 2 min 10 s »), and a long task ends on how long it took (« terminé en 3 min 05 s »).
 */
final class ConsoleProgress implements Progress {
  private static final long TERMINAL_EVERY_MS = 200;
  private static final long PIPE_EVERY_MS = 5_000;
  /** Before this much of a task has run, its rate is mostly the start's noise (models loading, caches). */
  private static final long ESTIMATE_AFTER_MS = 3_000;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final LongSupplier clockMillis;
  /** The tasks under way by name: the index is fed while files are read, so two may interleave. */
  private final Map<String, Task> tasks = new HashMap<>();
  private long lastShown;
  private boolean lineOpen;
  private int lineLength;

  ConsoleProgress(PrintWriter err, boolean terminal, boolean quiet) {
    this(err, terminal, quiet, System::currentTimeMillis);
  }

  /** With the clock given, in milliseconds (a test's fake one). */
  ConsoleProgress(PrintWriter err, boolean terminal, boolean quiet, LongSupplier clockMillis) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.clockMillis = clockMillis;
  }

  /** Where a task started: its first update, the moment and how much was then done. */
  private record Task(long startedAt, long doneAtStart, long lastDone, boolean shown) {
    Task next(long done, boolean nowShown) {
      return new Task(startedAt, doneAtStart, done, shown || nowShown);
    }
  }

  @Override
  public void update(String task, long done, long total) {
    if (quiet) {
      return;
    }
    long now = clockMillis.getAsLong();
    Task started = tasks.get(task);
    if (started == null || done < started.lastDone()) {
      started = new Task(now, done, done, false); // a new task, or the same name counting again
      if (!terminal) {
        lastShown = now; // a log's first line of a task comes after 5 s: a short task adds no noise
      }
    }
    boolean finished = total > 0 && done >= total;
    if (finished) {
      tasks.remove(task);
      finish(task, done, total, started, now);
      return;
    }
    boolean due = now - lastShown >= (terminal ? TERMINAL_EVERY_MS : PIPE_EVERY_MS);
    tasks.put(task, started.next(done, due));
    if (due) {
      lastShown = now;
      show(counts(task, done, total) + left(started, done, total, now), false);
    }
  }

  private void finish(String task, long done, long total, Task started, long now) {
    long took = now - started.startedAt();
    String line = counts(task, done, total) + (took >= 1_000 ? " — terminé en " + FrenchDuration.of(Duration.ofMillis(took)) : "");
    // A terminal's line is closed; a log gets the end of a task only when that task was worth a line.
    if (terminal || started.shown() || took >= PIPE_EVERY_MS) {
      show(line, true);
    }
    lastShown = 0;
  }

  private static String counts(String task, long done, long total) {
    String percent = total > 0 ? String.format(" (%d %%)", 100 * done / total) : "";
    return task + " : " + done + (total > 0 ? "/" + total : "") + percent;
  }

  /** « — reste environ … » once the task has run long enough for its rate to mean something. */
  private static String left(Task started, long done, long total, long now) {
    long elapsed = now - started.startedAt();
    long progressed = done - started.doneAtStart();
    if (total <= 0 || elapsed < ESTIMATE_AFTER_MS || progressed <= 0) {
      return "";
    }
    long leftMillis = (long) ((double) elapsed * (total - done) / progressed);
    return " — reste environ " + FrenchDuration.of(Duration.ofMillis(leftMillis));
  }

  private void show(String line, boolean finished) {
    if (terminal) {
      // Spaces wipe what a longer line before left on screen.
      String padded = line + " ".repeat(Math.max(0, lineLength - line.length()));
      err.print("\r" + padded + (finished ? "\n" : ""));
      lineOpen = !finished;
      lineLength = finished ? 0 : line.length();
    } else {
      err.println(line);
    }
    err.flush();
  }

  @Override
  public void info(String message) {
    if (!quiet) {
      println(message);
    }
  }

  @Override
  public void warn(String message) {
    println("attention : " + message);
  }

  private void println(String message) {
    if (lineOpen) {
      err.println();
      lineOpen = false;
      lineLength = 0;
    }
    err.println(message);
    err.flush();
  }
}
