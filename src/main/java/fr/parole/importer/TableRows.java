package fr.parole.importer;

import java.util.Iterator;
import java.util.List;

/**
 * A table read one row at a time: a CSV file streamed from disk ({@link TableReader#stream}) is
 * never held whole; a workbook read whole ({@link #of(TableData)}) is handed out the same way.
 * {@link #next} may throw an {@link ImportException} naming a bad row's line.
 */
public interface TableRows extends AutoCloseable {
  /** The file's name, for messages (with its sheet for a workbook of several). */
  String file();

  List<String> header();

  /** The text encoding a CSV file is read in; null for a workbook. */
  String encoding();

  /** The next row, or null after the last. */
  TableData.Row next();

  /** What to warn about the rows read so far (control characters removed), each starting with its line. */
  default List<String> warnings() {
    return List.of();
  }

  @Override
  void close();

  /** The rows of a table already in memory. */
  static TableRows of(TableData table) {
    Iterator<TableData.Row> rows = table.rows().iterator();
    return new TableRows() {
      @Override
      public String file() {
        return table.file();
      }

      @Override
      public List<String> header() {
        return table.header();
      }

      @Override
      public String encoding() {
        return table.encoding();
      }

      @Override
      public TableData.Row next() {
        return rows.hasNext() ? rows.next() : null;
      }

      @Override
      public List<String> warnings() {
        return table.warnings();
      }

      @Override
      public void close() {
        // nothing held but the table itself
      }
    };
  }
}
