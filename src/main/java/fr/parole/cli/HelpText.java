package fr.parole.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help wrapped where French text may break. Picocli wraps at the line breaks of
 * {@link java.text.BreakIterator}, which also breaks after a dot or a hyphen inside a word
 * (« fichier.\ntsv », « --allow-\ninterviewer ») and at the spaces French puts inside « » and
 * before : ; ? !. Before rendering, those places are glued (a no-break space, or a private
 * character standing for the dot or the hyphen); after rendering, each section gets its characters
 * back, so what is printed and copied is the text as written.
 */
final class HelpText {
  private static final char DOT = '\uE000';
  private static final char HYPHEN = '\uE001';
  private static final char NO_BREAK = '\u00A0';
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}");
  private static final Map<Pattern, String> GLUE = Map.of(
      Pattern.compile("« "), "«" + NO_BREAK,
      Pattern.compile(" ([»:;?!])"), NO_BREAK + "$1",
      Pattern.compile("\\.(?=[\\p{L}\\p{N}])"), String.valueOf(DOT),
      Pattern.compile("-(?=[\\p{L}\\p{N}-])"), String.valueOf(HYPHEN));

  private HelpText() {}

  /** Glues the help of {@code command} and its subcommands, and restores the text in every section. */
  static void glue(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    UsageMessageSpec usage = spec.usageMessage();
    usage.description(glue(usage.description()));
    for (OptionSpec option : new ArrayList<>(spec.options())) {
      // Options worded by the resource bundle, and the one every command inherits, are left as they are.
      if (!option.inherited() && option.scopeType() != ScopeType.INHERIT && option.descriptionKey().isEmpty()) {
        spec.remove(option);
        spec.addOption(OptionSpec.builder(option).description(glue(option.description()))
            .paramLabel(glue(option.paramLabel())).build());
      }
    }
    List<PositionalParamSpec> positionals = new ArrayList<>(spec.positionalParameters());
    positionals.forEach(spec::remove);
    positionals.forEach(p -> spec.addPositional(PositionalParamSpec.builder(p).description(glue(p.description()))
        .paramLabel(glue(p.paramLabel())).build()));
    command.getHelpSectionMap().replaceAll((key, renderer) -> help -> restore(renderer.render(help)));
    command.getSubcommands().values().forEach(HelpText::glue);
  }

  private static String[] glue(String[] lines) {
    String[] glued = new String[lines.length];
    for (int i = 0; i < lines.length; i++) {
      glued[i] = glue(lines[i]);
    }
    return glued;
  }

  /** The text with its break points glued, picocli's ${…} variables left as they are. */
  static String glue(String text) {
    StringBuilder out = new StringBuilder();
    Matcher variable = VARIABLE.matcher(text);
    int from = 0;
    while (variable.find()) {
      out.append(glueWords(text.substring(from, variable.start()))).append(variable.group());
      from = variable.end();
    }
    return out.append(glueWords(text.substring(from))).toString();
  }

  private static String glueWords(String text) {
    String glued = text;
    for (Map.Entry<Pattern, String> rule : GLUE.entrySet()) {
      glued = rule.getKey().matcher(glued).replaceAll(rule.getValue());
    }
    return glued;
  }

  /** The characters as written. */
  static String restore(String rendered) {
    return rendered.replace(DOT, '.').replace(HYPHEN, '-').replace(NO_BREAK, ' ');
  }
}
