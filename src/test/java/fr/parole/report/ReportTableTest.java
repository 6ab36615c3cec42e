package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodedSegment;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The report's one table type: Tablesaw columns under the rows, a view for the page, CSV and XLSX from them. */
class ReportTableTest {
  @TempDir
  Path dir;

  private final ReportText french = new ReportText(ReportLanguage.FRENCH);

  @Test
  void cellsGivenRowByRowBecomeTypedTablesawColumns() {
    ReportTable table = new ReportTable.Builder("t", "T", "Service", "segments", "%", "vide")
        .row("Cardiologie", 1234L, ReportTable.percent(12.345), null)
        .row("Gériatrie", 7, ReportTable.percent(0.5), null)
        .row(null, null, null).build();
    Table data = table.table();
    assertInstanceOf(StringColumn.class, data.column("Service"));
    assertInstanceOf(LongColumn.class, data.column("segments"));
    assertInstanceOf(DoubleColumn.class, data.column("%"));
    assertEquals(12.345, data.doubleColumn("%").getDouble(0));
    assertEquals(7L, data.longColumn("segments").getLong(1));
    assertTrue(data.longColumn("segments").isMissing(2), "a row shorter than the header ends with empty cells");
    assertTrue(table.isNumberColumn(1) && table.isNumberColumn(2) && !table.isNumberColumn(0));
    // The view: what the page shows, in the report's language.
    assertEquals("1\u00a0234", french.cell(table.cell(0, 1)));
    assertEquals("12,3", french.cell(table.cell(0, 2)));
    assertEquals("", french.cell(table.cell(2, 1)));
    assertNull(table.cell(2, 0));
  }

  /** A statistic / value table mixes text and numbers in one column: numbers stay numbers, row by row. */
  @Test
  void aColumnOfTextAndNumbersKeepsEachNumberExactly() {
    ReportTable table = new ReportTable.Builder("test", "Test", "statistique", "valeur")
        .row("n", 120L).row("p", ReportTable.decimal(3.2e-12, 4)).row("V", ReportTable.decimal(1.0 / 3, 3))
        .row("cases < 5", "2 sur 9").build();
    assertEquals(120L, table.cell(0, 1));
    assertEquals(new ReportTable.Decimal(3.2e-12, 4), table.cell(1, 1));
    assertEquals(new ReportTable.Decimal(1.0 / 3, 3), table.cell(2, 1));
    assertEquals("2 sur 9", table.cell(3, 1));
    assertEquals("0,333", french.cell(table.cell(2, 1)));
    assertFalse(table.isNumberColumn(1));
  }

  @Test
  void headersThatDifferOnlyByCaseStayApart() {
    ReportTable table = new ReportTable.Builder("x", "X", "Niveau", "total", "Total").row("a", 1L, 2L).build();
    assertEquals(List.of("Niveau", "total", "Total (2)"), table.header());
    assertThrows(IllegalArgumentException.class, () -> new ReportTable.Builder("x", "X", "a").row("1", "2").build());
  }

  /** A statistics table goes into the report as it is: its types, its values, its columns renamed for reading. */
  @Test
  void aStatisticsTableIsWrittenAsItIs() throws Exception {
    Table frequencies = new CodeFrequencies().by(List.of(
        new CodedSegment(1, "a", "accueil", Map.of()), new CodedSegment(2, "a", "accueil", Map.of()),
        new CodedSegment(2, "a", "repas", Map.of()), new CodedSegment(3, "b", "repas", Map.of())), List.of()).toTable();
    frequencies.column("segmentPercent").setName("% des segments");
    ReportTable table = ReportTable.of("frequences", "Fréquences", frequencies).digits("% des segments", 2);
    Path csv = dir.resolve("f.csv");
    ReportFiles.writeCsv(csv, table);
    assertEquals("\ufeffcode,segments,sources,% des segments,sourcePercent,shareOfCode\r\n"
        + "accueil,2,1,66.6666666667,50,100\r\nrepas,2,2,66.6666666667,100,100\r\n", Files.readString(csv));
    assertEquals("66,67", french.cell(table.cell(0, 3)));
    assertEquals("2", french.cell(table.cell(0, 1)));
  }

  @Test
  void theWorkbookHasNumbersAsNumbersInFullRoundedByTheirFormatAndNeutralisedText() throws Exception {
    ReportTable table = new ReportTable.Builder("esatis", "Scores", "Établissement", "score", "réponses", "valeur")
        .row("=HYPERLINK(\"x\")", ReportTable.decimal(78.8666666, 1), 12_345L, "2 sur 9")
        .row("CHU1", ReportTable.decimal(Double.NaN, 1), null, ReportTable.decimal(0.0312345, 4)).build();
    Path folder = write(List.of(table));
    try (Workbook workbook = WorkbookFactory.create(folder.resolve(ReportFiles.WORKBOOK).toFile(), null, true)) {
      Sheet sheet = workbook.getSheet("esatis");
      assertEquals("Établissement", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("'=HYPERLINK(\"x\")", sheet.getRow(1).getCell(0).getStringCellValue());
      Cell score = sheet.getRow(1).getCell(1);
      assertEquals(CellType.NUMERIC, score.getCellType());
      assertEquals(78.8666666, score.getNumericCellValue(), 0);
      assertEquals("78.9", new DataFormatter(java.util.Locale.ROOT).formatCellValue(score));
      Cell answers = sheet.getRow(1).getCell(2);
      assertEquals(CellType.NUMERIC, answers.getCellType());
      assertEquals("#,##0", answers.getCellStyle().getDataFormatString());
      assertEquals(CellType.BLANK, sheet.getRow(2).getCell(1).getCellType(), "a missing score stays empty");
      Cell mixed = sheet.getRow(2).getCell(3);
      assertEquals(CellType.NUMERIC, mixed.getCellType());
      assertEquals(0.0312345, mixed.getNumericCellValue(), 0);
      assertEquals("#,##0.0000", mixed.getCellStyle().getDataFormatString());
    }
  }

  /** index.html used to be 0600 (a temporary file moved in place): every file now gets the user's umask. */
  @Test
  void filesAreWrittenWithTheUsersUmask() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path folder = write(List.of(new ReportTable.Builder("t", "T", "a").row("x").build()));
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(Files.createFile(dir.resolve("témoin")));
    for (String file : List.of("index.html", ReportFiles.WORKBOOK, ReportFiles.TABLES + "/t.csv")) {
      assertEquals(expected, Files.getPosixFilePermissions(folder.resolve(file)), file);
    }
    try (Stream<Path> files = Files.list(folder)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
  }

  @Test
  void anEmptyTableIsNeitherShownNorSaved() throws Exception {
    ReportPage page = new ReportPage(new ChartImages(), french);
    page.table(new ReportTable.Builder("vide", "Vide", "a").build());
    assertTrue(page.tables().isEmpty());
    assertFalse(page.body().contains("Vide"));
  }

  private Path write(List<ReportTable> tables) {
    ReportPage page = new ReportPage(new ChartImages(), french);
    tables.forEach(page::table);
    Path folder = dir.resolve("rapport");
    new ReportFiles(new ChartImages()).write(folder, "<html></html>", page);
    return folder;
  }
}
