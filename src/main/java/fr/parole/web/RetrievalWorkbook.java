package fr.parole.web;

import fr.parole.pipeline.Retrieval;
import fr.parole.report.SafeCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A retrieval as a workbook: a matrix (codes by labels, indented under their theme, one column per
 * value or code, counts as numbers) or a cell's segments (text as the page shows it, pseudonymised,
 * with who and where). Every text cell is neutralised against formulas ({@link SafeCell}), as the
 * search's export ({@link SearchWorkbook}).
 */
final class RetrievalWorkbook {
  byte[] matrix(Retrieval.Matrix matrix) {
    String title = matrix.attribute() == null
        ? "Co-occurrence des codes : « " + matrix.dimensionLabel() + " » × « " + matrix.columnsLabel() + " » ("
            + matrix.codebookLabel() + "), segments codés des deux"
        : "Segments codés : « " + matrix.dimensionLabel() + " » (" + matrix.codebookLabel() + ") par "
            + matrix.columnsLabel();
    List<String> header = new ArrayList<>(List.of("Code", "Segments"));
    matrix.columns().forEach(c -> header.add(c.label()));
    List<List<Object>> rows = new ArrayList<>();
    List<Object> totals = new ArrayList<>(List.of(matrix.attribute() == null ? "Segments du code en colonne"
        : "Segments analysés", ""));
    matrix.columns().forEach(c -> totals.add(c.segments()));
    rows.add(totals);
    for (Retrieval.Line line : matrix.rows()) {
      List<Object> row = new ArrayList<>(List.of("  ".repeat(line.depth()) + line.label(), line.segments()));
      row.addAll(line.cells());
      rows.add(row);
    }
    return write("Matrice", title, header, rows);
  }

  byte[] segments(String what, long total, List<Quotes.Quote> quotes) {
    String title = what + " : " + total + " segment(s)" + (total > quotes.size() ? ", les " + quotes.size()
        + " premiers ici" : "") + ". Texte pseudonymisé.";
    List<List<Object>> rows = new ArrayList<>();
    for (Quotes.Quote q : quotes) {
      rows.add(List.of(q.text(), q.question() == null ? "" : q.question(), q.context(), q.id()));
    }
    return write("Segments", title, List.of("Texte", "Question posée avant", "Qui et où", "N° de segment"), rows);
  }

  private static byte[] write(String name, String title, List<String> header, List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(name);
      sheet.createRow(0).createCell(0).setCellValue(SafeCell.of(title));
      Row head = sheet.createRow(2);
      CellStyle bold = SearchWorkbook.bold(workbook);
      for (int i = 0; i < header.size(); i++) {
        head.createCell(i).setCellValue(SafeCell.of(header.get(i)));
        head.getCell(i).setCellStyle(bold);
      }
      sheet.createFreezePane(1, 3);
      int r = 3;
      for (List<Object> cells : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < cells.size(); i++) {
          if (cells.get(i) instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else {
            row.createCell(i).setCellValue(SafeCell.of(String.valueOf(cells.get(i))));
          }
        }
      }
      sheet.setColumnWidth(0, 60 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
