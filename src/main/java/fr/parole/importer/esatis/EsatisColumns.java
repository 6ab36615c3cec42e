package fr.parole.importer.esatis;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.parole.importer.ImportException;
import fr.parole.importer.TableData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which column of an e-Satis results file holds what, by the column's name: the mapping shipped
 * in {@code esatis-columns.yaml} (the HAS lexicons' names), extended or overridden by the
 * {@code columns:} of the study's source. Also tells the survey of a file from its columns.
 */
public final class EsatisColumns {
  public static final String RESOURCE = "esatis-columns.yaml";

  private final Map<String, ColumnMeaning> common;
  private final Map<Survey, Map<String, ColumnMeaning>> bySurvey;
  private final Map<String, ColumnMeaning> user;
  private final Map<String, String> dimensionLabels;

  private EsatisColumns(Map<String, ColumnMeaning> common, Map<Survey, Map<String, ColumnMeaning>> bySurvey,
      Map<String, ColumnMeaning> user, Map<String, String> dimensionLabels) {
    this.common = common;
    this.bySurvey = bySurvey;
    this.user = user;
    this.dimensionLabels = dimensionLabels;
  }

  /** A column and what it holds. */
  public record Column(int index, String name, ColumnMeaning meaning) {}

  /** How one file is laid out: its survey, the columns read, the columns left out. */
  public record Layout(Survey survey, List<Column> columns, List<String> ignored) {
    public Layout {
      columns = List.copyOf(columns);
      ignored = List.copyOf(ignored);
    }
  }

  record Shipped(Map<String, String> common, Map<String, Map<String, String>> surveys,
      Map<String, String> dimensions) {}

  /** The shipped mapping, with no column of the user's. */
  public static EsatisColumns shipped() {
    try (InputStream in = EsatisColumns.class.getResourceAsStream(RESOURCE)) {
      Shipped shipped = new ObjectMapper(new YAMLFactory())
          .readValue(Objects.requireNonNull(in, RESOURCE), new TypeReference<Shipped>() {});
      Map<Survey, Map<String, ColumnMeaning>> bySurvey = new EnumMap<>(Survey.class);
      shipped.surveys().forEach((code, columns) -> bySurvey.put(
          Survey.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown survey in " + RESOURCE + ": " + code)),
          meanings(columns, RESOURCE)));
      return new EsatisColumns(meanings(shipped.common(), RESOURCE), bySurvey, Map.of(), Map.copyOf(shipped.dimensions()));
    } catch (IOException e) {
      // The mapping ships inside the jar: failing to read it means a broken build.
      throw new UncheckedIOException("Unable to load " + RESOURCE, e);
    }
  }

  /** This mapping with the user's columns ({@code columns:} of a source in study.yaml) on top. */
  public EsatisColumns with(Map<String, String> userColumns, String where) {
    return new EsatisColumns(common, bySurvey, meanings(userColumns, where), dimensionLabels);
  }

  private static Map<String, ColumnMeaning> meanings(Map<String, String> columns, String where) {
    Map<String, ColumnMeaning> meanings = new LinkedHashMap<>();
    columns.forEach((column, text) -> meanings.put(key(column), ColumnMeaning.parse(text).orElseThrow(() ->
        new ImportException(where + ", columns : la colonne « " + column + " » a un sens inconnu « " + text
            + " » (sens connus : " + ColumnMeaning.GRAMMAR + ")."))));
    return Map.copyOf(meanings);
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  /** The French label of a dimension ("repas" → "Repas"), or the dimension itself. */
  public String label(String dimension) {
    return dimensionLabels.getOrDefault(dimension, dimension);
  }

  /**
   * Reads the layout of {@code table}: the survey is {@code given} (study.yaml), else the one whose
   * own columns the file has, else the one its file name points at. A file without an
   * establishment column or without any score is not an e-Satis results file Parole knows.
   */
  public Layout layout(TableData table, Survey given) {
    Map<Survey, Integer> own = new EnumMap<>(Survey.class);
    for (String name : table.header()) {
      bySurvey.forEach((survey, columns) -> {
        if (columns.containsKey(key(name))) {
          own.merge(survey, 1, Integer::sum);
        }
      });
    }
    Survey survey = survey(table, given, own);
    List<Column> columns = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    Map<String, ColumnMeaning> known = new LinkedHashMap<>(common);
    if (survey != null) {
      known.putAll(bySurvey.get(survey));
    }
    known.putAll(user);
    for (int i = 0; i < table.header().size(); i++) {
      String name = table.header().get(i);
      ColumnMeaning meaning = known.get(key(name));
      if (meaning == null) {
        ignored.add(name);
      } else if (meaning.kind() != ColumnMeaning.Kind.IGNORE) {
        columns.add(new Column(i, name, meaning));
      }
    }
    boolean keyed = columns.stream().anyMatch(c -> c.meaning().kind() == ColumnMeaning.Kind.FINESS_GEO
        || c.meaning().kind() == ColumnMeaning.Kind.FINESS);
    boolean scored = columns.stream().anyMatch(c -> c.meaning().kind() == ColumnMeaning.Kind.SCORE);
    if (!keyed || !scored || survey == null) {
      throw unknownLayout(table);
    }
    return new Layout(survey, columns, ignored);
  }

  private Survey survey(TableData table, Survey given, Map<Survey, Integer> own) {
    if (given != null) {
      Optional<Survey> other = own.keySet().stream().filter(s -> s != given).findFirst();
      if (!own.containsKey(given) && other.isPresent()) {
        throw new ImportException(table.file() + " : study.yaml dit « survey: " + given.code()
            + " », mais les colonnes du fichier sont celles de l'enquête " + other.get().label() + " (« survey: "
            + other.get().code() + " »).");
      }
      return given;
    }
    if (own.size() > 1) {
      throw new ImportException(table.file() + " : le fichier mêle les colonnes de deux enquêtes ("
          + String.join(" et ", own.keySet().stream().map(Survey::label).toList())
          + ") ; un fichier de résultats e-Satis n'en contient qu'une.");
    }
    if (own.size() == 1) {
      return own.keySet().iterator().next();
    }
    return Survey.fromFileName(table.file()).orElse(null);
  }

  private ImportException unknownLayout(TableData table) {
    StringBuilder expected = new StringBuilder();
    bySurvey.forEach((survey, columns) -> expected.append(" ; pour ").append(survey.label()).append(" : ")
        .append(String.join(", ", columns.entrySet().stream()
            .filter(e -> e.getValue().kind() == ColumnMeaning.Kind.SCORE).map(Map.Entry::getKey).toList())));
    return new ImportException(table.file() + " : disposition de fichier e-Satis inconnue. Colonnes trouvées : "
        + String.join(", ", table.header()) + ". Colonnes attendues : finess_geo (ou finess) et au moins une note"
        + expected + ". Si vos colonnes portent d'autres noms, déclarez-les sous « columns: » dans la source de "
        + "study.yaml (par exemple « score_global: score global »), et l'enquête sous « survey: » ("
        + Survey.codes() + ").");
  }
}
