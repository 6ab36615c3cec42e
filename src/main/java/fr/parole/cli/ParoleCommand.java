package fr.parole.cli;

import fr.parole.ParoleException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: lists the verbs, maps errors to exit codes, and does nothing else. */
@Command(name = "parole", mixinStandardHelpOptions = true, version = "Parole 0.1.0",
    description = "Analyse de ce que disent patients et professionnels de santé : entretiens, verbatims, "
        + "questionnaires.",
    subcommands = {InitCommand.class, ImportCommand.class, StatusCommand.class, SearchCommand.class,
        ReindexCommand.class, ReportCommand.class, RunCommand.class, DemoCommand.class, CodebookCommand.class, ClassifyCommand.class, CodeCommand.class, EvaluateCommand.class, ReviewCommand.class, AgreementCommand.class, PseudonymiseCommand.class, TrainCommand.class, CommandLine.HelpCommand.class},
    footerHeading = "%nExemples :%n",
    footer = {"  parole demo                          construit l'étude de démonstration et son rapport",
        "  parole init mon-etude && parole import mon-etude",
        "  parole search mon-etude 'légitim* AND patient' --where establishment=CHU3",
        "  parole report mon-etude"})
public final class ParoleCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Affiche le détail technique des erreurs.")
  boolean verbose;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** The command line, writing results to {@code out} and diagnostics to {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ParoleCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter w = commandLine.getErr();
      boolean verbose = parseResult.hasMatchedOption("--verbose");
      if (ex instanceof ParoleException) {
        w.println("parole : " + ex.getMessage());
        if (verbose) {
          ex.printStackTrace(w);
        }
        w.flush();
        return ExitCodes.DATA;
      }
      w.println("parole : erreur interne : " + ex);
      if (verbose) {
        ex.printStackTrace(w);
      } else {
        w.println("Relancez avec --verbose pour le détail, et signalez-la avec ce détail.");
      }
      w.flush();
      return ExitCodes.INTERNAL;
    });
    return cli;
  }
}
