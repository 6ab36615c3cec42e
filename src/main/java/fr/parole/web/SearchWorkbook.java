package fr.parole.web;

import fr.parole.index.ShownConcordance;
import fr.parole.index.KwicLine;
import fr.parole.index.SearchResult;
import fr.parole.report.SafeCell;
import fr.parole.report.AttributeWording;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A search's concordance as a workbook: one row per match, French headers, attribute values by
 * their labels, text pseudonymised (the file leaves the atelier), and every text cell neutralised
 * against formulas ({@link SafeCell}).
 */
final class SearchWorkbook {
  private final AttributeWording labels;
  private final UnaryOperator<String> shown;

  SearchWorkbook(AttributeWording labels, UnaryOperator<String> shown) {
    this.labels = labels;
    this.shown = shown;
  }

  byte[] write(String query, SearchResult result) {
    List<String> attributes = new ArrayList<>(result.facets().keySet());
    // « Moment » only when some segment was said in a recording: a column always empty would puzzle.
    boolean timed = result.lines().stream().anyMatch(l -> l.times() != null);
    List<String> header = new ArrayList<>(List.of("Source", "Ligne", "Locuteur"));
    if (timed) {
      header.add(2, "Moment");
    }
    attributes.forEach(a -> header.add(labels.label(a)));
    header.addAll(List.of("Contexte gauche", "Occurrence", "Contexte droit", "N° de segment"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Recherche");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue(SafeCell.of("Recherche « " + query + " » : " + result.segments()
          + " segment(s), " + result.lines().size() + " occurrence(s). Texte pseudonymisé."));
      Row head = sheet.createRow(2);
      CellStyle bold = bold(workbook);
      for (int i = 0; i < header.size(); i++) {
        head.createCell(i).setCellValue(header.get(i));
        head.getCell(i).setCellStyle(bold);
      }
      sheet.createFreezePane(0, 3);
      int r = 3;
      for (KwicLine line : result.lines()) {
        ShownConcordance.Cut cut = ShownConcordance.cut(line, shown, SearchPage.WIDTH);
        Row row = sheet.createRow(r++);
        List<Object> cells = new ArrayList<>(List.of(line.source(), line.line(),
            line.speaker() == null ? "" : shown.apply(line.speaker())));
        if (timed) {
          cells.add(2, line.times() == null ? "" : line.times().startClock());
        }
        attributes.forEach(a -> cells.add(line.attributes().containsKey(a) ? labels.value(a, line.attributes().get(a)) : ""));
        cells.addAll(List.of(cut.left(), cut.match(), cut.right(), line.segmentId()));
        for (int i = 0; i < cells.size(); i++) {
          if (cells.get(i) instanceof Number n) {
            row.createCell(i).setCellValue(n.doubleValue());
          } else {
            row.createCell(i).setCellValue(SafeCell.of(String.valueOf(cells.get(i))));
          }
        }
      }
      int left = header.indexOf("Contexte gauche");
      sheet.setColumnWidth(left, 60 * 256);
      sheet.setColumnWidth(left + 1, 20 * 256);
      sheet.setColumnWidth(left + 2, 60 * 256);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CellStyle bold(XSSFWorkbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    style.setFont(font);
    return style;
  }
}
