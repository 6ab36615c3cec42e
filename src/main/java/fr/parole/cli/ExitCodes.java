package fr.parole.cli;

/** What the process's exit status means. */
public final class ExitCodes {
  public static final int OK = 0;
  /** The command ran but something in it failed (e.g. one file of an import). */
  public static final int ERROR = 1;
  /** The command line itself is wrong. */
  public static final int USAGE = 2;
  /** The input data is wrong: a bad file, a folder that is not a study. */
  public static final int DATA = 3;
  /** A bug: please report it with the --verbose output. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
