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
 * <p>A new command: a class here with {@code @Command}, registered in {@code ParoleCommand}'s
 * subcommands, calling a new {@code Pipeline} method, with a test in {@code cli} that runs it
 * through {@code Main} as a user would (see {@code TestCli}).
 */
package fr.parole.cli;
