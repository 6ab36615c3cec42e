package fr.parole.cli;

import fr.parole.ParoleException;
import java.io.PrintWriter;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: lists the verbs, maps errors to exit codes, and does nothing else. */
@Command(name = "parole", mixinStandardHelpOptions = true, version = "Parole 0.1.0",
    description = "Analyse de ce que disent patients et professionnels de santé : entretiens, verbatims, "
        + "questionnaires.",
    synopsisSubcommandLabel = "<commande>",
    subcommands = {InitCommand.class, ImportCommand.class, StatusCommand.class, SearchCommand.class,
        ReindexCommand.class, ReportCommand.class, RunCommand.class, DemoCommand.class, CodebookCommand.class,
        ClassifyCommand.class, CodeCommand.class, AutocodeCommand.class, UndoCommand.class,
        RedoCommand.class, EvaluateCommand.class, ReviewCommand.class, AgreementCommand.class,
        MergeCommand.class, AssignCommand.class, PseudonymiseCommand.class, TrainCommand.class, AtelierCommand.class,
        MemoCommand.class, ExportCommand.class, ImportProjectCommand.class, ClassesCommand.class, HelpCommand.class},
    exitCodeListHeading = "%nCodes de sortie :%n",
    exitCodeList = {"0:tout s'est bien passé", "2:ligne de commande incorrecte (voir --help)",
        "3:données incorrectes : le message nomme le fichier et la ligne", "4:erreur interne (--verbose, et signalez-la)"},
    footerHeading = "%nExemples :%n",
    footer = {"  parole demo               (l'étude de démonstration et son rapport)",
        "  parole init mon-etude && parole import mon-etude",
        "  parole search mon-etude 'légitim* AND patient' --where établissement=CHU3",
        "  parole report mon-etude",
        "  parole help search        (l'aide d'une commande, comme parole search --help)"})
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

  /**
   * Everything picocli writes itself, in French: its headings and standard options (the resource
   * bundle {@code fr/parole/cli/aide.properties}), its command-line errors ({@link CommandLineErrors}).
   * Examples are printed as written, never wrapped, so that each can be copied and pasted whole;
   * the rest of the help takes the terminal's width (80 columns when it is not a terminal).
   */
  private static void inFrench(CommandLine cli) {
    cli.setResourceBundle(ResourceBundle.getBundle("fr.parole.cli.aide"));
    cli.setParameterExceptionHandler(new CommandLineErrors());
    cli.setUsageHelpAutoWidth(true);
    examplesAsWritten(cli);
    HelpText.glue(cli);
  }

  private static void examplesAsWritten(CommandLine command) {
    command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
      StringBuilder lines = new StringBuilder();
      for (String line : help.commandSpec().usageMessage().footer()) {
        lines.append(line.replace("%n", System.lineSeparator())).append(System.lineSeparator());
      }
      return lines.toString();
    });
    command.getSubcommands().values().forEach(ParoleCommand::examplesAsWritten);
  }

  /** The command line, writing results to {@code out} and diagnostics to {@code err}. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new ParoleCommand());
    inFrench(cli);
    cli.setOut(TerminalWriter.safe(out));
    cli.setErr(TerminalWriter.safe(err));
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
      // An exception's own text can hold a whole SQL query or file content: one short line of it.
      w.println("parole : erreur interne : " + ParoleException.excerpt(ex.toString()));
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
