package fr.parole.stats.reinert;

import fr.parole.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Reinert descending hierarchical classification (Reinert 1983, 1990; the "Alceste" method, as
 * IRaMuTeQ and R's rainette run it: rainette's {@code rainette()}, R/rainette.R, and its vignette
 * {@code algorithms_en.Rmd}): the whole table is cut in two by {@link Bipartition}, then the
 * largest remaining class (by number of segments) is cut, and so on until there are {@code k}
 * classes, or no class is large enough to cut (fewer than {@code minSplitMembers} segments, or a
 * table under 3 × 3 once the lemmas it keeps are counted). Each class keeps, for its own cuts,
 * only the lemmas {@link Bipartition} selected for it; a segment left without any kept lemma drops
 * out of the classification (rainette's "not assigned to any cluster"), which is why a share of
 * the segments stays unclassified, as in IRaMuTeQ.
 *
 * <p>Classes are numbered in dendrogram order, left to right, as rainette numbers them: a class
 * cut in two is replaced in place by its two halves.
 */
public final class ReinertClassification {
  /** rainette's default {@code min_split_members}. */
  public static final int MIN_SPLIT_MEMBERS = 5;
  /**
   * At most this many passes of reassignment per cut (rainette has no limit; here a pass
   * that moves nothing ends it, usually after 3 to 10 passes).
   */
  public static final int MAX_PASSES = 50;

  /**
   * A node of the dendrogram: its parent (-1 for the root), the χ² of the cut that made its two
   * children (0 for a class), its number of segments, and its class number (0 for an inner node).
   */
  public record Node(int id, int parent, double chiSquare, int size, int classNumber) {}

  /**
   * The result: each row's class (0 when unclassified), the number of classes, the dendrogram's
   * nodes (the root first, a parent before its children).
   */
  public record Result(int[] classOf, int classes, List<Node> nodes) {
    public int classified() {
      return (int) Arrays.stream(classOf).filter(c -> c > 0).count();
    }

    public int size(int classNumber) {
      return (int) Arrays.stream(classOf).filter(c -> c == classNumber).count();
    }
  }

  private record Group(int node, int[] rows, boolean[] columns) {}

  private record MutableNode(int parent, double[] chiSquare) {}

  private ReinertClassification() {}

  /** Classifies the rows of {@code matrix} into at most {@code k} classes. */
  public static Result classify(BinaryMatrix matrix, int k, Progress progress) {
    int[] counts = matrix.columnCounts();
    boolean[] columns = new boolean[matrix.columns()];
    for (int j = 0; j < columns.length; j++) {
      columns[j] = counts[j] > 0;
    }
    int[] rows = java.util.stream.IntStream.range(0, matrix.rows()).filter(i -> matrix.rowSize(i) > 0).toArray();
    List<MutableNode> nodes = new ArrayList<>();
    nodes.add(new MutableNode(-1, new double[1]));
    List<Group> leaves = new ArrayList<>(List.of(new Group(0, rows, columns)));
    for (int step = 1; step < k; step++) {
      progress.update("classification descendante", step - 1, k - 1);
      int biggest = 0;
      for (int g = 1; g < leaves.size(); g++) {
        if (leaves.get(g).rows().length > leaves.get(biggest).rows().length) {
          biggest = g;
        }
      }
      Group group = leaves.get(biggest);
      if (group.rows().length < MIN_SPLIT_MEMBERS) {
        break;
      }
      Group[] halves = cut(matrix, group, nodes);
      if (halves == null) {
        break;
      }
      leaves.remove(biggest);
      leaves.add(biggest, halves[1]);
      leaves.add(biggest, halves[0]);
    }
    progress.update("classification descendante", k - 1, k - 1);
    int[] classOf = new int[matrix.rows()];
    int[] classOfNode = new int[nodes.size()];
    for (int g = 0; g < leaves.size(); g++) {
      classOfNode[leaves.get(g).node()] = g + 1;
      for (int row : leaves.get(g).rows()) {
        classOf[row] = g + 1;
      }
    }
    // A node's size is what its classes hold in the end: segments dropped by a later cut (no kept
    // lemma left) are not in it, so the dendrogram's percentages add up.
    int[] sizes = new int[nodes.size()];
    for (Group leaf : leaves) {
      sizes[leaf.node()] = leaf.rows().length;
    }
    for (int id = nodes.size() - 1; id > 0; id--) {
      sizes[nodes.get(id).parent()] += sizes[id];
    }
    List<Node> result = new ArrayList<>(nodes.size());
    for (int id = 0; id < nodes.size(); id++) {
      MutableNode node = nodes.get(id);
      result.add(new Node(id, node.parent(), node.chiSquare()[0], sizes[id], classOfNode[id]));
    }
    return new Result(classOf, leaves.size(), List.copyOf(result));
  }

  /** The two halves of {@code group}, or null when its table is too small to cut. */
  private static Group[] cut(BinaryMatrix matrix, Group group, List<MutableNode> nodes) {
    int[] kept = new int[matrix.columns()];
    BinaryMatrix table = matrix.select(group.rows(), group.columns(), kept);
    // Rows and lemmas without any entry are left out (rainette's cluster_tab does the same).
    int[] rowsWithTerms = java.util.stream.IntStream.range(0, table.rows()).filter(i -> table.rowSize(i) > 0).toArray();
    int[] counts = table.columnCounts();
    boolean[] present = new boolean[table.columns()];
    int presentCount = 0;
    for (int j = 0; j < present.length; j++) {
      present[j] = counts[j] > 0;
      presentCount += present[j] ? 1 : 0;
    }
    if (rowsWithTerms.length < 3 || presentCount < 3) {
      return null;
    }
    int[] keptAgain = new int[table.columns()];
    BinaryMatrix dense = table.select(rowsWithTerms, present, keptAgain);
    Bipartition.Split split = new Bipartition(dense, MAX_PASSES).split();
    int[][] halves = new int[2][];
    int secondCount = 0;
    for (boolean second : split.second()) {
      secondCount += second ? 1 : 0;
    }
    halves[0] = new int[dense.rows() - secondCount];
    halves[1] = new int[secondCount];
    int[] filled = new int[2];
    for (int i = 0; i < dense.rows(); i++) {
      int half = split.second()[i] ? 1 : 0;
      halves[half][filled[half]++] = group.rows()[rowsWithTerms[i]];
    }
    boolean[][] columns = {new boolean[matrix.columns()], new boolean[matrix.columns()]};
    for (int j = 0; j < dense.columns(); j++) {
      int original = kept[keptAgain[j]];
      columns[0][original] = split.keepFirst()[j];
      columns[1][original] = split.keepSecond()[j];
    }
    nodes.get(group.node()).chiSquare()[0] = split.chiSquare();
    Group[] groups = new Group[2];
    for (int h = 0; h < 2; h++) {
      nodes.add(new MutableNode(group.node(), new double[1]));
      groups[h] = new Group(nodes.size() - 1, halves[h], columns[h]);
    }
    return groups;
  }
}
