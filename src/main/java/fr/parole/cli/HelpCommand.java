package fr.parole.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code parole help [commande]}: picocli's help command, worded in French. */
@Command(name = "help", helpCommand = true,
    description = "Affiche l'aide de Parole, ou celle d'une commande.",
    footerHeading = "%nExemples :%n",
    footer = {"  parole help", "  parole help search      (comme parole search --help)"})
final class HelpCommand implements IHelpCommandInitializable2, Runnable {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Affiche cette aide et quitte.")
  boolean helpRequested;

  @Parameters(paramLabel = "<commande>", arity = "0..1", description = "La commande dont afficher l'aide.")
  String command;

  private CommandLine self;
  private PrintWriter out;
  private Help.ColorScheme colors;

  @Override
  public void run() {
    CommandLine parent = self.getParent();
    if (command == null) {
      parent.usage(out, colors);
      return;
    }
    CommandLine subcommand = parent.getSubcommands().get(command);
    if (subcommand == null) {
      throw new ParameterException(parent, "Commande inconnue : « " + command + " ». Commandes : "
          + String.join(", ", parent.getSubcommands().keySet()) + ".", null, command);
    }
    subcommand.usage(out, colors);
  }

  @Override
  public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
  }
}
