package fr.parole.importer;

import fr.parole.ParoleException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV text as commons-csv parses them, one at a time: cells stripped, the header
 * checked, a row with the wrong number of cells refused with its line. Whether the text is held
 * in memory or read from disk is the caller's business.
 */
final class CsvRows implements TableRows {
  private static final Pattern UNCLOSED = Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated");
  private static final Pattern AFTER_QUOTE = Pattern.compile("\\(line (\\d+)\\) invalid char between encapsulated");
  private final String file;
  private final String encoding;
  private final char delimiter;
  private final LineCounter lines;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;
  private final ControlCharacters controls = new ControlCharacters();

  CsvRows(String file, Reader text, char delimiter, String encoding) {
    this.file = file;
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.lines = new LineCounter(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
    try {
      this.parser = CSVParser.parse(lines, format);
    } catch (IOException e) {
      throw unreadable(e);
    }
    this.records = parser.iterator();
    CSVRecord first = nextRecord();
    if (first == null) {
      close();
      throw new ImportException(file + " : aucune ligne d'en-tête.");
    }
    this.header = first.toList().stream().map(cell -> controls.clean(cell, 1).strip()).toList();
    TableReader.checkHeader(file, header);
  }

  @Override
  public String file() {
    return file;
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public String encoding() {
    return encoding;
  }

  @Override
  public TableData.Row next() {
    CSVRecord record = nextRecord();
    if (record == null) {
      return null;
    }
    int line = lines.lineAt(record.getCharacterPosition());
    List<String> values = record.toList().stream().map(cell -> controls.clean(cell, line).strip()).toList();
    if (values.size() != header.size()) {
      throw ImportException.at(file, line, values.size() + " cellules au lieu de " + header.size()
          + " (colonnes : " + String.join(", ", header) + "). Vérifiez les séparateurs « " + delimiter
          + " » et les guillemets.");
    }
    return new TableData.Row(line, values);
  }

  @Override
  public List<String> warnings() {
    return controls.warnings();
  }

  private CSVRecord nextRecord() {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw unreadable(e);
    }
  }

  /**
   * commons-csv says where the quoted cell it could not close starts ({@code (startline 4) EOF
   * reached before encapsulated token finished}) or where a quote is followed by text ({@code (line
   * 4) invalid char between encapsulated token and delimiter}): said in French with that line.
   */
  private ImportException unreadable(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    Matcher unclosed = UNCLOSED.matcher(message);
    if (unclosed.find()) {
      return new ImportException(file + ", ligne " + unclosed.group(1) + " : guillemet « \" » "
          + "jamais refermé : la cellule qui commence à cette ligne court jusqu'à la fin du fichier. Fermez le "
          + "guillemet, ou doublez-le (« \"\" ») s'il fait partie du texte.", e);
    }
    Matcher after = AFTER_QUOTE.matcher(message);
    if (after.find()) {
      return new ImportException(file + ", ligne " + after.group(1) + " : du texte suit le "
          + "guillemet fermant d'une cellule avant le séparateur « " + delimiter + " ». Doublez les guillemets "
          + "qui font partie du texte (« \"\" »).", e);
    }
    return new ImportException(file + " : CSV illisible (" + ParoleException.excerpt(message) + ").", e);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new ImportException(file + " : lecture impossible : " + e.getMessage(), e);
    }
  }
}
