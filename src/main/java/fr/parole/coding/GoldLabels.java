package fr.parole.coding;

import fr.parole.importer.ImportException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reference codes of a gold file: a {@link TextTable} with, for each dimension evaluated, a
 * column of the codes each text has. A column is the dimension's id unless told otherwise
 * ({@code --column esatis=themes}). A cell holds one code or several separated by {@code |}
 * ({@code attente|repas}), written {@code code} or {@code dimension/code}; {@code aucun} or an empty
 * cell says that no code of the dimension applies (a valid answer: it is scored). An exclusive
 * dimension takes one code per cell. Refused whole, naming file, line and column: a column that is
 * not there, a code the dimension does not have, several codes in an exclusive dimension, or
 * {@code aucun} beside a code.
 */
public final class GoldLabels {
  /** What a cell says when no code of the dimension applies (an empty cell says it too). */
  public static final String NONE = "aucun";

  private final TextTable table;
  private final List<Dimension> dimensions;
  private final Map<String, String> columns;
  private final List<Labelled> rows;

  /** A text of the gold file with, per dimension evaluated, its codes (ids, possibly none). */
  public record Labelled(TextTable.Row row, Map<String, Set<String>> codes) {
    public Labelled {
      codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }
  }

  private GoldLabels(TextTable table, List<Dimension> dimensions, Map<String, String> columns, List<Labelled> rows) {
    this.table = table;
    this.dimensions = List.copyOf(dimensions);
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    this.rows = List.copyOf(rows);
  }

  /**
   * Reads the codes of {@code table}; {@code columns} maps a dimension to the column holding its
   * codes (dimensions not named there are read from the column of their own id, when there is one).
   */
  public static GoldLabels read(Codebook codebook, TextTable table, Map<String, String> columns) {
    Map<String, String> chosen = new LinkedHashMap<>();
    columns.forEach((dimension, column) -> {
      if (codebook.dimension(dimension).isEmpty()) {
        throw new CodebookException("--column " + dimension + "=" + column + " : « " + dimension
            + " » n'est pas une dimension du livre de codes « " + codebook.id() + " » (dimensions : "
            + dimensionList(codebook) + ").");
      }
      if (!table.header().contains(column)) {
        throw ImportException.at(table.file(), 1, "pas de colonne « " + column + " » (--column " + dimension + "="
            + column + ") ; colonnes trouvées : " + String.join(", ", table.header()) + ".");
      }
    });
    List<Dimension> dimensions = new ArrayList<>();
    for (Dimension dimension : codebook.dimensions()) {
      String column = columns.getOrDefault(dimension.id(), table.header().contains(dimension.id()) ? dimension.id() : null);
      if (column != null) {
        dimensions.add(dimension);
        chosen.put(dimension.id(), column);
      }
    }
    if (dimensions.isEmpty()) {
      throw ImportException.at(table.file(), 1, "aucune colonne ne porte le nom d'une dimension du livre de codes « "
          + codebook.id() + " » (dimensions : " + dimensionList(codebook) + ") ; nommez la colonne des codes avec "
          + "--column <dimension>=<colonne>.");
    }
    List<Labelled> rows = new ArrayList<>();
    for (TextTable.Row row : table.rows()) {
      Map<String, Set<String>> codes = new LinkedHashMap<>();
      for (Dimension dimension : dimensions) {
        String column = chosen.get(dimension.id());
        codes.put(dimension.id(), cell(table.file(), row.line(), column, dimension, row.columns().get(column)));
      }
      rows.add(new Labelled(row, codes));
    }
    return new GoldLabels(table, dimensions, chosen, rows);
  }

  private static Set<String> cell(String file, int line, String column, Dimension dimension, String value) {
    Set<String> codes = new LinkedHashSet<>();
    boolean none = false;
    for (String part : (value == null ? "" : value).split("\\|")) {
      String code = part.strip();
      if (code.startsWith(dimension.id() + "/")) {
        code = code.substring(dimension.id().length() + 1);
      }
      if (code.isEmpty()) {
        continue;
      }
      if (code.toLowerCase(Locale.ROOT).equals(NONE)) {
        none = true;
      } else if (dimension.code(code).isEmpty()) {
        throw ImportException.at(file, line, "colonne « " + column + " » : « " + code + " » n'est pas un code de la "
            + "dimension « " + dimension.id() + " » (codes : " + String.join(", ",
            dimension.codes().stream().map(Code::id).toList()) + " ; « " + NONE + " » ou vide : aucun code).");
      } else {
        codes.add(code);
      }
    }
    if (none && !codes.isEmpty()) {
      throw ImportException.at(file, line, "colonne « " + column + " » : « " + NONE + " » avec des codes ("
          + String.join("|", codes) + ") : l'un ou l'autre.");
    }
    if (dimension.exclusive() && codes.size() > 1) {
      throw ImportException.at(file, line, "colonne « " + column + " » : la dimension « " + dimension.id()
          + " » est exclusive (un code par texte), la cellule en a " + codes.size() + " (" + String.join("|", codes)
          + ").");
    }
    return codes;
  }

  private static String dimensionList(Codebook codebook) {
    return String.join(", ", codebook.dimensions().stream().map(Dimension::id).toList());
  }

  public TextTable table() {
    return table;
  }

  /** The dimensions evaluated, in codebook order. */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** The column each evaluated dimension was read from. */
  public Map<String, String> columns() {
    return columns;
  }

  public List<Labelled> rows() {
    return rows;
  }

  /** The codes of {@code dimension} the reference uses (the level predictions are compared at). */
  Set<String> used(String dimension) {
    Set<String> used = new LinkedHashSet<>();
    rows.forEach(r -> used.addAll(r.codes().getOrDefault(dimension, Set.of())));
    return used;
  }
}
