package fr.parole.stats.reinert;

import java.util.Arrays;

/**
 * A sparse presence matrix (text segment × lemma), rows stored as sorted column indices: the
 * segment × lemma table of the Reinert method is about 98 % zeros (a 40-word segment has 10 to 20
 * content lemmas out of thousands), so 100,000 segments take a few megabytes instead of gigabytes.
 *
 * @param columns the number of columns (lemmas)
 * @param rowStart where each row's columns begin in {@code columnIndex}; one more entry than rows
 * @param columnIndex the columns present in each row, increasing within a row
 */
public record BinaryMatrix(int columns, int[] rowStart, int[] columnIndex) {
  public BinaryMatrix {
    if (rowStart.length == 0 || rowStart[0] != 0 || rowStart[rowStart.length - 1] != columnIndex.length) {
      throw new IllegalArgumentException("rowStart must run from 0 to the number of entries");
    }
  }

  /** Builds a matrix from each row's columns (duplicates removed, sorted). */
  public static BinaryMatrix of(int columns, int[][] rows) {
    int[] start = new int[rows.length + 1];
    int[][] clean = new int[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      clean[i] = Arrays.stream(rows[i]).sorted().distinct().toArray();
      for (int column : clean[i]) {
        if (column < 0 || column >= columns) {
          throw new IllegalArgumentException("column " + column + " outside 0.." + (columns - 1));
        }
      }
      start[i + 1] = start[i] + clean[i].length;
    }
    int[] index = new int[start[rows.length]];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(clean[i], 0, index, start[i], clean[i].length);
    }
    return new BinaryMatrix(columns, start, index);
  }

  public int rows() {
    return rowStart.length - 1;
  }

  /** The number of present cells (the N of the χ² tables). */
  public int entries() {
    return columnIndex.length;
  }

  public int rowSize(int row) {
    return rowStart[row + 1] - rowStart[row];
  }

  /** How many rows contain each column. */
  public int[] columnCounts() {
    int[] counts = new int[columns];
    for (int column : columnIndex) {
      counts[column]++;
    }
    return counts;
  }

  /**
   * The rows {@code rows} restricted to the columns where {@code keep} is true, columns renumbered
   * in order; {@code kept} receives, for each new column, the old one.
   */
  public BinaryMatrix select(int[] rows, boolean[] keep, int[] kept) {
    int[] renumber = new int[columns];
    int next = 0;
    for (int column = 0; column < columns; column++) {
      renumber[column] = keep[column] ? next : -1;
      if (keep[column]) {
        kept[next] = column;
        next++;
      }
    }
    int[] start = new int[rows.length + 1];
    int[] buffer = new int[columnIndex.length];
    int size = 0;
    for (int i = 0; i < rows.length; i++) {
      for (int k = rowStart[rows[i]]; k < rowStart[rows[i] + 1]; k++) {
        int column = renumber[columnIndex[k]];
        if (column >= 0) {
          buffer[size++] = column;
        }
      }
      start[i + 1] = size;
    }
    return new BinaryMatrix(next, start, Arrays.copyOf(buffer, size));
  }
}
