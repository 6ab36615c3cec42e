package fr.parole.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A crosstab without its empty rows and columns, and which were dropped. The test of
 * independence refuses an empty row or column (no expected count can be computed for it), so a
 * value the variable takes but no observation has, e.g. an establishment whose segments carry no
 * coding of the dimension, is taken out before the test, and the report says so.
 */
public record NonEmptyTable(CountTable table, List<String> droppedRows, List<String> droppedColumns) {
  public NonEmptyTable {
    droppedRows = List.copyOf(droppedRows);
    droppedColumns = List.copyOf(droppedColumns);
  }

  /**
   * Counts the pairs (row value, column value) over every declared and observed label, sorted as
   * {@link CountTable#tally} does, then drops the labels that no pair carries.
   *
   * @throws StatisticsException when no pair is left (an empty table)
   */
  public static NonEmptyTable tally(String rowVariable, String columnVariable, Collection<String> rowLabels,
      Collection<String> columnLabels, Collection<? extends Map.Entry<String, String>> observations) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    for (Map.Entry<String, String> pair : observations) {
      counts.computeIfAbsent(pair.getKey(), k -> new TreeMap<>()).merge(pair.getValue(), 1L, Long::sum);
    }
    return fromCounts(rowVariable, columnVariable, rowLabels, columnLabels, counts);
  }

  /**
   * The table of {@code counts} (row label → column label → count) over every declared and
   * counted label, sorted as {@link CountTable#tally} does, without the labels no count carries.
   *
   * @throws StatisticsException when no count is left (an empty table)
   */
  public static NonEmptyTable fromCounts(String rowVariable, String columnVariable, Collection<String> rowLabels,
      Collection<String> columnLabels, Map<String, ? extends Map<String, Long>> counts) {
    TreeSet<String> rows = new TreeSet<>(rowLabels);
    TreeSet<String> columns = new TreeSet<>(columnLabels);
    rows.addAll(counts.keySet());
    counts.values().forEach(row -> columns.addAll(row.keySet()));
    List<String> keptRows = new ArrayList<>();
    List<String> droppedRows = new ArrayList<>();
    rows.forEach(r -> (carries(counts.get(r)) ? keptRows : droppedRows).add(r));
    List<String> keptColumns = new ArrayList<>();
    List<String> droppedColumns = new ArrayList<>();
    columns.forEach(c -> (counts.values().stream().anyMatch(m -> m.getOrDefault(c, 0L) > 0) ? keptColumns
        : droppedColumns).add(c));
    long[][] table = new long[keptRows.size()][keptColumns.size()];
    for (int i = 0; i < keptRows.size(); i++) {
      for (int j = 0; j < keptColumns.size(); j++) {
        table[i][j] = counts.get(keptRows.get(i)).getOrDefault(keptColumns.get(j), 0L);
      }
    }
    return new NonEmptyTable(CountTable.of(rowVariable, columnVariable, keptRows, keptColumns, table), droppedRows,
        droppedColumns);
  }

  private static boolean carries(Map<String, Long> row) {
    return row != null && row.values().stream().anyMatch(n -> n > 0);
  }
}
