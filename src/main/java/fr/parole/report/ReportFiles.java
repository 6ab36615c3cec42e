package fr.parole.report;

import fr.parole.ParoleException;
import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
      // The workbook on a second core while this one writes the CSV files and draws the SVG charts
      // (each about a second at a million segments); index.html, last, only once both are written.
      FutureTask<Void> workbook = new FutureTask<>(() -> {
        writeWorkbook(dir.resolve(WORKBOOK), page.tables());
        return null;
      });
      Thread writer = new Thread(workbook, "parole-report-workbook");
      writer.setDaemon(true);
      writer.start();
      try {
        for (ReportTable table : page.tables()) {
          writeCsv(dir.resolve(TABLES).resolve(table.id() + ".csv"), table);
        }
        for (ReportChart chart : page.charts()) {
          Files.write(dir.resolve(CHARTS).resolve(chart.id() + ".png"), page.png(chart.id()));
          Files.writeString(dir.resolve(CHARTS).resolve(chart.id() + ".svg"), images.svg(chart), StandardCharsets.UTF_8);
        }
      } finally {
        waitFor(writer); // never a workbook written after the command said it failed
      }
      written(workbook);
      return replace(dir.resolve("index.html"), html);
    } catch (IOException e) {
      throw new ParoleException("Impossible d'écrire le rapport dans « " + dir + " » : " + reason(e)
          + ". Choisissez un autre dossier avec --out.", e);
    }
  }

  private static void waitFor(Thread writer) {
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The workbook's failure, thrown here as if it had been written on this thread. */
  private static void written(FutureTask<Void> workbook) throws IOException {
    try {
      workbook.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("écriture interrompue", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      } else if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IOException(e.getCause());
    }
  }

  /** Why writing failed, in French, from the exception's kind (the path it names). */
  static String reason(IOException e) {
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

  /** RFC 4180 CSV in UTF-8 with a BOM (so Excel reads the accents), numbers with a dot, in full. */
  static void writeCsv(Path file, ReportTable table) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").build())) {
      out.write('\ufeff');
      csv.printRecord(table.header().stream().map(SafeCell::of).toList());
      List<String> record = new ArrayList<>();
      for (int i = 0; i < table.rowCount(); i++) {
        record.clear();
        for (int j = 0; j < table.header().size(); j++) {
          record.add(csvCell(table.cell(i, j)));
        }
        csv.printRecord(record);
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
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 100, false, true)) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      Set<String> names = new HashSet<>();
      for (ReportTable table : tables) {
        sheet(workbook.createSheet(sheetName(table.id(), names)), table, styles);
      }
      if (tables.isEmpty()) {
        // A workbook needs a sheet: Excel calls one without any damaged.
        workbook.createSheet(sheetName("vide", names));
      }
      atomically(file, workbook::write);
    }
  }

  /**
   * One table on one sheet: the header in bold and frozen, numbers as numbers in full with a
   * format that rounds them as the page does, text neutralised as in the CSV.
   */
  private static void sheet(Sheet sheet, ReportTable table, WorkbookStyles styles) {
    List<String> header = table.header();
    Row head = sheet.createRow(0);
    for (int j = 0; j < header.size(); j++) {
      Cell cell = head.createCell(j);
      cell.setCellValue(SafeCell.of(header.get(j)));
      cell.setCellStyle(styles.header());
      sheet.setColumnWidth(j, 256 * Math.min(60, Math.max(10, header.get(j).length() + 3)));
    }
    sheet.createFreezePane(0, 1);
    for (int i = 0; i < table.rowCount(); i++) {
      Row row = sheet.createRow(i + 1);
      for (int j = 0; j < header.size(); j++) {
        xlsxCell(row.createCell(j), table.cell(i, j), styles);
      }
    }
  }

  private static void xlsxCell(Cell cell, Object value, WorkbookStyles styles) {
    if (value instanceof ReportTable.Decimal d) {
      if (Double.isFinite(d.value())) {
        cell.setCellValue(d.value());
        cell.setCellStyle(styles.number(d.digits()));
      }
    } else if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(styles.number(0));
    } else if (value != null) {
      cell.setCellValue(SafeCell.of(value.toString()));
    }
  }

  /** The workbook's cell styles, one per number of decimals. */
  private static final class WorkbookStyles {
    private final Workbook workbook;
    private final CellStyle header;
    private final Map<Integer, CellStyle> numbers = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
      this.workbook = workbook;
      header = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      header.setFont(font);
      header.setWrapText(true);
    }

    CellStyle header() {
      return header;
    }

    /** Digits grouped by thousands, {@code digits} decimals: the cell keeps its full value. */
    CellStyle number(int digits) {
      return numbers.computeIfAbsent(digits, d -> {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d)));
        return style;
      });
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
    atomically(target, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    return target;
  }

  /** What writes a file's bytes. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} whole or not at all: into a file beside it, then moved in place. Not
   * through {@link Files#createTempFile}, which makes the file readable by its owner only (0600,
   * and the report kept those rights): a file opened with {@code CREATE_NEW} gets the rights the
   * user's umask gives, as every other file of the report.
   */
  private static void atomically(Path target, Content content) throws IOException {
    Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE))) {
        content.writeTo(out);
      }
      move(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
