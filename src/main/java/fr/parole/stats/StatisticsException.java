package fr.parole.stats;

import fr.parole.ParoleException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Data a statistic cannot be computed on as given (an empty row in a crosstab, an attribute no
 * segment carries): the message, in French, names what is wrong and how to fix it. A refusal a
 * report shows also carries a key and its arguments, so the report can word it in its language.
 */
public final class StatisticsException extends ParoleException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String[] arguments;

  public StatisticsException(String message) {
    this(message, null);
  }

  /**
   * @param key what went wrong, e.g. {@code crosstab.emptyRow}: the report's wording of it
   * @param arguments the values the wording names, in order (written with {@code String.valueOf})
   */
  public StatisticsException(String message, String key, Object... arguments) {
    super(message);
    this.key = key;
    this.arguments = Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
  }

  /** The key of the refusal, when a report is meant to word it; empty otherwise. */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  public List<String> arguments() {
    return List.of(arguments);
  }
}
