package fr.parole.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * A table of the report, written to the page, to its own CSV file and to a sheet of the workbook.
 * Its data is a Tablesaw {@link Table} with typed columns (text, whole numbers, decimals; a
 * statistic from {@code fr.parole.stats} comes in as the table it returns, see
 * {@link #of(String, String, Table)}); how its numbers read on the page (decimals, thousands
 * separators, the report's language) is a view over it, {@link TableColumns}: CSV and XLSX keep
 * every digit. Rows come already sorted, so the same study gives the same files. A column's name
 * is its header: the label people read (the page, the workbook) and what scripts read (the CSV).
 */
final class ReportTable {
  private final String id;
  private final String title;
  private final TableColumns columns;

  private ReportTable(String id, String title, TableColumns columns) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.columns = columns;
  }

  /**
   * A table of cells given row by row: text, whole numbers ({@link Long}, {@link Integer}),
   * {@link Decimal}s or null (empty). Each column gets the Tablesaw type its cells share.
   */
  ReportTable(String id, String title, List<String> header, List<List<Object>> rows) {
    this(id, title, TableColumns.of(header, rows));
  }

  /**
   * A table the statistics made, as it is: whole-number columns read as integers, decimal
   * columns with one decimal on the page until {@link #digits} says otherwise.
   */
  static ReportTable of(String id, String title, Table data) {
    return new ReportTable(id, title, TableColumns.of(data));
  }

  /** This table with the numbers of {@code column} shown with {@code digits} decimals on the page. */
  ReportTable digits(String column, int digits) {
    return new ReportTable(id, title, columns.withDigits(column, digits));
  }

  ReportTable withId(String newId) {
    return new ReportTable(newId, title, columns);
  }

  String id() {
    return id;
  }

  String title() {
    return title;
  }

  /** A copy of the data, typed columns under their headers. */
  Table table() {
    return columns.table().copy();
  }

  List<String> header() {
    return columns.table().columnNames();
  }

  int rowCount() {
    return columns.table().rowCount();
  }

  boolean isEmpty() {
    return rowCount() == 0;
  }

  /** Whether every cell of a column is a number (or empty): it is aligned right on the page. */
  boolean isNumberColumn(int column) {
    return columns.table().column(column) instanceof NumericColumn<?>;
  }

  /**
   * A cell as the writers read it: null (empty), a {@link String}, a {@link Long}, or a
   * {@link Decimal} (its full value, and the decimals the page shows).
   */
  Object cell(int row, int column) {
    return columns.cell(row, column);
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

  @Override
  public String toString() {
    return id + " (" + title + "): " + header() + ", " + rowCount() + " rows";
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
