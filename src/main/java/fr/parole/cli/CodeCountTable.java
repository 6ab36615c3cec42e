package fr.parole.cli;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.study.CodeCount;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A study's codings as {@code parole status} and {@code parole code} show them: per codebook, one
 * line per code with its segments accepted, rejected, suggested at or above the code's threshold (what
 * the report counts with the accepted ones) and suggested below it, its id and its label. A segment
 * counts once per code, in the state that wins (the store says which: a person's decision over the
 * machine's suggestion), so the four columns add up to the segments the code was put on.
 */
final class CodeCountTable {
  /** What the header says once, under "Codages". */
  static final String RULE = "segments par code ; un segment compte une fois, dans l'état qui l'emporte : la "
      + "décision d'une personne sur la suggestion de la machine ; le rapport compte les acceptés et les suggérés, "
      + "pas ceux sous le seuil du code";

  private CodeCountTable() {}

  /** The codes of {@code codebook} (all codebooks when null), labelled from {@code books} (by id). */
  static void print(PrintWriter out, List<CodeCount> counts, String codebook, Map<String, Codebook> books) {
    Map<String, Map<String, int[]>> byBook = new LinkedHashMap<>();
    for (CodeCount count : counts) {
      if (codebook == null || codebook.equals(count.codebook())) {
        int[] states = byBook.computeIfAbsent(count.codebook(), b -> new LinkedHashMap<>())
            .computeIfAbsent(count.code(), c -> new int[4]);
        states[column(count.status())] += count.segments();
      }
    }
    byBook.forEach((book, codes) -> {
      out.printf("  %8s %8s %9s %10s   livre de codes « %s »%n", "acceptés", "rejetés", "suggérés", "sous seuil",
          book);
      codes.forEach((code, states) -> out.printf("  %8d %8d %9d %10d   %s%n", states[0], states[1], states[2],
          states[3], (code + "  " + label(books, book, code)).strip()));
    });
  }

  private static int column(String state) {
    return switch (state) {
      case "accepted" -> 0;
      case "rejected" -> 1;
      case "below" -> 3;
      default -> 2;
    };
  }

  private static String label(Map<String, Codebook> books, String book, String code) {
    Codebook codebook = books.get(book);
    return codebook == null ? "" : codebook.code(code).map(Code::label).filter(l -> l != null).orElse("");
  }
}
