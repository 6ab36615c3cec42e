package fr.parole.report;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The data of a {@link ReportTable} as a Tablesaw table, and how its numbers read: the decimals
 * shown per column. Cells given row by row are typed by column: only text → a
 * {@link StringColumn}, only whole numbers → a {@link LongColumn}, any decimal →
 * a {@link DoubleColumn} (whole numbers in it keep 0 decimals on the page). A column mixing text
 * and numbers (a statistic / value table: « n » 120, « p » 0.0312, « cases &lt; 5 » « 2 sur 9 »)
 * has no Tablesaw type: it is a {@link StringColumn} whose numbers are kept as their exact
 * {@link Double#toString} / {@link Long#toString}, and the view says row by row which cells are
 * numbers, so the workbook still gets them as numbers, in full.
 */
final class TableColumns {
  /** The decimals of a text cell. */
  static final int TEXT = -1;
  /** Decimals shown for a decimal column of a statistics table until the report says otherwise. */
  static final int DEFAULT_DIGITS = 1;
  private static final int DEFAULT_OTHER_NUMBER_DIGITS = 2;

  private final Table table;
  /** Per column: the decimals its numbers show, or {@link #TEXT}. */
  private final int[] digits;
  /** Per column: null, or the decimals of each row when they vary ({@link #TEXT} for a text cell). */
  private final int[][] rowDigits;

  private TableColumns(Table table, int[] digits, int[][] rowDigits) {
    this.table = table;
    this.digits = digits;
    this.rowDigits = rowDigits;
  }

  /** A statistics table as it is: whole numbers with no decimal, decimals with {@link #DEFAULT_DIGITS}. */
  static TableColumns of(Table table) {
    int[] digits = new int[table.columnCount()];
    for (int j = 0; j < digits.length; j++) {
      Column<?> column = table.column(j);
      digits[j] = !(column instanceof NumericColumn<?>) ? TEXT : isWhole(column) ? 0 : DEFAULT_DIGITS;
    }
    return new TableColumns(table, digits, new int[digits.length][]);
  }

  /** Cells row by row (a row shorter than the header ends with empty cells). */
  static TableColumns of(List<String> header, List<List<Object>> rows) {
    Table table = Table.create();
    int[] digits = new int[header.size()];
    int[][] rowDigits = new int[header.size()][];
    Set<String> names = new HashSet<>();
    for (List<Object> row : rows) {
      if (row.size() > header.size()) {
        throw new IllegalArgumentException(row.size() + " cells for " + header.size() + " columns: " + row);
      }
    }
    for (int j = 0; j < header.size(); j++) {
      int column = j;
      Object[] cells = rows.stream().map(r -> column < r.size() ? r.get(column) : null).toArray();
      int[] cellDigits = Arrays.stream(cells).mapToInt(TableColumns::digitsOf).toArray();
      boolean text = Arrays.stream(cells).anyMatch(c -> c != null && digitsOf(c) == TEXT);
      boolean numbers = Arrays.stream(cellDigits).anyMatch(d -> d != TEXT);
      String name = unique(header.get(j), names);
      if (text && numbers) {
        table.addColumns(StringColumn.create(name, Arrays.stream(cells).map(TableColumns::exact).toList()));
        digits[j] = TEXT;
        rowDigits[j] = cellDigits;
      } else if (numbers && Arrays.stream(cells).anyMatch(c -> c != null && !isWholeCell(c))) {
        table.addColumns(DoubleColumn.create(name, Arrays.stream(cells).mapToDouble(TableColumns::doubleOf)));
        int[] shown = Arrays.stream(cells).filter(c -> c != null).mapToInt(TableColumns::digitsOf).distinct().toArray();
        digits[j] = shown.length == 1 ? shown[0] : DEFAULT_DIGITS;
        rowDigits[j] = shown.length == 1 ? null : cellDigits;
      } else if (numbers) {
        LongColumn longs = LongColumn.create(name);
        Arrays.stream(cells).forEach(c -> {
          if (c == null) {
            longs.appendMissing();
          } else {
            longs.append(((Number) c).longValue());
          }
        });
        table.addColumns(longs);
        digits[j] = 0;
      } else {
        table.addColumns(StringColumn.create(name, Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList()));
        digits[j] = TEXT;
      }
    }
    return new TableColumns(table, digits, rowDigits);
  }

  TableColumns withDigits(String column, int shown) {
    int j = table.columnIndex(column);
    if (!(table.column(j) instanceof NumericColumn<?>)) {
      throw new IllegalArgumentException(column + " is not a column of numbers");
    }
    int[] newDigits = digits.clone();
    int[][] newRows = rowDigits.clone();
    newDigits[j] = shown;
    newRows[j] = null;
    return new TableColumns(table, newDigits, newRows);
  }

  Table table() {
    return table;
  }

  /** Null (empty), a {@link String}, a {@link Long} or a {@link ReportTable.Decimal}. */
  Object cell(int row, int column) {
    Column<?> c = table.column(column);
    if (c.isMissing(row)) {
      return null;
    }
    int shown = rowDigits[column] == null ? digits[column] : rowDigits[column][row];
    if (c instanceof NumericColumn<?> n) {
      return isWhole(c) && shown == 0 ? (Object) (long) n.getDouble(row)
          : new ReportTable.Decimal(n.getDouble(row), shown);
    }
    String value = c.getString(row);
    if (shown == TEXT) {
      return value;
    }
    // A number of a column that mixes text and numbers, kept as its exact decimal text.
    return value.contains(".") || value.contains("E") || value.contains("N") || value.contains("I")
        ? new ReportTable.Decimal(Double.parseDouble(value), shown) : (Object) Long.parseLong(value);
  }

  private static boolean isWhole(Column<?> column) {
    String type = column.type().name();
    return type.equals("LONG") || type.equals("INTEGER") || type.equals("SHORT");
  }

  private static boolean isWholeCell(Object cell) {
    return cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte;
  }

  /** The decimals a cell shows: 0 for a whole number, a {@link ReportTable.Decimal}'s own, {@link #TEXT} for text. */
  private static int digitsOf(Object cell) {
    if (cell == null) {
      return TEXT;
    }
    if (cell instanceof ReportTable.Decimal d) {
      return d.digits();
    }
    return isWholeCell(cell) ? 0 : cell instanceof Number ? DEFAULT_OTHER_NUMBER_DIGITS : TEXT;
  }

  private static double doubleOf(Object cell) {
    return cell == null ? Double.NaN : cell instanceof ReportTable.Decimal d ? d.value() : ((Number) cell).doubleValue();
  }

  /** A cell of a mixed column: text as it is, a number as the exact text it parses back from. */
  private static String exact(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof ReportTable.Decimal || cell instanceof Double || cell instanceof Float) {
      return Double.toString(doubleOf(cell));
    }
    return isWholeCell(cell) ? Long.toString(((Number) cell).longValue()) : cell.toString();
  }

  /**
   * Tablesaw refuses two columns whose names differ only by case: the second « Total » of a
   * crosstab whose columns include a value « total » becomes « Total (2) ».
   */
  private static String unique(String header, Set<String> names) {
    String name = header;
    for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = header + " (" + n + ")";
    }
    return name;
  }
}
