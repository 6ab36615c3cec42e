package fr.parole.importer.esatis;

import fr.parole.importer.Finess;
import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedResults;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.esatis.ColumnMeaning.Kind;
import fr.parole.study.EsatisResult;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.SourceSpec;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an e-Satis results file (the HAS open data, CSV or XLSX) into one {@link EsatisResult}
 * per establishment. Columns are found by name through {@link EsatisColumns}; a cell that is not
 * what its column promises stops the file with its row and column named.
 */
public final class EsatisResultsReader {
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Set<String> CLASSES = Set.of("A", "B", "C", "D", "DI", "NR", "NV", "NA");
  /** Markers the files put where a score could not be computed: the score is missing, not zero. */
  private static final Set<String> MISSING = Set.of("NA", "NR", "NV", "DI", "ND", "NC", "-");

  private final TableReader tables;
  private final EsatisColumns columns;

  public EsatisResultsReader(TableReader tables, EsatisColumns columns) {
    this.tables = tables;
    this.columns = columns;
  }

  public ImportedResults read(SourceFile file, SourceSpec spec) {
    Survey given = spec.survey() == null ? null : Survey.fromCode(spec.survey()).orElseThrow(() -> new ImportException(
        Study.CONFIG_FILE + ", source « " + spec.path() + " » : enquête inconnue « " + spec.survey() + " » (connues : "
            + Survey.codes() + ")."));
    TableData table = tables.read(file, spec.sheet());
    EsatisColumns.Layout layout = columns.with(spec.columns(), Study.CONFIG_FILE + ", source « " + spec.path() + " »")
        .layout(table, given);
    if (table.rows().isEmpty()) {
      throw ImportException.headerOnly(table.file(), "aucun résultat", "une ligne par établissement");
    }
    Integer fileYear = yearOf(file.name(), spec);
    Map<String, Integer> seen = new HashMap<>();
    List<EsatisResult> results = new ArrayList<>();
    for (TableData.Row row : table.rows()) {
      EsatisResult result = new RowReader(table.file(), row, layout, fileYear).read();
      Integer before = seen.put(result.establishment().finessGeo(), row.line());
      if (before != null) {
        throw ImportException.at(table.file(), row.line(), "l'établissement FINESS " + result.establishment().finessGeo()
            + " a déjà des résultats ligne " + before + " ; un fichier n'en donne qu'une ligne par établissement.");
      }
      results.add(result);
    }
    List<String> warnings = new ArrayList<>(table.warnings());
    if (!layout.ignored().isEmpty()) {
      warnings.add("colonnes non reconnues, ignorées : " + String.join(", ", layout.ignored())
          + " (pour les lire, déclarez-les sous « columns: » dans study.yaml).");
    }
    return new ImportedResults("esatis/" + layout.survey().code(), table.encoding(), layout.survey().code(), results,
        warnings);
  }

  /** The year the file name says (…-2019.csv), else study.yaml's; null when neither does. */
  private static Integer yearOf(String name, SourceSpec spec) {
    Matcher m = YEAR_IN_NAME.matcher(name.substring(name.lastIndexOf('/') + 1));
    return m.find() ? Integer.valueOf(m.group(1)) : spec.year();
  }

  /** One row read against the layout; messages name the file, the row and the column. */
  private record RowReader(String file, TableData.Row row, EsatisColumns.Layout layout, Integer fileYear) {
    EsatisResult read() {
      Map<Kind, String> values = new HashMap<>();
      Map<String, Double> scores = new LinkedHashMap<>();
      Map<String, Integer> answers = new LinkedHashMap<>();
      for (EsatisColumns.Column column : layout.columns()) {
        String cell = row.values().get(column.index()).strip();
        ColumnMeaning meaning = column.meaning();
        switch (meaning.kind()) {
          case SCORE -> {
            scores.put(meaning.dimension(), score(column, cell));
            answers.putIfAbsent(meaning.dimension(), null);
          }
          case ANSWERS -> {
            answers.put(meaning.dimension(), count(column, cell));
            scores.putIfAbsent(meaning.dimension(), null);
          }
          default -> values.put(meaning.kind(), cell.isEmpty() ? null : cell);
        }
      }
      String finessGeo = finess(values, Kind.FINESS_GEO);
      String finess = finess(values, Kind.FINESS);
      String key = finessGeo != null ? finessGeo : finess;
      if (key == null) {
        throw error(nameOf(Kind.FINESS_GEO, Kind.FINESS), "FINESS manquant : chaque ligne doit nommer son établissement.");
      }
      List<EsatisResult.Score> list = new ArrayList<>();
      scores.forEach((dimension, score) -> list.add(new EsatisResult.Score(dimension, score, answers.get(dimension))));
      return new EsatisResult(
          new EsatisResult.Establishment(key, finess, values.get(Kind.NAME), values.get(Kind.LEGAL_NAME),
              values.get(Kind.REGION)),
          layout.survey().code(), year(values.get(Kind.YEAR)), esatisClass(values.get(Kind.CLASS)),
          values.get(Kind.EVOLUTION), values.get(Kind.PARTICIPATION), values.get(Kind.DEPOSIT), row.line(), list);
    }

    private Double score(EsatisColumns.Column column, String cell) {
      String number = number(column, cell, "une note de 0 à 100");
      if (number == null) {
        return null;
      }
      double value = Double.parseDouble(number);
      if (value > 100) {
        throw error(column.name(), "« " + cell + " » dépasse 100 (attendu : une note de 0 à 100).");
      }
      return value;
    }

    private Integer count(EsatisColumns.Column column, String cell) {
      String number = number(column, cell, "un nombre de réponses");
      if (number == null) {
        return null;
      }
      double value = Double.parseDouble(number);
      if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
        throw error(column.name(), "« " + cell + " » n'est pas un nombre entier (attendu : un nombre de réponses).");
      }
      return (int) value;
    }

    /** The cell as a plain number with a decimal point, or null when the score is missing. */
    private String number(EsatisColumns.Column column, String cell, String expected) {
      if (cell.isEmpty() || MISSING.contains(cell.toUpperCase(Locale.ROOT))) {
        return null;
      }
      // Decimal commas and points are both found in the same file; spaces separate thousands.
      String number = cell.replace(',', '.').replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
      if (!NUMBER.matcher(number).matches()) {
        throw error(column.name(), "« " + cell + " » n'est pas un nombre (attendu : " + expected
            + ", avec « , » ou « . » pour les décimales, ou une cellule vide si la valeur manque).");
      }
      return number;
    }

    private String finess(Map<Kind, String> values, Kind kind) {
      String value = values.get(kind);
      if (value == null) {
        return null;
      }
      Optional<String> problem = Finess.problem(value, " Enregistrez la colonne au format texte");
      if (problem.isPresent()) {
        throw error(nameOf(kind), problem.get());
      }
      return Finess.normalise(value);
    }

    private int year(String cell) {
      if (cell != null) {
        if (!cell.matches("\\d{4}")) {
          throw error(nameOf(Kind.YEAR), "« " + cell + " » n'est pas une année (attendu : 4 chiffres, ex. 2019).");
        }
        return Integer.parseInt(cell);
      }
      if (fileYear == null) {
        throw new ImportException(file + " : année des résultats inconnue : ni colonne d'année, ni année dans le nom "
            + "du fichier. Ajoutez « year: 2019 » (par exemple) à la source dans study.yaml.");
      }
      return fileYear;
    }

    private String esatisClass(String cell) {
      if (cell == null) {
        return null;
      }
      String value = cell.toUpperCase(Locale.ROOT);
      if (!CLASSES.contains(value)) {
        throw error(nameOf(Kind.CLASS), "classe « " + cell + " » inconnue (attendu : A, B, C, D, DI, NR, NV ou NA).");
      }
      return value;
    }

    private String nameOf(Kind... kinds) {
      for (Kind kind : kinds) {
        for (EsatisColumns.Column column : layout.columns()) {
          if (column.meaning().kind() == kind) {
            return column.name();
          }
        }
      }
      return kinds[0].name().toLowerCase(Locale.ROOT);
    }

    private ImportException error(String column, String reason) {
      return ImportException.at(file, row.line(), "colonne « " + column + " » : " + reason);
    }
  }
}
