package fr.parole.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A benchmark's command line: {@code --name value} options and {@code --flag}s, each checked against
 * the names the benchmark knows. An unknown option, a missing value or a number that is not one
 * prints the problem and the usage on stderr and exits 2, as the commands do.
 */
final class BenchArgs {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();
  private final String usage;

  private BenchArgs(String usage) {
    this.usage = usage;
  }

  /** Reads {@code args}: {@code options} take a value, {@code flagNames} do not. */
  static BenchArgs parse(String[] args, Set<String> options, Set<String> flagNames, String usage) {
    BenchArgs parsed = new BenchArgs(usage);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (flagNames.contains(arg)) {
        parsed.flags.add(arg);
      } else if (!options.contains(arg)) {
        parsed.fail("option inconnue : " + arg);
      } else if (i + 1 >= args.length) {
        parsed.fail("valeur manquante après " + arg);
      } else {
        parsed.values.put(arg, args[++i]);
      }
    }
    return parsed;
  }

  /** A positive whole number ({@code 1_000_000} and {@code 1,000,000} read as 1000000). */
  int positive(String name, int byDefault) {
    long n = number(name, byDefault);
    if (n <= 0 || n > Integer.MAX_VALUE) {
      fail(name + " : attendu un entier positif, reçu " + values.get(name));
    }
    return (int) n;
  }

  long number(String name, long byDefault) {
    String value = values.get(name);
    if (value == null) {
      return byDefault;
    }
    try {
      return Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      fail(name + " : attendu un entier, reçu " + value);
      return byDefault;
    }
  }

  String text(String name, String byDefault) {
    return values.getOrDefault(name, byDefault);
  }

  Path path(String name, Path byDefault) {
    String value = values.get(name);
    return value == null ? byDefault : Path.of(value);
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  private void fail(String problem) {
    System.err.println(problem + "\n" + usage);
    System.exit(2);
  }
}
