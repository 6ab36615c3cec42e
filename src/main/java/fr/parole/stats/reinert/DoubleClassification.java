package fr.parole.stats.reinert;

import fr.parole.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The Reinert double classification, as R's rainette runs it ({@code rainette2()}, R/rainette2.R,
 * and the vignette « Algorithms description », section « Double clustering algorithm »; Reinert
 * 1990): the segments are classified twice by {@link ReinertClassification}, once as they are and
 * once merged into larger units (each segment takes its unit's class), and only the groups of
 * segments that both classifications put together are kept.
 *
 * <ol>
 *   <li>Every class of the first dendrogram, at any level (every node but the root), is crossed
 *       with every class of the second: a « classe croisée » holds the segments in both.</li>
 *   <li>Its association χ² is that of the 2 × 2 table (in both / in the first only / in the second
 *       only / in neither) over all segments, with Yates' correction as R's {@code chisq.test}
 *       applies it, negative when the two classes share fewer segments than chance
 *       ({@code compute_chi2}). A crossed class is kept if it has more than {@code minMembers}
 *       segments and a χ² above {@code minChiSquare} (rainette: 10 and 3.84), and once only when
 *       two hold the same segments ({@code filter_crosstab}). This is rainette's {@code full = TRUE}
 *       analysis (its default); the « classical » one, which keeps only mutually most associated
 *       classes, is not offered.</li>
 *   <li>For each number of classes k from 2 to {@code maxK}, the sets of k crossed classes with no
 *       segment in common are enumerated ({@code next_partitions}), and the best is kept: the
 *       largest sum of χ², or the most segments ({@code get_optimal_partitions}).</li>
 *   <li>Segments in no class of the chosen partition stay unclassified, as in rainette (whose
 *       k-nearest-neighbours reassignment is not done here).</li>
 * </ol>
 *
 * <p>Bound: rainette enumerates every compatible combination, which grows combinatorially with the
 * number of crossed classes. Here the enumeration visits at most {@link #MAX_PARTITIONS} sets, the
 * crossed classes taken by decreasing χ², so that the sets tried first are the likely best; when
 * the bound is reached the result says so ({@link Result#truncated()}).
 */
public final class DoubleClassification {
  /** rainette2's default {@code min_members}. */
  public static final int MIN_MEMBERS = 10;
  /** rainette2's default {@code min_chi2}: the 5 % threshold of χ² at one degree of freedom. */
  public static final double MIN_CHI_SQUARE = 3.84;
  /** At most this many sets of crossed classes are visited. */
  public static final long MAX_PARTITIONS = 2_000_000L;

  /** What a partition is chosen for: the largest sum of χ² (rainette's default) or the most segments. */
  public enum Criterion { CHI_SQUARE, SEGMENTS }

  /**
   * A crossed class: the node of the first dendrogram, the node of the second, its segments and its
   * signed association χ².
   */
  public record Crossed(int first, int second, BitSet members, int size, double chiSquare) {}

  /** A partition: its crossed classes (indices in the list of kept crossed classes), segments and χ² sum. */
  public record Partition(int[] classes, int size, double chiSquare) {}

  /**
   * The double classification: the result in the simple classification's shape (a flat
   * dendrogram: the root and one class per crossed class), the two simple classifications, the
   * crossed classes kept, the partition chosen and how the search went.
   */
  public record Result(ReinertClassification.Result result, ReinertClassification.Result first,
      ReinertClassification.Result second, List<Crossed> crossed, Partition chosen, long visited, boolean truncated) {}

  private DoubleClassification() {}

  /**
   * Classifies the rows of {@code matrix}: once as they are, once merged by {@code unitOf} (row i
   * belongs to unit {@code unitOf[i]}, units numbered from 0), then crosses the two.
   */
  public static Result classify(BinaryMatrix matrix, int[] unitOf, int maxK, Criterion criterion, Progress progress) {
    ReinertClassification.Result first = ReinertClassification.classify(matrix, maxK, progress);
    ReinertClassification.Result units = ReinertClassification.classify(merge(matrix, unitOf), maxK, progress);
    int[] secondOf = new int[matrix.rows()];
    for (int i = 0; i < secondOf.length; i++) {
      secondOf[i] = units.classOf()[unitOf[i]];
    }
    ReinertClassification.Result second = new ReinertClassification.Result(secondOf, units.classes(), units.nodes());
    List<Crossed> crossed = crossed(clusters(first), clusters(second), matrix.rows(), MIN_MEMBERS, MIN_CHI_SQUARE);
    // rainette2: max_k no higher than the smaller number of classes of the two classifications.
    int k = Math.min(maxK, Math.min(first.classes(), second.classes()));
    Search search = new Search(crossed, k);
    search.run();
    Partition chosen = null;
    for (int size = k; size >= 2 && chosen == null; size--) {
      chosen = criterion == Criterion.CHI_SQUARE ? search.bestChiSquare[size] : search.bestSize[size];
    }
    return new Result(flat(chosen, crossed, matrix.rows()), first, second, crossed, chosen, search.visited,
        search.truncated);
  }

  /** The rows of {@code matrix} merged by unit: a unit holds the lemmas of any of its rows. */
  static BinaryMatrix merge(BinaryMatrix matrix, int[] unitOf) {
    int units = Arrays.stream(unitOf).max().orElse(-1) + 1;
    List<List<Integer>> columns = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      columns.add(new ArrayList<>());
    }
    for (int i = 0; i < matrix.rows(); i++) {
      for (int e = matrix.rowStart()[i]; e < matrix.rowStart()[i + 1]; e++) {
        columns.get(unitOf[i]).add(matrix.columnIndex()[e]);
      }
    }
    int[][] rows = new int[units][];
    for (int u = 0; u < units; u++) {
      rows[u] = columns.get(u).stream().mapToInt(Integer::intValue).toArray();
    }
    return BinaryMatrix.of(matrix.columns(), rows);
  }

  /** For each node of the dendrogram but the root, the rows of the classes under it (index = node id - 1). */
  static List<BitSet> clusters(ReinertClassification.Result result) {
    List<ReinertClassification.Node> nodes = result.nodes();
    int[] nodeOfClass = new int[result.classes() + 1];
    for (ReinertClassification.Node node : nodes) {
      if (node.classNumber() > 0) {
        nodeOfClass[node.classNumber()] = node.id();
      }
    }
    List<BitSet> members = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      members.add(new BitSet());
    }
    for (int row = 0; row < result.classOf().length; row++) {
      int c = result.classOf()[row];
      if (c > 0) {
        for (int node = nodeOfClass[c]; node >= 0; node = nodes.get(node).parent()) {
          members.get(node).set(row);
        }
      }
    }
    return members.subList(1, members.size());
  }

  /**
   * The crossed classes kept (rainette's {@code classes_crosstab} and {@code filter_crosstab}):
   * more than {@code minMembers} segments, χ² above {@code minChiSquare}, each set of segments once;
   * ordered by decreasing χ².
   */
  public static List<Crossed> crossed(List<BitSet> first, List<BitSet> second, int total, int minMembers,
      double minChiSquare) {
    List<Crossed> kept = new ArrayList<>();
    java.util.Set<BitSet> seen = new java.util.HashSet<>();
    for (int a = 0; a < first.size(); a++) {
      for (int b = 0; b < second.size(); b++) {
        BitSet both = (BitSet) first.get(a).clone();
        both.and(second.get(b));
        int size = both.cardinality();
        double chi = signedChiSquare(size, first.get(a).cardinality(), second.get(b).cardinality(), total);
        if (size > minMembers && chi > minChiSquare && seen.add(both)) {
          kept.add(new Crossed(a + 1, b + 1, both, size, chi));
        }
      }
    }
    kept.sort(Comparator.comparingDouble(Crossed::chiSquare).reversed());
    return List.copyOf(kept);
  }

  /**
   * The χ² of the 2 × 2 table of two classes of {@code n1} and {@code n2} segments sharing
   * {@code both}, out of {@code total}, with Yates' correction (R's {@code chisq.test} default),
   * negative when they share fewer than expected; 0 when a margin is empty.
   */
  public static double signedChiSquare(int both, int n1, int n2, int total) {
    double[] observed = {both, n1 - both, n2 - both, total - n1 - n2 + both};
    double[] expected = {(double) n1 * n2 / total, (double) n1 * (total - n2) / total,
        (double) (total - n1) * n2 / total, (double) (total - n1) * (total - n2) / total};
    for (double e : expected) {
      if (e <= 0) {
        return 0;
      }
    }
    double yates = Math.min(0.5, Math.abs(observed[0] - expected[0]));
    double chi = 0;
    for (int c = 0; c < 4; c++) {
      double d = Math.abs(observed[c] - expected[c]) - yates;
      chi += d * d / expected[c];
    }
    return expected[0] > both ? -chi : chi;
  }

  /**
   * The best partitions of {@code crossed} into 2 to {@code maxK} disjoint classes: for each k,
   * index k of {@code bestChiSquare} and {@code bestSize} (null when there is none).
   */
  public static Search search(List<Crossed> crossed, int maxK) {
    Search search = new Search(crossed, maxK);
    search.run();
    return search;
  }

  /** The depth-first enumeration of sets of disjoint crossed classes, in increasing index order. */
  public static final class Search {
    private final List<Crossed> crossed;
    private final int maxK;
    private final boolean[][] disjoint;
    final Partition[] bestChiSquare;
    final Partition[] bestSize;
    long visited;
    boolean truncated;

    Search(List<Crossed> crossed, int maxK) {
      this.crossed = crossed;
      this.maxK = maxK;
      int n = crossed.size();
      disjoint = new boolean[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          disjoint[i][j] = !crossed.get(i).members().intersects(crossed.get(j).members());
        }
      }
      bestChiSquare = new Partition[Math.max(maxK, 1) + 1];
      bestSize = new Partition[Math.max(maxK, 1) + 1];
    }

    public Partition bestChiSquare(int k) {
      return k < bestChiSquare.length ? bestChiSquare[k] : null;
    }

    public Partition bestSize(int k) {
      return k < bestSize.length ? bestSize[k] : null;
    }

    public long visited() {
      return visited;
    }

    public boolean truncated() {
      return truncated;
    }

    void run() {
      int[] chosen = new int[Math.max(maxK, 1)];
      for (int i = 0; i < crossed.size() && !truncated; i++) {
        chosen[0] = i;
        extend(chosen, 1, crossed.get(i).size(), crossed.get(i).chiSquare());
      }
    }

    private void extend(int[] chosen, int depth, int size, double chi) {
      if (depth >= 2) {
        // Strict comparisons: among equal sets, the first found (higher χ² classes first) is kept.
        Partition best = bestChiSquare[depth];
        if (best == null || chi > best.chiSquare() || chi == best.chiSquare() && size > best.size()) {
          bestChiSquare[depth] = new Partition(Arrays.copyOf(chosen, depth), size, chi);
        }
        best = bestSize[depth];
        if (best == null || size > best.size() || size == best.size() && chi > best.chiSquare()) {
          bestSize[depth] = new Partition(Arrays.copyOf(chosen, depth), size, chi);
        }
      }
      if (depth == maxK) {
        return;
      }
      for (int j = chosen[depth - 1] + 1; j < crossed.size(); j++) {
        if (++visited > MAX_PARTITIONS) {
          truncated = true;
          return;
        }
        boolean free = true;
        for (int d = 0; d < depth && free; d++) {
          free = disjoint[chosen[d]][j];
        }
        if (free) {
          chosen[depth] = j;
          extend(chosen, depth + 1, size + crossed.get(j).size(), chi + crossed.get(j).chiSquare());
        }
      }
    }
  }

  /**
   * The chosen partition in the simple classification's shape: classes numbered by decreasing
   * size, a root (χ² the partition's sum) and one leaf per class (χ² its association χ²).
   */
  private static ReinertClassification.Result flat(Partition chosen, List<Crossed> crossed, int rows) {
    int[] classOf = new int[rows];
    List<ReinertClassification.Node> nodes = new ArrayList<>();
    if (chosen == null) {
      nodes.add(new ReinertClassification.Node(0, -1, 0, 0, 0));
      return new ReinertClassification.Result(classOf, 0, List.copyOf(nodes));
    }
    Integer[] order = Arrays.stream(chosen.classes()).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt((Integer c) -> crossed.get(c).size()).reversed());
    nodes.add(new ReinertClassification.Node(0, -1, chosen.chiSquare(), chosen.size(), 0));
    for (int c = 0; c < order.length; c++) {
      Crossed cls = crossed.get(order[c]);
      for (int row = cls.members().nextSetBit(0); row >= 0; row = cls.members().nextSetBit(row + 1)) {
        classOf[row] = c + 1;
      }
      nodes.add(new ReinertClassification.Node(c + 1, 0, cls.chiSquare(), cls.size(), c + 1));
    }
    return new ReinertClassification.Result(classOf, order.length, List.copyOf(nodes));
  }
}
