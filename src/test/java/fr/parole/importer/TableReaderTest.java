package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableReaderTest {
  private final TableReader reader = new TableReader(new TextDecoder());

  private TableData read(String name, byte[] bytes) {
    return reader.read(new SourceFile(Path.of(name), name, bytes));
  }

  private TableData csv(String name, String text) {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<List<String>> values(TableData table) {
    return table.rows().stream().map(TableData.Row::values).toList();
  }

  @Test
  void readsSemicolonSeparatedCsvAsExcelWritesItInFrance() {
    TableData table = csv("cas.csv", "speaker;establishment;role\nCGS 3;CHU3;CGS\nMED 2;CH2;MED\n");

    assertEquals("cas.csv", table.file());
    assertEquals(List.of("speaker", "establishment", "role"), table.header());
    assertEquals(List.of(List.of("CGS 3", "CHU3", "CGS"), List.of("MED 2", "CH2", "MED")), values(table));
    assertEquals(List.of(2, 3), table.rows().stream().map(TableData.Row::line).toList());
  }

  @Test
  void readsCommaSeparatedCsvWithQuotedCommas() {
    TableData table = csv("cas.csv", "source,site,commentaire\nRU1.md,CHU1,\"usager, représentant\"\n");

    assertEquals(List.of(List.of("RU1.md", "CHU1", "usager, représentant")), values(table));
  }

  @Test
  void readsTabSeparatedValues() {
    TableData table = csv("cas.tsv", "speaker\tétablissement\nP 3\tCHU3\n");

    assertEquals(List.of("speaker", "établissement"), table.header());
    assertEquals(List.of(List.of("P 3", "CHU3")), values(table));
  }

  @Test
  void readsWindows1252Csv() {
    TableData table = read("cas.csv", "speaker;établissement;fonction\nIDE 3;CHU3;infirmière coordinatrice\n"
        .getBytes(Charset.forName("windows-1252")));

    assertEquals("établissement", table.header().get(1));
    assertEquals("infirmière coordinatrice", table.rows().get(0).values().get(2));
  }

  @Test
  void dropsTheByteOrderMarkFromTheFirstColumnName() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    TableData table = read("cas.csv", TextDecoderTest.concat(bom,
        "speaker;role\nRQ 1;DQ\n".getBytes(StandardCharsets.UTF_8)));

    // With the BOM left in, the key column would be "\uFEFFspeaker" and never be found.
    assertEquals("speaker", table.header().get(0));
    assertEquals(0, table.column(List.of("speaker")));
  }

  @Test
  void aQuotedCellMayRunOverSeveralLinesAndLineNumbersFollowTheFile() {
    TableData table = csv("cas.csv", """
        speaker;role;note
        P 1;PATIENT;"Dialysé à domicile,
        formé en trois mois"
        MED 1;MED;néphrologue
        """);

    assertEquals("Dialysé à domicile,\nformé en trois mois", table.rows().get(0).values().get(2));
    // The second row starts on the file's 4th line, which is what the user sees in an editor.
    assertEquals(List.of(2, 4), table.rows().stream().map(TableData.Row::line).toList());
  }

  @Test
  void emptyLinesAreSkipped() {
    TableData table = csv("cas.csv", "speaker;role\r\n\r\nCDS 1;CDS\r\n\r\n");

    assertEquals(List.of(List.of("CDS 1", "CDS")), values(table));
    assertEquals(3, table.rows().get(0).line());
  }

  @Test
  void aRaggedRowIsAnErrorNamingItsLine() {
    ImportException e = assertThrows(ImportException.class,
        () -> csv("cas.csv", "speaker;establishment;role\nCGS 3;CHU3;CGS\nDQ 2;CH2\nP 3;CHU3;PATIENT\n"));

    assertTrue(e.getMessage().startsWith("cas.csv, ligne 3 : "), e.getMessage());
    assertTrue(e.getMessage().contains("2 cellules au lieu de 3"), e.getMessage());
  }

  @Test
  void aRaggedRowAfterAMultiLineCellNamesItsFileLine() {
    ImportException e = assertThrows(ImportException.class,
        () -> csv("cas.csv", "speaker;note\nP 1;\"sur\ndeux lignes\"\nMED 1;trop;de cellules\n"));

    assertTrue(e.getMessage().startsWith("cas.csv, ligne 4 : "), e.getMessage());
  }

  @Test
  void aRaggedRowAfterEmptyLinesNamesItsOwnLine() {
    ImportException e = assertThrows(ImportException.class,
        () -> csv("cas.csv", "speaker;role\n\nP 3;PATIENT\n\n\nMED 2\n"));

    // Lines 2, 4 and 5 are empty; "MED 2" is on line 6, where the user must look.
    assertTrue(e.getMessage().startsWith("cas.csv, ligne 6 : "), e.getMessage());
  }

  @Test
  void anUnnamedHeaderColumnIsAnError() {
    ImportException e = assertThrows(ImportException.class, () -> csv("cas.csv", "speaker;;role\nP 3;x;PATIENT\n"));

    assertTrue(e.getMessage().contains("colonne 2 n'a pas de nom"), e.getMessage());
  }

  @Test
  void anUnclosedQuoteIsAnError() {
    ImportException e = assertThrows(ImportException.class, () -> csv("cas.csv", "speaker;role\n\"P 3;PATIENT\n"));

    assertTrue(e.getMessage().startsWith("cas.csv"), e.getMessage());
  }

  @Test
  void anUnknownExtensionIsRefused() {
    ImportException e = assertThrows(ImportException.class, () -> csv("cas.ods", "speaker;role\n"));

    assertTrue(e.getMessage().contains(".ods"), e.getMessage());
  }

  @Test
  void readsTheFirstSheetOfAWorkbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Cas");
      row(sheet, 0, "speaker", "établissement", "ancienneté");
      row(sheet, 2, "IDE 3", "CHU3", null);
      sheet.getRow(2).createCell(2).setCellValue(12);
      row(sheet, 3, "MED 2", "CH2", "  5 ans ");
      workbook.createSheet("Brouillon");
      workbook.write(out);
    }

    TableData table = read("cas.xlsx", out.toByteArray());

    assertEquals(List.of("speaker", "établissement", "ancienneté"), table.header());
    assertEquals(List.of(List.of("IDE 3", "CHU3", "12"), List.of("MED 2", "CH2", "5 ans")), values(table));
    // Row numbers are those the spreadsheet shows (the empty row 2 is skipped, not renumbered).
    assertEquals(List.of(3, 4), table.rows().stream().map(TableData.Row::line).toList());
  }

  private static void row(Sheet sheet, int index, String... cells) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null) {
        row.createCell(i).setCellValue(cells[i]);
      }
    }
  }

  @Test
  void xlsxBytesThatAreNotAZipAreRefused() {
    ImportException e = assertThrows(ImportException.class,
        () -> read("cas.xlsx", "speaker;role\nP 3;PATIENT\n".getBytes(StandardCharsets.UTF_8)));

    assertTrue(e.getMessage().startsWith("cas.xlsx : "), e.getMessage());
    assertTrue(e.getMessage().contains(".xlsx"), e.getMessage());
  }

  @Test
  void sniffsTheSeparatorFromTheHeaderOutsideQuotes() {
    assertEquals(';', TableReader.sniffDelimiter("speaker;role\nP 3;x,y,z\n"));
    assertEquals(',', TableReader.sniffDelimiter("\"nom;complet\",role\n"));
    assertEquals('\t', TableReader.sniffDelimiter("speaker\trole"));
  }

  @Test
  void streamingAFileFromDiskGivesTheSameRowsAndLinesAsReadingItWhole(@TempDir Path dir) throws IOException {
    // Past the readers' 64 KiB buffers: CRLF, blank lines and quoted cells over several lines.
    StringBuilder text = new StringBuilder("\uFEFFid;texte\r\n");
    List<Integer> lines = new ArrayList<>();
    int line = 2;
    for (int i = 0; i < 5_000; i++) {
      lines.add(line);
      text.append(i).append(i % 97 == 0 ? ";\"sur\r\ndeux lignes\"\r\n" : ";une ligne\r\n");
      line += i % 97 == 0 ? 2 : 1;
      if (i % 331 == 0) {
        text.append("\r\n\r\n");
        line += 2;
      }
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("long.csv"), bytes);
    TableData whole = read("long.csv", bytes);

    TextEncoding encoding = new TextDecoder().scan("long.csv", new ByteArrayInputStream(bytes));
    List<TableData.Row> streamed = new ArrayList<>();
    try (TableRows rows = reader.stream("long.csv", file, encoding)) {
      assertEquals(List.of("id", "texte"), rows.header());
      assertEquals("UTF-8 (BOM)", rows.encoding());
      for (TableData.Row row = rows.next(); row != null; row = rows.next()) {
        streamed.add(row);
      }
    }

    assertEquals(whole.rows(), streamed);
    assertEquals(5_000, streamed.size());
    assertEquals(lines, streamed.stream().map(TableData.Row::line).toList());
    assertEquals(6, streamed.get(1).line()); // row 0 spans two lines, then two blank lines
    assertEquals("sur\ndeux lignes", streamed.get(4_850).values().get(1)); // CR removed (ControlCharacters)
    assertEquals(List.of("4851", "une ligne"), streamed.get(4_851).values());
  }
}
