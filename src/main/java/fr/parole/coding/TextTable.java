package fr.parole.coding;

import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of texts to code or to evaluate against: a TSV (or CSV, XLSX) with a header holding
 * {@code id} and {@code text} (or texte, verbatim, commentaire: named by {@code textColumn}); other
 * columns are kept. Refused whole, naming file and line, when
 * a column is missing, a text is empty, an id repeats, or a row is ragged.
 */
public record TextTable(String file, List<String> header, String textColumn, List<Row> rows) {
  public TextTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** One text with its id, its line in the file, and every column by name. */
  public record Row(String id, String text, int line, Map<String, String> columns) {
    public Row {
      columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
  }

  public static TextTable read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new ImportException(path + " : lecture impossible : " + e.getMessage(), e);
    }
    return read(path, bytes);
  }

  /**
   * A table shipped in the jar ({@code /models/training/…}); a resource that is not there is a
   * packaging error, not a user's.
   */
  public static TextTable readResource(String resource) {
    try (java.io.InputStream in = TextTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      return read(Path.of(resource.substring(resource.lastIndexOf('/') + 1)), in.readAllBytes());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static TextTable read(Path path, byte[] bytes) {
    TableData table = new TableReader(new TextDecoder()).read(new SourceFile(path, path.toString(), bytes));
    int[] columns = columns(table.file(), table.header());
    List<Row> rows = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (TableData.Row row : table.rows()) {
      Row read = row(table.file(), table.header(), columns, row);
      if (!ids.add(read.id())) {
        throw repeated(table.file(), row.line(), read.id());
      }
      rows.add(read);
    }
    return new TextTable(table.file(), table.header(), table.header().get(columns[1]), rows);
  }

  /** The id and text columns of {@code header}; refused, naming the columns found, when one lacks. */
  static int[] columns(String file, List<String> header) {
    TableData names = new TableData(file, header, List.of());
    int id = names.column(List.of("id"));
    int text = names.column(List.of("text", "texte", "verbatim", "commentaire"));
    if (id < 0 || text < 0) {
      throw ImportException.at(file, 1, "colonnes « id » et « text » attendues ; colonnes trouvées : "
          + String.join(", ", header) + ".");
    }
    return new int[] {id, text};
  }

  /** A data row as a text, refused when its id or text is empty. */
  static Row row(String file, List<String> header, int[] columns, TableData.Row row) {
    String rowId = checkedId(file, columns, row);
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      values.put(header.get(i), row.values().get(i));
    }
    return new Row(rowId, row.values().get(columns[1]), row.line(), values);
  }

  /** The row's id, once its id and text are found not empty. */
  static String checkedId(String file, int[] columns, TableData.Row row) {
    String rowId = row.values().get(columns[0]);
    if (rowId.isEmpty() || row.values().get(columns[1]).isBlank()) {
      throw ImportException.at(file, row.line(), (rowId.isEmpty() ? "id vide" : "texte vide pour « "
          + rowId + " »") + " : chaque ligne doit avoir un id et un texte.");
    }
    return rowId;
  }

  static ImportException repeated(String file, int line, String id) {
    return ImportException.at(file, line, "l'id « " + id + " » apparaît deux fois.");
  }
}
