package fr.parole.stats;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Codes that go together on the same segments. {@code count(i, j)} is the number of segments
 * carrying both codes (the diagonal: segments carrying the code); Jaccard's index is
 * |A ∩ B| / |A ∪ B| = n_ab / (n_a + n_b − n_ab), 1 on the diagonal. Counts are row-major.
 */
public record CooccurrenceMatrix(List<String> codes, List<Long> counts) {
  public CooccurrenceMatrix {
    codes = List.copyOf(codes);
    counts = List.copyOf(counts);
    if (counts.size() != codes.size() * codes.size()) {
      throw new IllegalArgumentException(counts.size() + " counts for " + codes.size() + " codes");
    }
  }

  public long count(int i, int j) {
    return counts.get(i * codes.size() + j);
  }

  public double jaccard(int i, int j) {
    long together = count(i, j);
    long either = count(i, i) + count(j, j) - together;
    return either == 0 ? 0 : (double) together / either;
  }

  /** Segments with both codes as a table: a {@code code} column, then one column per code. */
  public Table countsTable() {
    Table table = Table.create("cooccurrences");
    table.addColumns(StringColumn.create("code", codes));
    for (int j = 0; j < codes.size(); j++) {
      long[] column = new long[codes.size()];
      for (int i = 0; i < codes.size(); i++) {
        column[i] = count(i, j);
      }
      table.addColumns(LongColumn.create(codes.get(j), column));
    }
    return table;
  }

  /** Jaccard's index as a table, laid out as {@link #countsTable()}. */
  public Table jaccardTable() {
    Table table = Table.create("jaccard");
    table.addColumns(StringColumn.create("code", codes));
    for (int j = 0; j < codes.size(); j++) {
      double[] column = new double[codes.size()];
      for (int i = 0; i < codes.size(); i++) {
        column[i] = jaccard(i, j);
      }
      table.addColumns(DoubleColumn.create(codes.get(j), column));
    }
    return table;
  }
}
