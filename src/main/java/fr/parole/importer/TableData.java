package fr.parole.importer;

import java.util.List;

/**
 * A spreadsheet read as text: the header and the rows, each row with the line (CSV) or row number
 * (XLSX) users see in their tool, so that messages can point at it, and the text encoding a CSV
 * file was read in (null for a workbook), and the warnings about its text (control characters
 * removed, see {@link ControlCharacters}), each starting with its line.
 */
public record TableData(String file, List<String> header, List<Row> rows, String encoding, List<String> warnings) {
  public TableData {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    warnings = List.copyOf(warnings);
  }

  public TableData(String file, List<String> header, List<Row> rows, String encoding) {
    this(file, header, rows, encoding, List.of());
  }

  public TableData(String file, List<String> header, List<Row> rows) {
    this(file, header, rows, null);
  }

  /** One data row: its line number and one value per header column. */
  public record Row(int line, List<String> values) {
    public Row {
      values = List.copyOf(values);
    }
  }

  /** The index of the first header column whose name is one of {@code names} (case-insensitive), or -1. */
  public int column(List<String> names) {
    for (int i = 0; i < header.size(); i++) {
      for (String name : names) {
        if (header.get(i).strip().equalsIgnoreCase(name)) {
          return i;
        }
      }
    }
    return -1;
  }
}
