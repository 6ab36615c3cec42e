package fr.parole.importer;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads CSV (';', ',' or tab; UTF-8 with or without BOM, or Windows-1252; quoted multi-line
 * cells) and XLSX files into a {@link TableData}. A row with the wrong number of cells is an
 * error naming its line. A workbook's sheet is chosen by name ({@link #read(SourceFile, String)}),
 * or is its only sheet; cases files keep the historical rule (the first sheet).
 */
public final class TableReader {
  /** The characters the separator is sniffed from: the header line, or its start. */
  private static final int HEADER_LIMIT = 65536;

  private final TextDecoder decoder;

  public TableReader(TextDecoder decoder) {
    this.decoder = decoder;
  }

  /** Reads a CSV file, or the first sheet of a workbook. */
  public TableData read(SourceFile file) {
    return read(file, null, true);
  }

  /**
   * Reads a CSV file, or the sheet named {@code sheet} of a workbook; with no name, a workbook
   * must have one sheet, since reading the wrong one silently would import the wrong figures.
   * Messages about a workbook name the sheet read.
   */
  public TableData read(SourceFile file, String sheet) {
    return read(file, sheet, false);
  }

  private TableData read(SourceFile file, String sheet, boolean firstSheet) {
    if (file.bytes().length == 0) {
      throw new ImportException(file.name() + " : le fichier est vide (0 octet).");
    }
    return switch (file.extension()) {
      case "xlsx" -> readXlsx(file, sheet, firstSheet);
      case "csv", "tsv", "txt" -> readCsv(file);
      default -> throw new ImportException(file.name() + " : format de tableau inconnu « ." + file.extension()
          + " » (attendu : .csv, .tsv ou .xlsx).");
    };
  }

  private TableData readCsv(SourceFile file) {
    DecodedText decoded = decoder.decode(file.name(), file.bytes());
    List<TableData.Row> rows = new ArrayList<>();
    try (TableRows table = new CsvRows(file.name(), new StringReader(decoded.text()),
        sniffDelimiter(decoded.text()), decoded.encoding())) {
      for (TableData.Row row = table.next(); row != null; row = table.next()) {
        rows.add(row);
      }
      return new TableData(file.name(), table.header(), rows, decoded.encoding(), table.warnings());
    }
  }

  /** Whether {@link #stream} can read this file row by row from disk (CSV), rather than whole (XLSX). */
  public static boolean streams(Path path) {
    String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt");
  }

  /**
   * Reads a CSV file row by row from disk, in the encoding {@link TextDecoder#scan} found for it:
   * only the row being read is held, whatever the file's size.
   */
  public TableRows stream(String name, Path path, TextEncoding encoding) throws IOException {
    InputStream bytes = Files.newInputStream(path);
    try {
      bytes.skipNBytes(encoding.bomLength());
      BufferedReader text = new BufferedReader(new InputStreamReader(bytes, encoding.charset()), 1 << 16);
      text.mark(HEADER_LIMIT + 1);
      StringBuilder start = new StringBuilder();
      for (int c = text.read(); c >= 0 && c != '\n' && start.length() < HEADER_LIMIT; c = text.read()) {
        start.append((char) c);
      }
      text.reset();
      return new CsvRows(name, text, sniffDelimiter(start.toString()), encoding.label());
    } catch (IOException | RuntimeException e) {
      bytes.close();
      throw e;
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

  private TableData readXlsx(SourceFile file, String sheetName, boolean firstSheet) {
    ZipLimits.check(file);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
      Sheet sheet = chooseSheet(file, workbook, sheetName, firstSheet);
      String name = workbook.getNumberOfSheets() > 1 && !firstSheet
          ? file.name() + " (feuille « " + sheet.getSheetName() + " »)" : file.name();
      DataFormatter formatter = new DataFormatter(java.util.Locale.FRANCE);
      ControlCharacters controls = new ControlCharacters();
      List<String> header = null;
      List<TableData.Row> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        int width = header == null ? row.getLastCellNum() : header.size();
        for (int c = 0; c < width; c++) {
          Cell cell = row.getCell(c);
          values.add(cell == null ? "" : controls.clean(formatter.formatCellValue(cell), row.getRowNum() + 1).strip());
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
      return new TableData(name, header, rows, null, controls.warnings());
    } catch (POIXMLException | IOException | IllegalArgumentException e) {
      DoctypeRefusal.of(file.name(), "xlsx", e).ifPresent(refusal -> {
        throw refusal;
      });
      throw new ImportException(file.name() + " : ce n'est pas un classeur .xlsx valide (attendu : une archive "
          + "ZIP Office Open XML ; fichier tronqué, abîmé, ou d'un autre format renommé en .xlsx).", e);
    }
  }

  private static Sheet chooseSheet(SourceFile file, XSSFWorkbook workbook, String name, boolean firstSheet) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add("« " + sheet.getSheetName() + " »"));
    if (name != null && !name.isBlank()) {
      Sheet sheet = workbook.getSheet(name.strip());
      if (sheet == null) {
        throw new ImportException(file.name() + " : pas de feuille « " + name.strip() + " » dans ce classeur (feuilles : "
            + String.join(", ", names) + ").");
      }
      return sheet;
    }
    if (workbook.getNumberOfSheets() > 1 && !firstSheet) {
      throw new ImportException(file.name() + " : le classeur a " + names.size() + " feuilles (" + String.join(", ", names)
          + ") ; indiquez laquelle lire avec « sheet: » dans la source de study.yaml.");
    }
    return workbook.getSheetAt(0);
  }

  static void checkHeader(String file, List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).isEmpty()) {
        throw new ImportException(file + ", ligne d'en-tête : la colonne " + (i + 1) + " n'a pas de nom.");
      }
    }
  }
}
