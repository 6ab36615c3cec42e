package fr.parole.report;

import fr.parole.ParoleException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Saves a report folder: {@code index.html}, every table as CSV under {@code tableaux/}, all of
 * them in {@code tableaux.xlsx}, and the charts as PNG and SVG under {@code graphiques/}. Files a
 * previous report left there are removed first, so the folder holds one report only.
 */
final class ReportFiles {
  static final String TABLES = "tableaux";
  static final String CHARTS = "graphiques";
  static final String WORKBOOK = "tableaux.xlsx";
  /** Excel refuses sheet names longer than this. */
  static final int SHEET_NAME_MAX = 31;

  private final ChartImages images;

  ReportFiles(ChartImages images) {
    this.images = images;
  }

  Path write(Path dir, String html, ReportPage page) {
    try {
      Files.createDirectories(dir.resolve(TABLES));
      Files.createDirectories(dir.resolve(CHARTS));
      clear(dir.resolve(TABLES), ".csv");
      clear(dir.resolve(CHARTS), ".png", ".svg");
      for (ReportTable table : page.tables()) {
        writeCsv(dir.resolve(TABLES).resolve(table.id() + ".csv"), table);
      }
      writeWorkbook(dir.resolve(WORKBOOK), page.tables());
      for (ReportChart chart : page.charts()) {
        Files.write(dir.resolve(CHARTS).resolve(chart.id() + ".png"), page.png(chart.id()));
        Files.writeString(dir.resolve(CHARTS).resolve(chart.id() + ".svg"), images.svg(chart), StandardCharsets.UTF_8);
      }
      return replace(dir.resolve("index.html"), html);
    } catch (IOException e) {
      throw new ParoleException("Impossible d'écrire le rapport dans « " + dir + " » : " + reason(e)
          + ". Choisissez un autre dossier avec --out.", e);
    }
  }

  private static String reason(IOException e) {
    String kind = e.getClass().getSimpleName();
    return switch (kind) {
      case "AccessDeniedException" -> "accès refusé à " + e.getMessage();
      case "FileAlreadyExistsException" -> "un fichier porte déjà le nom " + e.getMessage();
      case "NotDirectoryException" -> e.getMessage() + " n'est pas un dossier";
      case "FileSystemException" -> e.getMessage();
      default -> e.getMessage() == null ? kind : e.getMessage();
    };
  }

  private static void clear(Path folder, String... extensions) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
          if (name.endsWith(extension) && Files.isRegularFile(file)) {
            Files.delete(file);
          }
        }
      }
    }
  }

  /** RFC 4180 CSV in UTF-8 with a BOM (so Excel reads the accents), numbers with a dot. */
  static void writeCsv(Path file, ReportTable table) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build())) {
      out.write('\ufeff');
      csv.printRecord(table.header().stream().map(SafeCell::of).toList());
      for (List<Object> row : table.rows()) {
        csv.printRecord(row.stream().map(ReportFiles::csvCell).toList());
      }
    }
  }

  private static String csvCell(Object cell) {
    if (cell instanceof ReportTable.Decimal d) {
      return ReportText.plain(d.value());
    }
    return cell instanceof String s ? SafeCell.of(s) : cell == null ? "" : cell.toString();
  }

  private static void writeWorkbook(Path file, List<ReportTable> tables) throws IOException {
    // Streamed (SXSSF: rows written out 100 at a time, shared strings as XSSF writes them): with a
    // hundred establishments the tables have thousands of rows, and building the whole XML tree
    // was most of the time spent writing the report (4 of 6 CPU-seconds for 100 establishments).
    try (Workbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100, false, true)) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Set<String> names = new HashSet<>();
      for (ReportTable table : tables) {
        Sheet sheet = workbook.createSheet(sheetName(table.id(), names));
        Row head = sheet.createRow(0);
        for (int j = 0; j < table.header().size(); j++) {
          Cell cell = head.createCell(j);
          cell.setCellValue(SafeCell.of(table.header().get(j)));
          cell.setCellStyle(bold);
        }
        for (int i = 0; i < table.rows().size(); i++) {
          Row row = sheet.createRow(i + 1);
          List<Object> cells = table.rows().get(i);
          for (int j = 0; j < cells.size(); j++) {
            xlsxCell(row.createCell(j), cells.get(j));
          }
        }
      }
      Path temp = Files.createTempFile(file.getParent(), ".tableaux", ".xlsx.tmp");
      try (OutputStream out = Files.newOutputStream(temp)) {
        workbook.write(out);
      }
      move(temp, file);
    }
  }

  private static void xlsxCell(Cell cell, Object value) {
    if (value instanceof ReportTable.Decimal d) {
      if (Double.isFinite(d.value())) {
        cell.setCellValue(d.value());
      }
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value != null) {
      cell.setCellValue(SafeCell.of(value.toString()));
    }
  }

  /** Sheet names: at most 31 characters, no []:*?/\, unique ignoring case (as Excel wants). */
  static String sheetName(String id, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(id);
    base = base.length() > SHEET_NAME_MAX ? base.substring(0, SHEET_NAME_MAX) : base;
    String name = base;
    for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "~" + n;
      name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
    }
    taken.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static Path replace(Path target, String html) throws IOException {
    Path temp = Files.createTempFile(target.getParent(), ".index", ".html.tmp");
    Files.writeString(temp, html, StandardCharsets.UTF_8);
    move(temp, target);
    return target;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
