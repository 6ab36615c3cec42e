package fr.parole;

import fr.parole.cli.ParoleCommand;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM and keeps what it printed. */
public final class TestCli {
  /** One run of the command line, with what it printed. */
  public record Run(int exit, String out, String err) {}

  private TestCli() {}

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = ParoleCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
