package fr.parole.stats.reinert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class ReinertClassificationTest {
  /** Three corpora of distinct vocabularies, plus words all three share. */
  static BinaryMatrix threeVocabularies(int perGroup, long seed, int[] truth) {
    Random random = new Random(seed);
    int vocabulary = 30;
    int shared = 20;
    int[][] rows = new int[3 * perGroup][];
    for (int i = 0; i < rows.length; i++) {
      int group = i % 3;
      truth[i] = group;
      List<Integer> words = new ArrayList<>();
      for (int w = 0; w < 10; w++) {
        words.add(group * vocabulary + random.nextInt(vocabulary));
      }
      for (int w = 0; w < 4; w++) {
        words.add(3 * vocabulary + random.nextInt(shared));
      }
      rows[i] = words.stream().mapToInt(Integer::intValue).toArray();
    }
    return BinaryMatrix.of(3 * vocabulary + shared, rows);
  }

  @Test
  void recoversThreeVocabularies() {
    int[] truth = new int[600];
    BinaryMatrix matrix = threeVocabularies(200, 7, truth);
    ReinertClassification.Result result = ReinertClassification.classify(matrix, 3, Progress.SILENT);
    assertEquals(3, result.classes());
    assertTrue(result.classified() >= 0.95 * matrix.rows(), "classified: " + result.classified());
    double ari = adjustedRandIndex(truth, result.classOf());
    assertTrue(ari >= 0.9, "adjusted Rand index " + ari);
    // The dendrogram: a root, its two halves, one of which is cut again; sizes add up.
    assertEquals(5, result.nodes().size());
    assertEquals(result.classified(), result.nodes().get(0).size());
    assertTrue(result.nodes().get(0).chiSquare() > 0);
  }

  @Test
  void sixClassesAskedOfThreeVocabulariesStillSeparateThem() {
    int[] truth = new int[600];
    BinaryMatrix matrix = threeVocabularies(200, 11, truth);
    ReinertClassification.Result result = ReinertClassification.classify(matrix, 6, Progress.SILENT);
    // Each class holds one vocabulary only: merging classes by majority gives the three groups back.
    Map<Integer, Map<Integer, Integer>> byClass = new HashMap<>();
    for (int i = 0; i < truth.length; i++) {
      if (result.classOf()[i] > 0) {
        byClass.computeIfAbsent(result.classOf()[i], c -> new HashMap<>()).merge(truth[i], 1, Integer::sum);
      }
    }
    int[] merged = new int[truth.length];
    for (int i = 0; i < truth.length; i++) {
      int c = result.classOf()[i];
      merged[i] = c == 0 ? 0 : byClass.get(c).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
          .getKey() + 1;
    }
    assertTrue(adjustedRandIndex(truth, merged) >= 0.9);
  }

  @Test
  void firstAxisMatchesCommonsMathSvdOfTheResiduals() {
    Random random = new Random(3);
    int[][] rows = new int[40][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = random.ints(6, 0, 15).toArray();
    }
    BinaryMatrix matrix = BinaryMatrix.of(15, rows);
    double[][] dense = new double[40][15];
    for (int i = 0; i < 40; i++) {
      for (int k = matrix.rowStart()[i]; k < matrix.rowStart()[i + 1]; k++) {
        dense[i][matrix.columnIndex()[k]] = 1;
      }
    }
    // rainette's order_docs, written out densely: s = (p - r c') / sqrt(r c'), coord = u1 / sqrt(r).
    double n = matrix.entries();
    double[] r = new double[40];
    double[] c = new double[15];
    for (int i = 0; i < 40; i++) {
      for (int j = 0; j < 15; j++) {
        r[i] += dense[i][j] / n;
        c[j] += dense[i][j] / n;
      }
    }
    double[][] s = new double[40][15];
    for (int i = 0; i < 40; i++) {
      for (int j = 0; j < 15; j++) {
        s[i][j] = (dense[i][j] / n - r[i] * c[j]) / Math.sqrt(r[i] * c[j]);
      }
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(s));
    double[] expected = new double[40];
    for (int i = 0; i < 40; i++) {
      expected[i] = svd.getU().getEntry(i, 0) / Math.sqrt(r[i]);
    }
    FirstAxis.Axis axis = FirstAxis.of(matrix);
    assertEquals(svd.getSingularValues()[0] * svd.getSingularValues()[0], axis.eigenvalue(), 1e-9);
    double sign = Math.signum(expected[0]) * Math.signum(axis.rows()[0]);
    for (int i = 0; i < 40; i++) {
      assertEquals(expected[i], sign * axis.rows()[i], 1e-6, "row " + i);
    }
  }

  @Test
  void termChiSquareIsCommonsMathsOnTheTwoByTwoTable() {
    double chi = ClassProfiles.signedChiSquare(30, 10, 20, 140);
    assertEquals(new ChiSquareTest().chiSquare(new long[][] {{30, 10}, {20, 140}}), chi, 1e-9);
    assertTrue(ClassProfiles.signedChiSquare(5, 35, 45, 115) < 0);
    assertEquals(new ChiSquareTest().chiSquareTest(new long[][] {{30, 10}, {20, 140}}), ClassProfiles.p(chi), 1e-12);
  }

  @Test
  void profilesNameEachVocabularysWords() {
    int[] truth = new int[300];
    BinaryMatrix matrix = threeVocabularies(100, 5, truth);
    List<String> lemmas = new ArrayList<>();
    for (int j = 0; j < matrix.columns(); j++) {
      lemmas.add(j < 90 ? "v" + (j / 30) + "_" + j : "commun" + j);
    }
    ReinertClassification.Result result = ReinertClassification.classify(matrix, 3, Progress.SILENT);
    List<List<ClassProfiles.Term>> terms = ClassProfiles.terms(matrix, result.classOf(), 3, lemmas);
    for (List<ClassProfiles.Term> classTerms : terms) {
      String prefix = classTerms.get(0).lemma().substring(0, 2);
      assertTrue(classTerms.stream().limit(10).allMatch(t -> t.lemma().startsWith(prefix)), classTerms.toString());
    }
  }

  @Test
  void theCutsChiSquareKeptUpToDateIsTheChiSquareOfTheFinalTable() {
    int[] truth = new int[120];
    BinaryMatrix matrix = threeVocabularies(40, 13, truth);
    Bipartition.Split split = new Bipartition(matrix, ReinertClassification.MAX_PASSES).split();
    long[][] table = new long[2][matrix.columns()];
    for (int i = 0; i < matrix.rows(); i++) {
      for (int k = matrix.rowStart()[i]; k < matrix.rowStart()[i + 1]; k++) {
        table[split.second()[i] ? 1 : 0][matrix.columnIndex()[k]]++;
      }
    }
    assertEquals(new ChiSquareTest().chiSquare(table), split.chiSquare(), 1e-6 * split.chiSquare());
    assertTrue(split.chiSquare() >= split.initialChiSquare(), "reassignment never lowers the χ²");
  }

  /** Hubert and Arabie's adjusted Rand index, unclassified rows (0) as a class of their own. */
  static double adjustedRandIndex(int[] a, int[] b) {
    Map<Long, Integer> pairs = new HashMap<>();
    Map<Integer, Integer> rowsA = new HashMap<>();
    Map<Integer, Integer> rowsB = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      pairs.merge(((long) a[i] << 32) | b[i], 1, Integer::sum);
      rowsA.merge(a[i], 1, Integer::sum);
      rowsB.merge(b[i], 1, Integer::sum);
    }
    double index = pairs.values().stream().mapToDouble(ReinertClassificationTest::choose2).sum();
    double sumA = rowsA.values().stream().mapToDouble(ReinertClassificationTest::choose2).sum();
    double sumB = rowsB.values().stream().mapToDouble(ReinertClassificationTest::choose2).sum();
    double expected = sumA * sumB / choose2(a.length);
    return (index - expected) / ((sumA + sumB) / 2 - expected);
  }

  private static double choose2(int n) {
    return n * (n - 1) / 2.0;
  }

  @Test
  void adjustedRandIndexIsOneForTheSamePartitionAndAboutZeroForChance() {
    assertEquals(1, adjustedRandIndex(new int[] {0, 0, 1, 1, 2}, new int[] {5, 5, 3, 3, 9}), 1e-12);
    assertEquals(-0.5, adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 1e-12);
  }
}
