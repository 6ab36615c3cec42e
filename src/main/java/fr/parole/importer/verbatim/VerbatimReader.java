package fr.parole.importer.verbatim;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.ImportedSource;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TableData;
import fr.parole.importer.TableReader;
import fr.parole.study.SegmentKind;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig.SourceSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a free-text export (e-Satis verbatims, a satisfaction survey's comments) into one
 * {@code comment} segment per comment: one column of comments, or two ("points positifs" /
 * "points à améliorer", which give the polarity). Date, establishment, service and survey
 * columns become attributes. Columns are recognised by name ({@link VerbatimColumn}), and the
 * source's {@code columns:} in study.yaml names the others.
 */
public final class VerbatimReader {
  /** Comments are laid out one after the other in the source's text, a blank line apart. */
  private static final String SEPARATOR = "\n\n";

  private final TableReader tables;

  public VerbatimReader(TableReader tables) {
    this.tables = tables;
  }

  public ImportedSource read(SourceFile file, SourceSpec spec) {
    TableData table = tables.read(file, spec.sheet());
    Map<VerbatimColumn, Integer> columns = layout(table, spec);
    VerbatimValues values = new VerbatimValues(table.file(), table.header());
    StringBuilder content = new StringBuilder();
    List<ImportedSegment> segments = new ArrayList<>();
    int empty = 0;
    for (TableData.Row row : table.rows()) {
      Map<String, String> attributes = values.attributes(row, columns, spec.survey());
      int before = segments.size();
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
        if (content.length() > 0) {
          content.append(SEPARATOR);
        }
        int start = content.length();
        content.append(text);
        segments.add(new ImportedSegment(SegmentKind.COMMENT, null, start, content.length(), row.line(), text, own));
      }
      if (segments.size() == before) {
        empty++;
      }
    }
    List<String> warnings = empty == 0 ? List.of()
        : List.of(empty + " ligne(s) sans commentaire, ignorée(s).");
    return new ImportedSource("verbatims/" + file.extension(), table.encoding(), content.toString(), segments, warnings);
  }

  /**
   * Which column holds what: study.yaml's {@code columns:} first, then the names Parole knows.
   * A table with no comment column is not a comment export: the message lists what was found.
   */
  static Map<VerbatimColumn, Integer> layout(TableData table, SourceSpec spec) {
    Map<String, VerbatimColumn> declared = new LinkedHashMap<>();
    spec.columns().forEach((name, word) -> declared.put(VerbatimColumn.normalise(name),
        VerbatimColumn.fromWord(word).orElseThrow(() -> new ImportException(Study.CONFIG_FILE + ", source « "
            + spec.path() + " », columns : la colonne « " + name + " » a un sens inconnu « " + word
            + " » (sens connus : " + VerbatimColumn.words() + ")."))));
    Map<VerbatimColumn, Integer> columns = new EnumMap<>(VerbatimColumn.class);
    List<String> missing = new ArrayList<>(spec.columns().keySet());
    for (int i = 0; i < table.header().size(); i++) {
      String name = table.header().get(i);
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
      throw new ImportException(table.file() + " : colonne(s) « " + String.join(" », « ", missing)
          + " » déclarée(s) dans study.yaml mais absente(s) du fichier (colonnes trouvées : "
          + String.join(", ", table.header()) + ").");
    }
    if (!columns.containsKey(VerbatimColumn.TEXT) && !columns.containsKey(VerbatimColumn.POSITIVE)
        && !columns.containsKey(VerbatimColumn.TO_IMPROVE)) {
      throw new ImportException(table.file() + " : aucune colonne de commentaires reconnue. Colonnes trouvées : "
          + String.join(", ", table.header()) + ". Colonnes attendues : « Commentaire » (ou Verbatim, Texte, "
          + "Remarques…), ou « Points positifs » et « Points à améliorer » ; et, si présentes, « Date », "
          + "« Établissement » ou « FINESS », « Service », « Enquête ». Si vos colonnes portent d'autres noms, "
          + "déclarez-les sous « columns: » dans la source de study.yaml (par exemple « Vos remarques: text »).");
    }
    return columns;
  }
}
