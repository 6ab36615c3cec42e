package fr.parole.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of the report, written to the page, to its own CSV file and to a sheet of the workbook.
 * Cells are text, whole numbers ({@link Long}, {@link Integer}), {@link Decimal}s or null (empty);
 * rows come already sorted, so the same study gives the same files.
 */
record ReportTable(String id, String title, List<String> header, List<List<Object>> rows) {
  ReportTable {
    header = List.copyOf(header);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /**
   * Whether a column is for programs, not people: ids ({@code code_id}) are written to the CSV
   * file and the workbook, beside the label people read, and left off the page.
   */
  static boolean isMachineColumn(String header) {
    return header.endsWith("_id");
  }

  /** A number shown with {@code digits} decimals on the page; written in full to CSV and XLSX. */
  record Decimal(double value, int digits) {}

  static Decimal percent(double value) {
    return new Decimal(value, 1);
  }

  static Decimal decimal(double value, int digits) {
    return new Decimal(value, digits);
  }

  /** Collects rows before the table is made. */
  static final class Builder {
    private final String id;
    private final String title;
    private final List<String> header;
    private final List<List<Object>> rows = new ArrayList<>();

    Builder(String id, String title, String... header) {
      this.id = id;
      this.title = title;
      this.header = Arrays.asList(header);
    }

    Builder row(Object... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    boolean isEmpty() {
      return rows.isEmpty();
    }

    ReportTable build() {
      return new ReportTable(id, title, header, rows);
    }
  }
}
