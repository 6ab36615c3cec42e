/**
 * The command line: one picocli command per verb ({@code parole import}, {@code search},
 * {@code code}, {@code report}…), under {@link fr.parole.cli.ParoleCommand}, started by
 * {@link fr.parole.cli.Main}. Commands parse options, call {@link fr.parole.pipeline.Pipeline} and
 * print; they hold no logic of their own and never reach SQLite or Lucene directly.
 *
 * <p>Exit codes ({@link fr.parole.cli.ExitCodes}): 0 done, 1 part of the work failed, 2 bad command line, 3 bad input (a
 * {@link fr.parole.ParoleException}: one French line on stderr naming the file and the line or
 * cell), 4 internal error ({@code --verbose} shows the stack trace). Progress goes to stderr
 * ({@link fr.parole.cli.ConsoleProgress}), results to stdout. Every command has a French
 * {@code --help} with an example. Nothing imports {@code cli}; it is the only package that knows
 * picocli.
 *
 * <p>What picocli writes itself is French: its headings and standard options come from the
 * resource bundle {@code fr/parole/cli/aide.properties}, its command-line errors are reworded by
 * {@link fr.parole.cli.CommandLineErrors}, {@code parole help} is {@link fr.parole.cli.HelpCommand};
 * examples are printed as written (never wrapped) and {@link fr.parole.cli.HelpText} keeps the
 * wrapping from breaking inside a word or before French punctuation. {@code HelpTest} runs
 * {@code --help} on every command. Tables written to a file start with a UTF-8 byte order mark,
 * those on standard output do not ({@link fr.parole.cli.TsvFiles}); text shown or written is
 * pseudonymised unless {@code --raw}.
 *
 * <p>A new command: a class here with {@code @Command}, registered in {@code ParoleCommand}'s
 * subcommands, calling a new {@code Pipeline} method, with a test in {@code cli} that runs it
 * through {@code Main} as a user would (see {@code TestCli}).
 */
package fr.parole.cli;
