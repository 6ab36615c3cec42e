package fr.parole.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts of one variable (rows, e.g. the dimension {@code type}) by another (columns, e.g. the
 * attribute {@code niveau}), with their labels. Immutable: the counts are copied in and out.
 */
public final class CountTable {
  private final String rowVariable;
  private final String columnVariable;
  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final long[][] counts;

  private CountTable(String rowVariable, String columnVariable, List<String> rowLabels,
      List<String> columnLabels, long[][] counts) {
    this.rowVariable = Objects.requireNonNull(rowVariable, "rowVariable");
    this.columnVariable = Objects.requireNonNull(columnVariable, "columnVariable");
    this.rowLabels = List.copyOf(rowLabels);
    this.columnLabels = List.copyOf(columnLabels);
    this.counts = copy(counts);
    checkShape();
  }

  /** A table from counts given row by row, in the order of the labels. */
  public static CountTable of(String rowVariable, String columnVariable, List<String> rowLabels,
      List<String> columnLabels, long[][] counts) {
    return new CountTable(rowVariable, columnVariable, rowLabels, columnLabels, counts);
  }

  /**
   * Counts pairs (row value, column value), one per observation; labels sorted so that the same
   * data always gives the same table. Pairs are map entries, e.g. {@code Map.entry("frein", "micro")}.
   */
  public static CountTable tally(String rowVariable, String columnVariable,
      Collection<? extends Map.Entry<String, String>> observations) {
    Map<String, Map<String, Long>> byRow = new TreeMap<>();
    for (Map.Entry<String, String> pair : observations) {
      byRow.computeIfAbsent(pair.getKey(), k -> new TreeMap<>()).merge(pair.getValue(), 1L, Long::sum);
    }
    return fromCounts(rowVariable, columnVariable, byRow);
  }

  /**
   * A table from counts already made (row value → column value → count), e.g. by a query that
   * did not hold the observations; labels sorted as {@link #tally} sorts them, a missing cell is 0.
   */
  public static CountTable fromCounts(String rowVariable, String columnVariable,
      Map<String, ? extends Map<String, Long>> counts) {
    List<String> rows = new ArrayList<>(new TreeSet<>(counts.keySet()));
    TreeSet<String> columns = new TreeSet<>();
    counts.values().forEach(row -> columns.addAll(row.keySet()));
    List<String> cols = new ArrayList<>(columns);
    long[][] cells = new long[rows.size()][cols.size()];
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Long> row = counts.get(rows.get(i));
      for (int j = 0; j < cols.size(); j++) {
        cells[i][j] = row.getOrDefault(cols.get(j), 0L);
      }
    }
    return of(rowVariable, columnVariable, rows, cols, cells);
  }

  public String rowVariable() {
    return rowVariable;
  }

  public String columnVariable() {
    return columnVariable;
  }

  public List<String> rowLabels() {
    return rowLabels;
  }

  public List<String> columnLabels() {
    return columnLabels;
  }

  public int rows() {
    return rowLabels.size();
  }

  public int columns() {
    return columnLabels.size();
  }

  public long count(int row, int column) {
    return counts[row][column];
  }

  public long[][] counts() {
    return copy(counts);
  }

  public long rowTotal(int row) {
    long sum = 0;
    for (long c : counts[row]) {
      sum += c;
    }
    return sum;
  }

  public long columnTotal(int column) {
    long sum = 0;
    for (long[] row : counts) {
      sum += row[column];
    }
    return sum;
  }

  public long total() {
    long sum = 0;
    for (int i = 0; i < rows(); i++) {
      sum += rowTotal(i);
    }
    return sum;
  }

  /** The counts as a Tablesaw table: a label column named after the row variable, then one column per column label. */
  public Table toTable() {
    Table table = Table.create(rowVariable + " × " + columnVariable);
    table.addColumns(StringColumn.create(rowVariable, rowLabels));
    for (int j = 0; j < columns(); j++) {
      long[] column = new long[rows()];
      for (int i = 0; i < rows(); i++) {
        column[i] = counts[i][j];
      }
      table.addColumns(LongColumn.create(columnLabels.get(j), column));
    }
    return table;
  }

  private void checkShape() {
    if (rowLabels.isEmpty() || columnLabels.isEmpty()) {
      throw new StatisticsException("Le tableau " + rowVariable + " × " + columnVariable
          + " est vide : il faut au moins une ligne et une colonne.", "crosstab.empty", rowVariable, columnVariable);
    }
    unique(rowLabels, rowVariable);
    unique(columnLabels, columnVariable);
    if (counts.length != rowLabels.size()) {
      throw new IllegalArgumentException(counts.length + " rows of counts for " + rowLabels.size() + " labels");
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != columnLabels.size()) {
        throw new IllegalArgumentException("row " + i + " has " + counts[i].length + " counts for "
            + columnLabels.size() + " column labels");
      }
      for (int j = 0; j < counts[i].length; j++) {
        if (counts[i][j] < 0) {
          throw new StatisticsException("Effectif négatif (" + counts[i][j] + ") dans la case « "
              + rowLabels.get(i) + " » × « " + columnLabels.get(j) + " ».");
        }
      }
    }
  }

  private static void unique(List<String> labels, String variable) {
    HashSet<String> seen = new HashSet<>();
    for (String label : labels) {
      if (!seen.add(label)) {
        throw new StatisticsException("La modalité « " + label + " » de « " + variable
            + " » apparaît deux fois dans le tableau.");
      }
    }
  }

  private static long[][] copy(long[][] source) {
    long[][] copy = new long[source.length][];
    for (int i = 0; i < source.length; i++) {
      copy[i] = source[i].clone();
    }
    return copy;
  }
}
