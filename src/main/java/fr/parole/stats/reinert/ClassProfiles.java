package fr.parole.stats.reinert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * What characterises each class of a {@link ReinertClassification}, as IRaMuTeQ's class profiles
 * show it: the lemmas over-represented in the class (the χ² of the 2 × 2 table class / other
 * classified segments × segment with / without the lemma, one degree of freedom, no continuity
 * correction, as IRaMuTeQ; p from Commons Math's {@link ChiSquaredDistribution}), its most typical
 * segments (the sum of the χ² of the class's lemmas a segment holds, IRaMuTeQ's ordering of
 * "segments caractéristiques"), and the attribute values over-represented in it (the same 2 × 2 χ²
 * on the segments having that value), with each attribute's overall χ² test (classes × values,
 * Commons Math's {@link ChiSquareTest}). Only classified segments count: an unclassified segment is
 * in no class and outside none.
 */
public final class ClassProfiles {
  /** Association kept: p below 5 %, χ² above 3.84 with one degree of freedom. */
  public static final double P_MAX = 0.05;

  /** A lemma of a class: segments of the class holding it, of all classified ones, χ², p. */
  public record Term(String lemma, int inClass, int total, double chiSquare, double p) {}

  /** An attribute value of a class, the same way. */
  public record AttributeValue(String attribute, String value, int inClass, int total, double chiSquare, double p) {}

  /** An attribute crossed with the classes: overall χ², degrees of freedom, p (NaN when not testable). */
  public record AttributeTest(String attribute, double chiSquare, int degreesOfFreedom, double p) {}

  private static final ChiSquaredDistribution ONE_DEGREE = new ChiSquaredDistribution(null, 1);

  private ClassProfiles() {}

  /** The signed χ² of a 2 × 2 table: positive when {@code a} is above what independence expects. */
  public static double signedChiSquare(long a, long b, long c, long d) {
    double n = a + b + c + d;
    double denominator = (double) (a + b) * (c + d) * (a + c) * (b + d);
    if (denominator == 0) {
      return 0;
    }
    double diff = (double) a * d - (double) b * c;
    double chi = n * diff * diff / denominator;
    return diff >= 0 ? chi : -chi;
  }

  /** The upper tail of the χ² distribution with one degree of freedom. */
  public static double p(double chiSquare) {
    return chiSquare <= 0 ? 1 : 1 - ONE_DEGREE.cumulativeProbability(chiSquare);
  }

  /** Each class's over-represented lemmas (p < 5 %), strongest first; index 0 is class 1. */
  public static List<List<Term>> terms(BinaryMatrix m, int[] classOf, int classes, List<String> lemmas) {
    int[][] counts = new int[classes + 1][m.columns()];
    int[] sizes = new int[classes + 1];
    for (int i = 0; i < m.rows(); i++) {
      int c = classOf[i];
      if (c == 0) {
        continue;
      }
      sizes[c]++;
      sizes[0]++;
      for (int k = m.rowStart()[i]; k < m.rowStart()[i + 1]; k++) {
        counts[c][m.columnIndex()[k]]++;
        counts[0][m.columnIndex()[k]]++;
      }
    }
    List<List<Term>> result = new ArrayList<>();
    for (int c = 1; c <= classes; c++) {
      List<Term> terms = new ArrayList<>();
      for (int j = 0; j < m.columns(); j++) {
        int a = counts[c][j];
        int total = counts[0][j];
        double chi = signedChiSquare(a, sizes[c] - a, total - a, sizes[0] - sizes[c] - (total - a));
        double p = p(chi);
        if (chi > 0 && p < P_MAX) {
          terms.add(new Term(lemmas.get(j), a, total, chi, p));
        }
      }
      terms.sort(Comparator.comparingDouble(Term::chiSquare).reversed().thenComparing(Term::lemma));
      result.add(List.copyOf(terms));
    }
    return result;
  }

  /**
   * The {@code limit} most typical segments of each class (row indices, best first): the sum of
   * the χ² of the class's lemmas each holds; ties go to the earlier row.
   */
  public static List<List<Integer>> typicalRows(BinaryMatrix m, int[] classOf, List<List<Term>> terms,
      List<String> lemmas, int limit) {
    Map<String, Integer> column = new java.util.HashMap<>();
    for (int j = 0; j < lemmas.size(); j++) {
      column.put(lemmas.get(j), j);
    }
    double[][] weight = new double[terms.size() + 1][m.columns()];
    for (int c = 1; c <= terms.size(); c++) {
      for (Term term : terms.get(c - 1)) {
        weight[c][column.get(term.lemma())] = term.chiSquare();
      }
    }
    double[] score = new double[m.rows()];
    for (int i = 0; i < m.rows(); i++) {
      for (int k = m.rowStart()[i]; k < m.rowStart()[i + 1]; k++) {
        score[i] += weight[classOf[i]][m.columnIndex()[k]];
      }
    }
    List<List<Integer>> result = new ArrayList<>();
    for (int c = 1; c <= terms.size(); c++) {
      int classNumber = c;
      result.add(java.util.stream.IntStream.range(0, m.rows()).filter(i -> classOf[i] == classNumber).boxed()
          .sorted(Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparingInt(i -> i))
          .limit(limit).toList());
    }
    return result;
  }

  /**
   * Each class's over-represented attribute values (p < 5 %), strongest first; {@code values}
   * gives, for each attribute name, each row's value (null when the row has none: left out of
   * that attribute's tables).
   */
  public static List<List<AttributeValue>> attributes(int[] classOf, int classes, Map<String, String[]> values) {
    List<List<AttributeValue>> result = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      result.add(new ArrayList<>());
    }
    for (Map.Entry<String, String[]> attribute : new TreeMap<>(values).entrySet()) {
      Map<String, long[]> table = table(classOf, classes, attribute.getValue());
      long[] classTotals = new long[classes + 1];
      table.values().forEach(row -> {
        for (int c = 1; c <= classes; c++) {
          classTotals[c] += row[c];
          classTotals[0] += row[c];
        }
      });
      for (Map.Entry<String, long[]> value : table.entrySet()) {
        long total = value.getValue()[0];
        for (int c = 1; c <= classes; c++) {
          long a = value.getValue()[c];
          double chi = signedChiSquare(a, classTotals[c] - a, total - a, classTotals[0] - classTotals[c] - (total - a));
          double p = p(chi);
          if (chi > 0 && p < P_MAX) {
            result.get(c - 1).add(new AttributeValue(attribute.getKey(), value.getKey(), (int) a, (int) total, chi, p));
          }
        }
      }
    }
    result.forEach(list -> list.sort(Comparator.comparingDouble(AttributeValue::chiSquare).reversed()
        .thenComparing(AttributeValue::attribute).thenComparing(AttributeValue::value)));
    return result.stream().map(List::copyOf).toList();
  }

  /** Each attribute crossed with the classes (values × classes), by attribute name. */
  public static List<AttributeTest> attributeTests(int[] classOf, int classes, Map<String, String[]> values) {
    List<AttributeTest> tests = new ArrayList<>();
    for (Map.Entry<String, String[]> attribute : new TreeMap<>(values).entrySet()) {
      Map<String, long[]> table = table(classOf, classes, attribute.getValue());
      List<long[]> rows = new ArrayList<>();
      for (long[] row : table.values()) {
        rows.add(java.util.Arrays.copyOfRange(row, 1, classes + 1));
      }
      // Commons Math refuses a table with an empty row or column: keep only classes present.
      boolean[] present = new boolean[classes];
      rows.forEach(row -> {
        for (int c = 0; c < classes; c++) {
          present[c] |= row[c] > 0;
        }
      });
      int kept = 0;
      for (boolean b : present) {
        kept += b ? 1 : 0;
      }
      if (rows.size() < 2 || kept < 2) {
        tests.add(new AttributeTest(attribute.getKey(), Double.NaN, 0, Double.NaN));
        continue;
      }
      long[][] counts = new long[rows.size()][kept];
      for (int r = 0; r < rows.size(); r++) {
        int k = 0;
        for (int c = 0; c < classes; c++) {
          if (present[c]) {
            counts[r][k++] = rows.get(r)[c];
          }
        }
      }
      ChiSquareTest test = new ChiSquareTest();
      tests.add(new AttributeTest(attribute.getKey(), test.chiSquare(counts), (rows.size() - 1) * (kept - 1),
          test.chiSquareTest(counts)));
    }
    return List.copyOf(tests);
  }

  /** value → {total over classes, count in class 1, …}, values sorted. */
  private static Map<String, long[]> table(int[] classOf, int classes, String[] values) {
    Map<String, long[]> table = new TreeMap<>();
    for (int i = 0; i < classOf.length; i++) {
      if (classOf[i] == 0 || values[i] == null || values[i].isBlank()) {
        continue;
      }
      long[] row = table.computeIfAbsent(values[i], v -> new long[classes + 1]);
      row[0]++;
      row[classOf[i]]++;
    }
    return table;
  }
}
