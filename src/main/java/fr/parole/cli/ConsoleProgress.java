package fr.parole.cli;

import fr.parole.Progress;
import java.io.PrintWriter;

/**
 * Progress on stderr: one updating line on a terminal, a line every few seconds otherwise (CI,
 * pipes), never a flood.
 */
final class ConsoleProgress implements Progress {
  private static final long TERMINAL_EVERY_MS = 200;
  private static final long PIPE_EVERY_MS = 5_000;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private long lastShown;
  private boolean lineOpen;

  ConsoleProgress(PrintWriter err, boolean terminal, boolean quiet) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  @Override
  public void update(String task, long done, long total) {
    if (quiet) {
      return;
    }
    long now = System.currentTimeMillis();
    boolean finished = total > 0 && done >= total;
    if (!finished && now - lastShown < (terminal ? TERMINAL_EVERY_MS : PIPE_EVERY_MS)) {
      return;
    }
    if (!finished && lastShown == 0 && !terminal) {
      lastShown = now; // the first update of a short task is not worth a line in a log
      return;
    }
    lastShown = now;
    String percent = total > 0 ? String.format(" (%d %%)", 100 * done / total) : "";
    String line = task + " : " + done + (total > 0 ? "/" + total : "") + percent;
    if (terminal) {
      err.print("\r" + line + (finished ? "\n" : ""));
      lineOpen = !finished;
    } else if (!finished || lineOpen) {
      err.println(line);
    }
    err.flush();
    if (finished) {
      lastShown = 0;
    }
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
    }
    err.println(message);
    err.flush();
  }
}
