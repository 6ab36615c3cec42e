package fr.parole.report;

import fr.parole.study.CodeThreshold;
import fr.parole.study.ReportQueries.CodingRow;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Which of a segment's codings count, the one rule of the report and the atelier: a coding counts
 * when {@link CodeThreshold#counts} says so; two codings of one code count once (the best: a
 * person's first, then the most confident); in an exclusive dimension only the segment's best code
 * stays, in the others every counted code does.
 */
public final class CountedCodes {
  /** A person's coding or an accepted suggestion first, then the most confident, then the first code. */
  public static final java.util.Comparator<CodingRow> BEST_FIRST = java.util.Comparator.comparingInt(CountedCodes::rank)
      .thenComparing(java.util.Comparator.comparingDouble(CodingRow::confidence).reversed())
      .thenComparing(CodingRow::code);

  private CountedCodes() {}

  /** The confidence from which a pending suggestion of {@code code} counts ({@link CodeThreshold#DEFAULT} without one). */
  public static double threshold(Map<String, CodeThreshold> thresholds, String code) {
    CodeThreshold t = thresholds.get(code);
    return t == null ? CodeThreshold.DEFAULT : t.value();
  }

  /** Whether the codebook's dimension keeps one code per segment (false for an unknown codebook or dimension). */
  public static boolean exclusive(java.util.Optional<fr.parole.coding.Codebook> codebook, String dimension) {
    return codebook.flatMap(b -> b.dimension(dimension)).map(fr.parole.coding.Dimension::exclusive).orElse(false);
  }

  /** 0 for a person's decision (a person's coding, an accepted suggestion), 1 for the machine's. */
  public static int rank(CodingRow row) {
    return "human".equals(row.origin()) || "accepted".equals(row.status()) ? 0 : 1;
  }

  /**
   * The codings of one segment ({@code rows}, by code then id) that count: dimension → code → its
   * best coding, dimensions and codes in order.
   */
  public static Map<String, Map<String, CodingRow>> keep(List<CodingRow> rows, ToDoubleFunction<String> threshold,
      Predicate<String> exclusive) {
    return narrow(counted(rows, threshold), exclusive);
  }

  /** The counted codings of one segment, every code's best, before an exclusive dimension keeps one. */
  static Map<String, Map<String, CodingRow>> counted(List<CodingRow> rows, ToDoubleFunction<String> threshold) {
    Map<String, Map<String, CodingRow>> kept = new TreeMap<>();
    for (CodingRow row : rows) {
      if (CodeThreshold.counts(row.origin(), row.status(), row.confidence(), threshold.applyAsDouble(row.code()))) {
        // Rows come by code then id: on a tie the first recorded stays.
        kept.computeIfAbsent(ThemeCodings.dimensionOf(row.code()), d -> new TreeMap<>()).merge(row.code(), row,
            (current, candidate) -> BEST_FIRST.compare(candidate, current) < 0 ? candidate : current);
      }
    }
    return kept;
  }

  /** Keeps only the best code of each exclusive dimension of {@code kept} (changed in place, returned). */
  static Map<String, Map<String, CodingRow>> narrow(Map<String, Map<String, CodingRow>> kept, Predicate<String> exclusive) {
    kept.replaceAll((dimension, codes) -> exclusive.test(dimension) && codes.size() > 1 ? best(codes) : codes);
    return kept;
  }

  private static Map<String, CodingRow> best(Map<String, CodingRow> codes) {
    CodingRow best = null;
    for (CodingRow row : codes.values()) {
      best = best == null || BEST_FIRST.compare(row, best) < 0 ? row : best;
    }
    return Map.of(best.code(), best);
  }
}
