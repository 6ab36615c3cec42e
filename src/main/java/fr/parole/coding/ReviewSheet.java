package fr.parole.coding;

import fr.parole.importer.ImportException;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.TextDecoder;
import fr.parole.report.SafeCell;
import fr.parole.study.PendingSuggestion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The review spreadsheet: suggestions out (TSV or XLSX, one row each, the code's label beside its
 * id, with an empty « décision » column), decisions back in. Text cells are neutralised against
 * formulas. A TSV starts with a UTF-8 byte order mark, so that Excel reads its accents; a workbook
 * has numbers as numbers and a drop-down list of the decisions (accepte, rejete, recode:…), the
 * codes and their labels on a second sheet.
 */
public final class ReviewSheet {
  /** The columns as people read them; earlier sheets' English names are read too. */
  static final List<String> HEADER = List.of("codage", "segment", "source", "locuteur", "code", "libellé",
      "confiance", "origine", "indice", "texte", "décision", "codeur");
  private static final int CODING = 0;
  private static final int SEGMENT = 1;
  private static final int CONFIDENCE = 6;
  private static final int TEXT = 9;
  private static final int DECISION = 10;
  static final String SHEET = "à relire";
  static final String CHOICES = "choix";

  private final Codebook codebook;

  public ReviewSheet(Codebook codebook) {
    this.codebook = codebook;
  }

  public void write(List<PendingSuggestion> suggestions, Path file) {
    List<List<String>> rows = new ArrayList<>();
    for (PendingSuggestion s : suggestions) {
      rows.add(List.of(String.valueOf(s.codingId()), String.valueOf(s.segmentId()), s.source(),
          s.speaker() == null ? "" : s.speaker(), s.code(), label(s.code()),
          String.format(Locale.ROOT, "%.3f", s.confidence()), s.origin(), s.evidence() == null ? "" : s.evidence(),
          s.text(), "", ""));
    }
    try {
      if (file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        writeXlsx(rows, file);
      } else {
        // Quoted where a cell holds quotes, tabs or line breaks, so that spreadsheets and our reader agree.
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            CSVPrinter tsv = new CSVPrinter(writer, CSVFormat.TDF.builder().setRecordSeparator('\n').build())) {
          writer.write('\uFEFF');
          tsv.printRecord(HEADER);
          for (List<String> row : rows) {
            tsv.printRecord(row.stream().map(SafeCell::of).toList());
          }
        }
      }
    } catch (IOException e) {
      throw new CodebookException("Impossible d'écrire " + file + " : " + e.getMessage(), e);
    }
  }

  private String label(String code) {
    return codebook.code(code).map(Code::label).orElse("");
  }

  private void writeXlsx(List<List<String>> rows, Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet(SHEET);
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
        header.getCell(c).setCellStyle(bold);
      }
      CellStyle confidence = workbook.createCellStyle();
      confidence.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<String> cells = rows.get(r);
        for (int c = 0; c < cells.size(); c++) {
          if (c == CODING || c == SEGMENT) {
            row.createCell(c).setCellValue(Long.parseLong(cells.get(c)));
          } else if (c == CONFIDENCE) {
            row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
            row.getCell(c).setCellStyle(confidence);
          } else {
            row.createCell(c).setCellValue(SafeCell.of(cells.get(c)));
            if (c == TEXT) {
              row.getCell(c).setCellStyle(wrapped);
            }
          }
        }
      }
      sheet.createFreezePane(0, 1);
      // Widths in characters (POI counts 1/256 of one); sized by hand, measuring every row would be slow.
      int[] widths = {8, 9, 28, 12, 28, 30, 10, 10, 24, 80, 24, 12};
      for (int c = 0; c < widths.length; c++) {
        sheet.setColumnWidth(c, widths[c] * 256);
      }
      decisionList(workbook, sheet, Math.max(rows.size(), 1));
      workbook.write(out);
    }
  }

  /**
   * The « décision » cells offer the decisions in a drop-down list: accepte, rejete, and
   * recode:&lt;code&gt; for every code, read from the « choix » sheet, which also gives each code's label.
   */
  private void decisionList(XSSFWorkbook workbook, Sheet sheet, int rows) {
    Sheet choices = workbook.createSheet(CHOICES);
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"accepte", "la suggestion est juste"});
    lines.add(new String[] {"rejete", "la suggestion est fausse"});
    for (Code code : codebook.codes()) {
      lines.add(new String[] {"recode:" + code.path(), "rejeter et coder : " + (code.label() == null ? code.id() : code.label())});
    }
    for (int i = 0; i < lines.size(); i++) {
      Row row = choices.createRow(i);
      row.createCell(0).setCellValue(lines.get(i)[0]);
      row.createCell(1).setCellValue(lines.get(i)[1]);
    }
    choices.setColumnWidth(0, 40 * 256);
    choices.setColumnWidth(1, 60 * 256);
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation = helper.createValidation(
        helper.createFormulaListConstraint("'" + CHOICES + "'!$A$1:$A$" + lines.size()),
        new CellRangeAddressList(1, rows, DECISION, DECISION));
    validation.setEmptyCellAllowed(true);
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox("Décision", "Choisissez dans la liste : accepte, rejete ou recode:dimension/code.");
    validation.setShowPromptBox(true);
    validation.createPromptBox("Décision", "accepte, rejete ou recode:dimension/code (feuille « choix »)");
    sheet.addValidationData(validation);
  }

  /** The decisions filled in; rows with an empty decision are skipped. */
  public List<ReviewDecision> read(Path file, String defaultCoder) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImportException(file + " : lecture impossible : " + e.getMessage(), e);
    }
    TableData table = new TableReader(new TextDecoder()).read(new SourceFile(file, file.toString(), bytes));
    int segment = table.column(List.of("segment", "segment_id"));
    int code = table.column(List.of("code"));
    int decision = table.column(List.of("décision", "decision"));
    int coder = table.column(List.of("codeur", "coder"));
    int coding = table.column(List.of("codage", "coding"));
    if (segment < 0 || code < 0 || decision < 0) {
      throw ImportException.at(table.file(), 1, "colonnes « segment », « code » et « décision » attendues ; "
          + "colonnes trouvées : " + String.join(", ", table.header()) + ".");
    }
    if (table.rows().isEmpty()) {
      throw ImportException.headerOnly(table.file(), "aucune décision", "une ligne par suggestion relue");
    }
    List<ReviewDecision> decisions = new ArrayList<>();
    for (TableData.Row row : table.rows()) {
      String cell = row.values().get(decision);
      ReviewDecision.Kind kind;
      try {
        kind = ReviewDecision.kindOf(cell);
      } catch (IllegalArgumentException e) {
        throw ImportException.at(table.file(), row.line(), "décision « " + cell + " » incomprise (attendu : accepte, "
            + "rejete ou recode:dimension/code).");
      }
      if (kind == null) {
        continue;
      }
      long segmentId;
      try {
        segmentId = Long.parseLong(row.values().get(segment).strip());
      } catch (NumberFormatException e) {
        throw ImportException.at(table.file(), row.line(), "segment « " + row.values().get(segment)
            + " » n'est pas un numéro.");
      }
      String newCode = kind == ReviewDecision.Kind.RECODE ? cell.substring(cell.indexOf(':') + 1).strip() : null;
      String who = coder >= 0 && !row.values().get(coder).isBlank() ? row.values().get(coder).strip() : defaultCoder;
      decisions.add(new ReviewDecision(segmentId, row.values().get(code).strip(), kind, newCode, who, row.line(),
          codingId(table.file(), row, coding)));
    }
    return decisions;
  }

  /** The row's {@code codage} cell: null when the sheet has no such column or the cell is empty. */
  private static Long codingId(String file, TableData.Row row, int column) {
    String cell = column < 0 ? "" : row.values().get(column).strip();
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(cell);
    } catch (NumberFormatException e) {
      throw ImportException.at(file, row.line(), "codage « " + cell + " » n'est pas un numéro (colonne « codage » "
          + "telle que parole review --export l'écrit, ou vide).");
    }
  }
}
