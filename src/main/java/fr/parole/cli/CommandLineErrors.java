package fr.parole.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot read: one French line saying what is wrong, a pointer to the
 * command's help, exit 2. Picocli words these errors in English only, so its messages are read
 * back here; one this class does not know is shown as picocli wrote it.
 */
final class CommandLineErrors implements IParameterExceptionHandler {
  private static final List<Wording> WORDINGS = List.of(
      new Wording("Invalid value for option (\\S+): expected one of \\[(.*)\\] \\(case-sensitive\\) but was (.*)",
          "valeur « $3 » incomprise pour $1 (valeurs possibles : $2)."),
      new Wording("Invalid value for (?:option|positional parameter at index \\d+) (\\S+): (.*) is not an? "
          + "(?:long|int|integer|double|float)", "$1 attend un nombre, pas « $2 »."),
      new Wording("Invalid value for (?:option|positional parameter at index \\d+) (\\S+): (.*)",
          "valeur incomprise pour $1 : $2"),
      new Wording("Missing required options? and parameters?: (.*)", "il manque $1."),
      new Wording("Missing required options?: (.*)", "il manque l'option $1."),
      new Wording("Missing required parameters?: (.*)", "il manque $1."),
      new Wording("Missing required parameter for option (\\S+) .*", "l'option $1 attend une valeur."),
      new Wording("Expected parameter for option (\\S+) but found (.*)", "l'option $1 attend une valeur, pas « $2 »."),
      new Wording("option (\\S+) \\(.*\\) should be specified only once", "l'option $1 ne se donne qu'une fois."),
      new Wording("Value for option option (\\S+) \\(.*\\) should be in KEY=VALUE format but was (.*)",
          "l'option $1 attend nom=valeur, pas « $2 »."),
      new Wording("Unknown options?: (.*)", "option inconnue : $1."),
      new Wording("Unmatched arguments? from index \\d+: (.*)", "argument(s) en trop : $1."),
      new Wording("Unmatched argument at index \\d+: (.*)", "argument en trop : $1."));
  /** Picocli quotes names and values: 'x'. */
  private static final Pattern QUOTED = Pattern.compile("'([^'\\s]*)'");

  /** One of picocli's messages and its French wording ($1… are the message's groups). */
  private record Wording(Pattern english, String french) {
    Wording(String english, String french) {
      this(Pattern.compile(english, Pattern.DOTALL), french);
    }
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("parole : " + french(ex.getMessage()));
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      err.println("Vouliez-vous dire : " + String.join(", ", unmatched.getSuggestions()) + " ?");
    }
    err.println("Aide : " + command.getCommandSpec().qualifiedName() + " --help");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Picocli's message in French (as written when this class does not know it). */
  static String french(String message) {
    String unquoted = QUOTED.matcher(message).replaceAll("$1");
    for (Wording wording : WORDINGS) {
      Matcher m = wording.english().matcher(unquoted);
      if (m.matches()) {
        return m.replaceFirst(wording.french());
      }
    }
    return message;
  }
}
