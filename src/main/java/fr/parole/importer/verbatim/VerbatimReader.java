package fr.parole.importer.verbatim;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.ImportedSource;
import fr.parole.importer.SourceCollector;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.importer.TableRows;
import fr.parole.study.SegmentKind;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.SourceSpec;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a free-text export (e-Satis verbatims, a satisfaction survey's comments) into one
 * {@code comment} segment per comment: one column of comments, or two ("points positifs" /
 * "points à améliorer", which give the polarity). Date, establishment, service and survey
 * columns become attributes. Columns are recognised by name ({@link VerbatimColumn}), and the
 * source's {@code columns:} in study.yaml names the others.
 */
public final class VerbatimReader {
  /** Comments are laid out one after the other in the source's (unstored) text, a blank line apart. */
  private static final String SEPARATOR = "\n\n";

  private final TableReader tables;

  public VerbatimReader(TableReader tables) {
    this.tables = tables;
  }

  /**
   * Reads a whole export into one source; its comments are not joined into a content text (see
   * {@link #stream}). The import streams instead; this is for a caller that wants the segments.
   */
  public ImportedSource read(SourceFile file, SourceSpec spec) {
    List<ImportedSegment> segments = new ArrayList<>();
    try (TableRows rows = TableRows.of(tables.read(file, spec.sheet()))) {
      List<String> warnings = stream(rows, spec, segments::add);
      return new ImportedSource(format(file.path()), rows.encoding(), null, segments, warnings);
    }
  }

  /** The source format of an export: {@code verbatims/csv}, {@code verbatims/xlsx}… */
  public static String format(Path path) {
    return "verbatims/" + SourceCollector.extension(path);
  }

  /**
   * Hands the export's comments to {@code comments} in row order as the rows are read, and returns
   * the warnings for the file. Offsets are those of the comments laid one after the other, a blank
   * line apart, but that text is not built: a 1,000,000-row export would not fit in memory twice.
   * A bad row throws once the comments of the rows before it are handed over.
   */
  public List<String> stream(TableRows table, SourceSpec spec, Consumer<ImportedSegment> comments) {
    Map<VerbatimColumn, Integer> columns = layout(table.file(), table.header(), spec);
    VerbatimValues values = new VerbatimValues(table.file(), table.header());
    long length = 0;
    int empty = 0;
    int rows = 0;
    for (TableData.Row row = table.next(); row != null; row = table.next()) {
      rows++;
      Map<String, String> attributes = values.attributes(row, columns, spec.survey());
      boolean any = false;
      for (VerbatimColumn column : List.of(VerbatimColumn.TEXT, VerbatimColumn.POSITIVE, VerbatimColumn.TO_IMPROVE)) {
        Integer index = columns.get(column);
        String text = index == null ? "" : row.values().get(index).strip();
        if (text.isEmpty()) {
          continue;
        }
        Map<String, String> own = new LinkedHashMap<>(attributes);
        if (column == VerbatimColumn.POSITIVE) {
          own.put("polarity", VerbatimValues.POSITIVE);
        } else if (column == VerbatimColumn.TO_IMPROVE) {
          own.put("polarity", VerbatimValues.TO_IMPROVE);
        }
        long start = length == 0 ? 0 : length + SEPARATOR.length();
        length = start + text.length();
        comments.accept(new ImportedSegment(SegmentKind.COMMENT, null, offset(table, row, start),
            offset(table, row, length), row.line(), text, own));
        any = true;
      }
      if (!any) {
        empty++;
      }
    }
    if (rows == 0) {
      throw ImportException.headerOnly(table.file(), "aucun commentaire", "une ligne par commentaire");
    }
    List<String> warnings = new ArrayList<>(table.warnings());
    if (empty > 0) {
      warnings.add(empty + " ligne(s) sans commentaire, ignorée(s).");
    }
    return warnings;
  }

  /** Offsets are stored as int: past 2^31 characters of comments, the file is too large for one source. */
  private static int offset(TableRows table, TableData.Row row, long offset) {
    if (offset > Integer.MAX_VALUE) {
      throw ImportException.at(table.file(), row.line(), "plus de 2 milliards de caractères de commentaires "
          + "dans un seul fichier ; découpez-le en plusieurs fichiers.");
    }
    return (int) offset;
  }

  /**
   * Which column holds what: study.yaml's {@code columns:} first, then the names Parole knows.
   * A table with no comment column is not a comment export: the message lists what was found.
   */
  static Map<VerbatimColumn, Integer> layout(String file, List<String> header, SourceSpec spec) {
    Map<String, VerbatimColumn> declared = new LinkedHashMap<>();
    spec.columns().forEach((name, word) -> declared.put(VerbatimColumn.normalise(name),
        VerbatimColumn.fromWord(word).orElseThrow(() -> new ImportException(Study.CONFIG_FILE + ", source « "
            + spec.path() + " », columns : la colonne « " + name + " » a un sens inconnu « " + word
            + " » (sens connus : " + VerbatimColumn.words() + ")."))));
    Map<VerbatimColumn, Integer> columns = new EnumMap<>(VerbatimColumn.class);
    List<String> missing = new ArrayList<>(spec.columns().keySet());
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      VerbatimColumn column = declared.get(VerbatimColumn.normalise(name));
      if (column != null) {
        missing.removeIf(m -> VerbatimColumn.normalise(m).equals(VerbatimColumn.normalise(name)));
      } else if (!declared.containsValue(VerbatimColumn.recognise(name).orElse(VerbatimColumn.IGNORE))) {
        column = VerbatimColumn.recognise(name).orElse(null);
      }
      if (column != null && column != VerbatimColumn.IGNORE) {
        columns.putIfAbsent(column, i);
      }
    }
    if (!missing.isEmpty()) {
      throw new ImportException(file + " : colonne(s) « " + String.join(" », « ", missing)
          + " » déclarée(s) dans study.yaml mais absente(s) du fichier (colonnes trouvées : "
          + String.join(", ", header) + ").");
    }
    if (!columns.containsKey(VerbatimColumn.TEXT) && !columns.containsKey(VerbatimColumn.POSITIVE)
        && !columns.containsKey(VerbatimColumn.TO_IMPROVE)) {
      throw new ImportException(file + " : aucune colonne de commentaires reconnue. Colonnes trouvées : "
          + String.join(", ", header) + ". Colonnes attendues : « Commentaire » (ou Verbatim, Texte, "
          + "Remarques…), ou « Points positifs » et « Points à améliorer » ; et, si présentes, « Date », "
          + "« Établissement » ou « FINESS », « Service », « Enquête ». Si vos colonnes portent d'autres noms, "
          + "déclarez-les sous « columns: » dans la source de study.yaml (par exemple « Vos remarques: text »).");
    }
    return columns;
  }
}
