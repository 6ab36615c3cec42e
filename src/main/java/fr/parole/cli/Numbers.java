package fr.parole.cli;

import java.util.Locale;

/** How measures are printed: three decimals, "—" for a value that is undefined (NaN). */
final class Numbers {
  private Numbers() {}

  static String measure(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
  }
}
