package fr.parole.importer.verbatim;

import fr.parole.importer.Finess;
import fr.parole.importer.ImportException;
import fr.parole.importer.TableData;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attribute cells of a comment row: polarity, date (and year), establishment (a FINESS
 * number is checked), service, survey. A cell that is not what its column promises stops the
 * file with its row and column named.
 */
final class VerbatimValues {
  static final String POSITIVE = "positif";
  static final String TO_IMPROVE = "a_ameliorer";

  /** 31/12/2019, 31-12-19, 31.12.2019, optionally followed by a time. */
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?:[ T].*)?");
  /** 2019-12-31, optionally followed by a time. */
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?");
  private static final Pattern FINESS_LIKE = Pattern.compile("[0-9AB]{7,10}");

  /** Cells remembered at most, per kind: past that, a column of free-text names starts afresh. */
  private static final int REMEMBERED = 10_000;

  private final String file;
  private final List<String> header;
  /**
   * Dates and establishments already read, by cell: an export repeats a few hundred dates and
   * establishments over a million rows, and reading each cell again (regular expressions, the
   * FINESS check) was a visible part of an import. Only cells read without error are kept: a bad
   * one is read again, so the message names its own row.
   */
  private final Map<String, String[]> dates = new HashMap<>();
  private final Map<String, String> establishments = new HashMap<>();
  /** Whether each column's header names a FINESS column, worked out once rather than per row. */
  private final boolean[] finessColumns;

  VerbatimValues(String file, List<String> header) {
    this.file = file;
    this.header = header;
    this.finessColumns = new boolean[header.size()];
    for (int i = 0; i < header.size(); i++) {
      finessColumns[i] = VerbatimColumn.normalise(header.get(i)).startsWith("finess");
    }
  }

  Map<String, String> attributes(TableData.Row row, Map<VerbatimColumn, Integer> columns, String survey) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (survey != null && !survey.isBlank()) {
      attributes.put("survey", survey.strip());
    }
    columns.forEach((column, index) -> {
      String cell = row.values().get(index).strip();
      if (cell.isEmpty()) {
        return;
      }
      switch (column) {
        case POLARITY -> attributes.put("polarity", polarity(row, index, cell));
        case DATE -> {
          String[] dayAndYear = remembered(dates, cell, () -> {
            LocalDate date = date(row, index, cell);
            return new String[] {date.toString(), String.valueOf(date.getYear())};
          });
          attributes.put("date", dayAndYear[0]);
          attributes.put("year", dayAndYear[1]);
        }
        case ESTABLISHMENT -> attributes.put("establishment",
            remembered(establishments, cell, () -> establishment(row, index, cell)));
        case SERVICE -> attributes.put("service", cell);
        case SURVEY -> attributes.put("survey", cell);
        default -> { }
      }
    });
    return attributes;
  }

  /** What {@code read} gives for {@code cell}, read once; a cell that fails to read throws each time. */
  private static <T> T remembered(Map<String, T> cells, String cell, Supplier<T> read) {
    T value = cells.get(cell);
    if (value == null) {
      value = read.get();
      if (cells.size() >= REMEMBERED) {
        cells.clear();
      }
      cells.put(cell, value);
    }
    return value;
  }

  private String polarity(TableData.Row row, int index, String cell) {
    String value = VerbatimColumn.normalise(cell);
    if (List.of("positif", "positive", "points positifs", "point positif", "satisfaction", "plus").contains(value)
        || cell.equals("+")) {
      return POSITIVE;
    }
    if (List.of("a ameliorer", "points a ameliorer", "point a ameliorer", "negatif", "negative", "insatisfaction",
        "moins").contains(value) || cell.equals("-")) {
      return TO_IMPROVE;
    }
    throw error(row, index, "polarité « " + cell + " » inconnue (attendu : « positif » ou « à améliorer »).");
  }

  private LocalDate date(TableData.Row row, int index, String cell) {
    try {
      Matcher m = DAY_FIRST.matcher(cell);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(3));
        return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      }
      m = ISO.matcher(cell);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      // falls through to the message below: 31/02/2019 is no more a date than "hier"
    }
    throw error(row, index, "« " + cell + " » n'est pas une date (attendu : jj/mm/aaaa ou aaaa-mm-jj).");
  }

  /** A FINESS number (checked) when the column is a FINESS column or the cell looks like one; else a name. */
  private String establishment(TableData.Row row, int index, String cell) {
    if (!finessColumns[index] && !FINESS_LIKE.matcher(cell).matches()) {
      return cell;
    }
    Optional<String> problem = Finess.problem(cell, "");
    if (problem.isPresent()) {
      throw error(row, index, problem.get());
    }
    return Finess.normalise(cell);
  }

  private ImportException error(TableData.Row row, int index, String reason) {
    return ImportException.at(file, row.line(), "colonne « " + header.get(index) + " » : " + reason);
  }
}
