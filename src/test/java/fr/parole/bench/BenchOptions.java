package fr.parole.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark's command-line options; {@link #asArguments} gives them back, as given, for the report. */
final class BenchOptions {
  static final String USAGE = "Options : --turns N (100000) --turns-per-file N (100) --seed N (42) "
      + "--repeat N (3 imports) --queries N (200) --warmup-queries N (50) --warmup-turns N (10000, 0 = sans) "
      + "--work-dir DOSSIER "
      + "(dossier temporaire du système) --keep (garde les fichiers générés)";

  int turns = 100_000;
  int turnsPerFile = 100;
  long seed = 42;
  int queries = 200;
  int warmupQueries = 50;
  int warmupTurns = 10_000;
  int repeat = 3;
  Path workDir = Path.of(System.getProperty("java.io.tmpdir"));
  boolean keep;
  private final List<String> given = new ArrayList<>();

  static BenchOptions parse(String[] args) {
    BenchOptions o = new BenchOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--keep")) {
        o.keep = true;
        o.given.add(arg);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("Option inconnue ou sans valeur : " + arg);
      }
      String value = args[++i];
      o.given.add(arg + " " + value);
      switch (arg) {
        case "--turns" -> o.turns = positive(arg, value);
        case "--turns-per-file" -> o.turnsPerFile = positive(arg, value);
        case "--seed" -> o.seed = Long.parseLong(value);
        case "--queries" -> o.queries = positive(arg, value);
        case "--warmup-queries" -> o.warmupQueries = Math.max(0, integer(arg, value));
        case "--warmup-turns" -> o.warmupTurns = Math.max(0, integer(arg, value));
        case "--repeat" -> o.repeat = positive(arg, value);
        case "--work-dir" -> o.workDir = Path.of(value);
        default -> throw new IllegalArgumentException("Option inconnue : " + arg);
      }
    }
    return o;
  }

  String asArguments() {
    return given.isEmpty() ? "" : " " + String.join(" ", given);
  }

  static int positive(String name, String value) {
    int n = integer(name, value);
    if (n <= 0) {
      throw new IllegalArgumentException(name + " : attendu un entier positif, reçu " + value);
    }
    return n;
  }

  private static int integer(String name, String value) {
    try {
      return Integer.parseInt(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " : attendu un entier, reçu " + value);
    }
  }
}
