package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's --help, as a French user reads it and copies its examples. */
class HelpTest {
  /** What picocli writes in English when nobody translates it. */
  static final List<String> ENGLISH = List.of("Usage:", "Show this help", "Print version", "Commands:", "Display help",
      "COMMAND", "Default:", "Options:", "Parameters:", "Exit Codes", "Show usage help", "help message",
      "Missing required", "Unknown option");
  private static final Pattern WORD = Pattern.compile("'[^']*'|\"[^\"]*\"|\\S+");

  static CommandLine cli() {
    return ParoleCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  static Stream<String> commands() {
    List<String> names = new ArrayList<>(List.of(""));
    names.addAll(cli().getSubcommands().keySet());
    return names.stream();
  }

  private static TestCli.Run help(String command) {
    return command.isEmpty() ? TestCli.run("--help") : TestCli.run(command, "--help");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpIsInFrenchWithoutPicocliEnglish(String command) {
    TestCli.Run run = help(command);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Utilisation : parole"), run.out());
    assertTrue(run.out().contains("Affiche cette aide et quitte."), run.out());
    assertTrue(run.out().contains("Exemple"), run.out());
    for (String english : ENGLISH) {
      assertFalse(run.out().contains(english), "« " + english + " » in:\n" + run.out());
    }
    if (!command.isEmpty()) {
      assertEquals(run.out(), TestCli.run("help", command).out(), "parole help " + command + " says the same");
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpMakesPicocliWarnOfNothing(String command) {
    // A lone « % » in a description is a format error for picocli, which then warns on stderr.
    java.io.PrintStream stderr = System.err;
    java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      help(command);
    } finally {
      System.setErr(stderr);
    }
    assertFalse(warnings.toString(java.nio.charset.StandardCharsets.UTF_8).contains("picocli WARN"),
        warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyExampleIsOnOneLineAndParses(String command) {
    CommandLine cli = cli();
    CommandLine target = command.isEmpty() ? cli : cli.getSubcommands().get(command);
    List<String> output = List.of(help(command).out().split("\n"));
    int examples = 0;
    for (String example : target.getCommandSpec().usageMessage().footer()) {
      assertTrue(output.contains(example), "example broken over lines: « " + example + " » in\n" + output);
      List<String> words = words(example);
      if (words.isEmpty()) {
        continue;
      }
      examples++;
      assertDoesNotThrow(() -> cli().parseArgs(words.toArray(String[]::new)), "« " + example + " » does not parse");
    }
    assertTrue(examples > 0, "an example for " + command);
  }

  /**
   * The arguments of an example line ("  parole search x 'a b' --out y   (commentaire)"), up to a
   * shell operator or a comment in parentheses; none when the line is not a command.
   */
  static List<String> words(String example) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(example.strip());
    boolean command = m.find() && (m.group().equals("parole") || m.group().equals("./parole"));
    while (command && m.find()) {
      String word = m.group();
      if (word.equals("|") || word.equals(">") || word.equals("&&") || word.startsWith("(")) {
        break;
      }
      boolean quoted = word.length() > 1 && (word.startsWith("'") || word.startsWith("\""));
      words.add(quoted ? word.substring(1, word.length() - 1) : word);
    }
    return words;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void textIsWrappedAt80ColumnsBetweenWordsNotInsideThem(String command) {
    CommandLine target = command.isEmpty() ? cli() : cli().getSubcommands().get(command);
    List<String> examples = List.of(target.getCommandSpec().usageMessage().footer());
    String out = help(command).out();
    for (String line : out.split("\n")) {
      if (examples.contains(line)) {
        continue;
      }
      assertTrue(line.length() <= 80, "longer than 80 columns: « " + line + " »");
      String start = line.strip();
      assertFalse(start.startsWith("»") || start.startsWith(":") || start.startsWith(";") || start.startsWith("?"),
          "a line starts with French punctuation: « " + line + " »");
      assertFalse(line.endsWith("«") || line.endsWith(" .") || line.matches(".*\\p{L}-$"),
          "a line ends inside a word: « " + line + " »");
      assertFalse(line.matches(".*<[^>]*$"), "a parameter label cut: « " + line + " »");
    }
    assertFalse(out.contains("\u00A0") || out.contains("\uE000") || out.contains("\uE001"),
        "the glue of the wrapping is not printed:\n" + out);
  }

  @org.junit.jupiter.api.Test
  void theAgreementUsageLineIsReadable() {
    String out = TestCli.run("agreement", "--help").out();
    assertTrue(out.contains("--coders=<codeur1,codeur2>"), out);
    assertFalse(out.contains("[,<"), out);
  }

  @org.junit.jupiter.api.Test
  void aCommandLineErrorIsInFrenchAndPointsToTheHelp() {
    TestCli.Run missing = TestCli.run("agreement", "corpora/demo");
    assertEquals(ExitCodes.USAGE, missing.exit());
    assertTrue(missing.err().contains("parole : il manque l'option --coders=<codeur1,codeur2>."), missing.err());
    assertTrue(missing.err().contains("Aide : parole agreement --help"), missing.err());
    TestCli.Run number = TestCli.run("code", "corpora/demo", "--segment", "douze");
    assertTrue(number.err().contains("--segment attend un nombre, pas « douze »."), number.err());
    TestCli.Run choice = TestCli.run("search", "corpora/demo", "x", "--format", "xls");
    assertTrue(choice.err().contains("valeur « xls » incomprise pour --format (valeurs possibles : kwic, tsv)."),
        choice.err());
    for (TestCli.Run run : List.of(missing, number, choice, TestCli.run("importer"), TestCli.run("status"))) {
      for (String english : ENGLISH) {
        assertFalse(run.err().contains(english), run.err());
      }
    }
  }
}
