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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The review spreadsheet: suggestions out (TSV or XLSX, one row each, with an empty
 * {@code decision} column), decisions back in. Text cells are neutralised against formulas.
 */
public final class ReviewSheet {
  static final List<String> HEADER = List.of("coding_id", "segment_id", "source", "speaker", "code", "confidence",
      "origin", "evidence", "text", "decision", "coder");

  public void write(List<PendingSuggestion> suggestions, Path file) {
    List<List<String>> rows = new ArrayList<>();
    for (PendingSuggestion s : suggestions) {
      rows.add(List.of(String.valueOf(s.codingId()), String.valueOf(s.segmentId()), s.source(),
          s.speaker() == null ? "" : s.speaker(), s.code(), String.format(Locale.ROOT, "%.3f", s.confidence()),
          s.origin(), s.evidence() == null ? "" : s.evidence(), s.text(), "", ""));
    }
    try {
      if (file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        writeXlsx(rows, file);
      } else {
        // Quoted where a cell holds quotes, tabs or line breaks, so that spreadsheets and our reader agree.
        try (CSVPrinter tsv = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
            CSVFormat.TDF.builder().setRecordSeparator('\n').build())) {
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

  private static void writeXlsx(List<List<String>> rows, Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("suggestions");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.size(); c++) {
        header.createCell(c).setCellValue(HEADER.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(SafeCell.of(rows.get(r).get(c)));
        }
      }
      workbook.write(out);
    }
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
    int segment = table.column(List.of("segment_id"));
    int code = table.column(List.of("code"));
    int decision = table.column(List.of("decision", "décision"));
    int coder = table.column(List.of("coder", "codeur"));
    if (segment < 0 || code < 0 || decision < 0) {
      throw ImportException.at(table.file(), 1, "colonnes « segment_id », « code » et « decision » attendues ; "
          + "colonnes trouvées : " + String.join(", ", table.header()) + ".");
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
        throw ImportException.at(table.file(), row.line(), "segment_id « " + row.values().get(segment)
            + " » n'est pas un numéro.");
      }
      String newCode = kind == ReviewDecision.Kind.RECODE ? cell.substring(cell.indexOf(':') + 1).strip() : null;
      String who = coder >= 0 && !row.values().get(coder).isBlank() ? row.values().get(coder).strip() : defaultCoder;
      decisions.add(new ReviewDecision(segmentId, row.values().get(code).strip(), kind, newCode, who, row.line()));
    }
    return decisions;
  }
}
