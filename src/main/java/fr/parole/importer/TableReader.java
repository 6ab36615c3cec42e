package fr.parole.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads CSV (';', ',' or tab; UTF-8 with or without BOM, or Windows-1252; quoted multi-line
 * cells) and XLSX (first sheet) files into a {@link TableData}. A row with the wrong number of
 * cells is an error naming its line.
 */
public final class TableReader {
  private final TextDecoder decoder;

  public TableReader(TextDecoder decoder) {
    this.decoder = decoder;
  }

  public TableData read(SourceFile file) {
    return switch (file.extension()) {
      case "xlsx" -> readXlsx(file);
      case "csv", "tsv", "txt" -> readCsv(file);
      default -> throw new ImportException(file.name() + " : format de tableau inconnu « ." + file.extension()
          + " » (attendu : .csv, .tsv ou .xlsx).");
    };
  }

  private TableData readCsv(SourceFile file) {
    String text = decoder.decode(file.name(), file.bytes()).text();
    char delimiter = sniffDelimiter(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
    LineIndex lines = new LineIndex(text);
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = null;
      List<TableData.Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        int line = lines.lineAt(recordStart(text, (int) record.getCharacterPosition()));
        List<String> values = record.toList().stream().map(String::strip).toList();
        if (header == null) {
          header = values;
          checkHeader(file.name(), header);
        } else if (values.size() != header.size()) {
          throw ImportException.at(file.name(), line, values.size() + " cellules au lieu de " + header.size()
              + " (colonnes : " + String.join(", ", header) + "). Vérifiez les séparateurs « " + delimiter
              + " » et les guillemets.");
        } else {
          rows.add(new TableData.Row(line, values));
        }
      }
      if (header == null) {
        throw new ImportException(file.name() + " : aucune ligne d'en-tête.");
      }
      return new TableData(file.name(), header, rows);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new ImportException(file.name() + " : CSV illisible : " + e.getMessage(), e);
    }
  }

  /**
   * Where a record's first cell starts. The parser gives the position just after the previous
   * record, which is before the empty lines it skipped: those would make messages point too high.
   */
  private static int recordStart(String text, int position) {
    int start = position;
    while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
      start++;
    }
    return start;
  }

  /** Line numbers of character positions, for messages that point at a row. */
  private static final class LineIndex {
    private final int[] newlines;

    LineIndex(String text) {
      newlines = java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    int lineAt(int position) {
      int found = java.util.Arrays.binarySearch(newlines, position);
      return 1 + (found >= 0 ? found : -found - 1);
    }
  }

  /** The separator that splits the header line into the most cells, outside quotes. */
  static char sniffDelimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    char best = ';';
    int bestCount = -1;
    for (char candidate : new char[] {';', '\t', ','}) {
      int count = 0;
      boolean quoted = false;
      for (char c : header.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == candidate && !quoted) {
          count++;
        }
      }
      if (count > bestCount) {
        best = candidate;
        bestCount = count;
      }
    }
    return best;
  }

  private TableData readXlsx(SourceFile file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
      Sheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter(java.util.Locale.FRANCE);
      List<String> header = null;
      List<TableData.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        int width = header == null ? row.getLastCellNum() : header.size();
        for (int c = 0; c < width; c++) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
        }
        if (values.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (header == null) {
          header = values;
          checkHeader(file.name() + " (feuille « " + sheet.getSheetName() + " »)", header);
        } else {
          rows.add(new TableData.Row(row.getRowNum() + 1, values));
        }
      }
      if (header == null) {
        throw new ImportException(file.name() + " : la feuille « " + sheet.getSheetName() + " » est vide.");
      }
      return new TableData(file.name(), header, rows);
    } catch (POIXMLException | IOException | IllegalArgumentException e) {
      throw new ImportException(file.name() + " : ce n'est pas un classeur .xlsx valide (attendu : une archive "
          + "ZIP Office Open XML ; " + e.getClass().getSimpleName() + ").", e);
    }
  }

  private static void checkHeader(String file, List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).isEmpty()) {
        throw new ImportException(file + ", ligne d'en-tête : la colonne " + (i + 1) + " n'a pas de nom.");
      }
    }
  }
}
