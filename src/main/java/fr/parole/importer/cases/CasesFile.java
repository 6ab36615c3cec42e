package fr.parole.importer.cases;

import fr.parole.importer.ImportException;
import fr.parole.importer.TableData;
import fr.parole.study.AttributeNames;
import fr.parole.study.Study;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Case attributes from a spreadsheet: one row per transcript (a {@code source} column) or per
 * speaker code (a {@code speaker} column); every other column is an attribute, named as the study
 * names it (see {@link AttributeNames}).
 */
public final class CasesFile {
  public static final List<String> SOURCE_COLUMNS =
      List.of("source", "fichier", "file", "transcript", "transcription", "document", "entretien");
  public static final List<String> SPEAKER_COLUMNS =
      List.of("speaker", "locuteur", "speaker_code", "code_locuteur", "intervenant");

  private final String file;
  private final CaseKey keyKind;
  private final Map<String, CaseRow> rows;
  private final List<String> warnings;

  private CasesFile(String file, CaseKey keyKind, Map<String, CaseRow> rows, List<String> warnings) {
    this.file = file;
    this.keyKind = keyKind;
    this.rows = rows;
    this.warnings = List.copyOf(warnings);
  }

  /** A cases file read without the study's attribute names (see {@link #attributeName}). */
  public static CasesFile from(TableData table) {
    return from(table, new AttributeNames(List.of()));
  }

  /**
   * A cases file whose columns are named as the study names its attributes ({@code names}):
   * « Établissement » gives {@code establishment}. Two columns that give the same attribute, or a
   * column within a typo of a known attribute, are kept and warned about ({@link #warnings()}).
   */
  public static CasesFile from(TableData table, AttributeNames names) {
    int sourceColumn = table.column(SOURCE_COLUMNS);
    int speakerColumn = table.column(SPEAKER_COLUMNS);
    if (sourceColumn < 0 && speakerColumn < 0) {
      throw new ImportException(table.file() + ", ligne 1 : aucune colonne ne dit à quoi s'applique chaque ligne. "
          + "Attendu : une colonne « source » (nom du fichier de transcription) ou « speaker » (code locuteur, "
          + "ex. « CGS 3 ») ; colonnes trouvées : " + String.join(", ", table.header()) + ".");
    }
    CaseKey kind = sourceColumn >= 0 ? CaseKey.SOURCE : CaseKey.SPEAKER;
    if (table.rows().isEmpty()) {
      // Almost always a cut or wrong export, as for the other tables; it would give no attribute at all.
      throw new ImportException(table.file() + " : aucun cas, le fichier n'a que sa ligne d'en-tête (attendu : une "
          + "ligne par " + (kind == CaseKey.SOURCE ? "transcription" : "personne") + " sous l'en-tête). Complétez-le, "
          + "ou retirez « cases: » de " + Study.CONFIG_FILE + ".");
    }
    int keyColumn = sourceColumn >= 0 ? sourceColumn : speakerColumn;
    List<String> warnings = new ArrayList<>(table.warnings().stream().map(w -> table.file() + ", " + w).toList());
    List<String> attributeOf = attributeColumns(table, keyColumn, names, warnings);
    Map<String, CaseRow> rows = new LinkedHashMap<>();
    for (TableData.Row row : table.rows()) {
      String key = row.values().get(keyColumn);
      if (key.isEmpty()) {
        throw ImportException.at(table.file(), row.line(), "la colonne « " + table.header().get(keyColumn)
            + " » est vide : chaque ligne doit nommer une " + (kind == CaseKey.SOURCE ? "transcription." : "personne."));
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < row.values().size(); i++) {
        if (i != keyColumn && !row.values().get(i).isEmpty()) {
          attributes.putIfAbsent(attributeOf.get(i), row.values().get(i));
        }
      }
      CaseRow previous = rows.put(normaliseKey(kind, key), new CaseRow(key, attributes, row.line()));
      if (previous != null) {
        throw ImportException.at(table.file(), row.line(), "« " + key + " » figure déjà à la ligne "
            + previous.line() + " : une seule ligne par " + (kind == CaseKey.SOURCE ? "transcription." : "personne."));
      }
    }
    return new CasesFile(table.file(), kind, Map.copyOf(rows), warnings);
  }

  /** The attribute each column gives (null for the key column), warning about near-duplicates. */
  private static List<String> attributeColumns(TableData table, int keyColumn, AttributeNames names,
      List<String> warnings) {
    List<String> attributes = new ArrayList<>();
    Map<String, Integer> firstColumn = new LinkedHashMap<>(); // folded attribute → its first column
    for (int i = 0; i < table.header().size(); i++) {
      String header = table.header().get(i);
      String attribute = i == keyColumn ? null : names.attributeFor(header);
      Integer first = attribute == null ? null : firstColumn.putIfAbsent(AttributeNames.fold(attribute), i);
      if (first != null) {
        attribute = attributes.get(first);
        warnings.add(table.file() + ", ligne 1 : les colonnes « " + table.header().get(first) + " » et « " + header
            + " » donnent toutes deux l'attribut « " + attribute + " » ; la première valeur non vide d'une ligne est "
            + "gardée. Gardez une seule de ces colonnes.");
      } else if (attribute != null) {
        String own = attribute;
        names.closeTo(attribute).ifPresent(close -> warnings.add(table.file() + ", ligne 1 : la colonne « " + header
            + " » donne l'attribut « " + own + " », proche de « " + close + " » : une faute de frappe ? "
            + "Renommez la colonne « " + close + " » si c'est le même attribut."));
      }
      attributes.add(attribute);
    }
    return attributes;
  }

  /** What to tell the user about this file's columns (near-duplicate attributes), in French. */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * A column's attribute when the study's names are not at hand: a usual name gives its attribute
   * (« Établissement » → establishment), any other is kept in lower case with '_' for spaces
   * ("Type de structure" → type_de_structure).
   */
  public static String attributeName(String header) {
    return new AttributeNames(List.of()).attributeFor(header);
  }

  /**
   * Speaker codes are compared without case, spaces, dots or accents ("P.3", "P 3" and "p3" are the
   * same person); source names without case and folders.
   */
  public static String normaliseKey(CaseKey kind, String key) {
    String plain = Normalizer.normalize(key.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
    if (kind == CaseKey.SPEAKER) {
      return plain.replaceAll("[\\s.]+", "");
    }
    return plain.replace('\\', '/');
  }

  public String file() {
    return file;
  }

  public CaseKey keyKind() {
    return keyKind;
  }

  public Iterable<CaseRow> rows() {
    return rows.values();
  }

  /** The row for a speaker code, when this file is keyed by speaker. */
  public Optional<CaseRow> forSpeaker(String speaker) {
    if (keyKind != CaseKey.SPEAKER || speaker == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(rows.get(normaliseKey(CaseKey.SPEAKER, speaker)));
  }

  /**
   * The row for a source, matched on its path in the study ("entretiens/RU1.md"), its file name
   * ("RU1.md") or its file name without extension ("RU1").
   */
  public Optional<CaseRow> forSource(String sourcePath) {
    if (keyKind != CaseKey.SOURCE) {
      return Optional.empty();
    }
    for (String candidate : sourceNames(sourcePath)) {
      CaseRow row = rows.get(normaliseKey(CaseKey.SOURCE, candidate));
      if (row != null) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** The names under which a cases file may refer to a source. */
  public static List<String> sourceNames(String sourcePath) {
    String fileName = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? List.of(sourcePath, fileName, fileName.substring(0, dot)) : List.of(sourcePath, fileName);
  }
}
