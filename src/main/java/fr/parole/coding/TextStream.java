package fr.parole.coding;

import fr.parole.importer.ImportException;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.TableRows;
import fr.parole.importer.TextDecoder;
import fr.parole.importer.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The texts of a table (as {@link TextTable} reads it) handed out one row at a time, for a file of
 * millions of comments: a CSV or TSV file is read from disk, checked whole first (its columns, no
 * empty id or text, no id twice: refused before anything is coded or written), then read again
 * row by row. Memory: 8 bytes a row for the ids' check, whatever the texts' length ({@code parole
 * classify} held the whole table: 2.2 GB of memory for 1,000,000 comments). A workbook is read whole.
 */
public final class TextStream {
  private final Path path;
  private final String file;
  private final TextDecoder decoder = new TextDecoder();
  private final TextEncoding encoding;
  /** A workbook's rows, read whole; null for a CSV file, read from disk each time. */
  private final TextTable whole;

  private TextStream(Path path, TextEncoding encoding, TextTable whole) {
    this.path = path;
    this.file = path.toString();
    this.encoding = encoding;
    this.whole = whole;
  }

  /** The table at {@code path}, checked whole: an {@link ImportException} names what is wrong. */
  public static TextStream open(Path path) {
    if (!TableReader.streams(path)) {
      return new TextStream(path, null, TextTable.read(path));
    }
    TextStream stream;
    try (InputStream in = Files.newInputStream(path)) {
      stream = new TextStream(path, new TextDecoder().scan(path.toString(), in), null);
    } catch (IOException e) {
      throw new ImportException(path + " : lecture impossible : " + e.getMessage(), e);
    }
    stream.check();
    return stream;
  }

  /** Gives {@code action} every row, in order. */
  public void forEach(Consumer<TextTable.Row> action) {
    if (whole != null) {
      whole.rows().forEach(action);
    } else {
      read(action);
    }
  }

  /** Every row checked, and ids compared by their hashes; the rare same hashes by their ids. */
  private void check() {
    RepeatedIds ids = new RepeatedIds();
    readIds((id, line) -> ids.add(id, line));
    Set<Integer> lines = ids.sameHashes();
    if (lines.isEmpty()) {
      return;
    }
    Map<String, Integer> seen = new HashMap<>();
    readIds((id, line) -> {
      if (lines.contains(line) && seen.putIfAbsent(id, line) != null) {
        throw TextTable.repeated(file, line, id);
      }
    });
  }

  /** Each row's id and line, the row checked but not built (the check reads millions). */
  private void readIds(java.util.function.ObjIntConsumer<String> action) {
    rows((header, columns, row) -> action.accept(TextTable.checkedId(file, columns, row), row.line()));
  }

  private void read(Consumer<TextTable.Row> action) {
    rows((header, columns, row) -> action.accept(TextTable.row(file, header, columns, row)));
  }

  private interface RowReader {
    void accept(java.util.List<String> header, int[] columns, TableData.Row row);
  }

  private void rows(RowReader reader) {
    try (TableRows rows = new TableReader(decoder).stream(file, path, encoding)) {
      int[] columns = TextTable.columns(file, rows.header());
      for (TableData.Row row = rows.next(); row != null; row = rows.next()) {
        reader.accept(rows.header(), columns, row);
      }
    } catch (IOException e) {
      throw new ImportException(file + " : lecture impossible : " + e.getMessage(), e);
    }
  }
}
