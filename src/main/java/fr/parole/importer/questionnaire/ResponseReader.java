package fr.parole.importer.questionnaire;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.TableData;
import fr.parole.importer.cases.CasesFile;
import fr.parole.study.NewResponses;
import fr.parole.study.SegmentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a response table (one row per respondent) against its questionnaire. Each column is an
 * item, named by its id or its wording (compared without case, accents or punctuation), or a
 * declared respondent attribute; any other column is an error, since it is most likely an answer
 * to an item the definition does not have. Open answers become segments of a plain text made of
 * them, one paragraph each.
 */
final class ResponseReader {
  /** Segment attribute naming the item an open answer answers. */
  static final String ITEM_ATTRIBUTE = "questionnaire_item";
  /** Segment attribute naming the questionnaire. */
  static final String QUESTIONNAIRE_ATTRIBUTE = "questionnaire";

  /** What a response file gives: respondents, open answers as segments of {@code content}, warnings. */
  record Result(List<NewResponses.Respondent> respondents, String content, List<ImportedSegment> segments,
      List<String> warnings) {}

  /** A column of the table: an item, or an attribute of the respondent. */
  private record Column(int index, String header, Item item, String attribute) {}

  private final AnswerParser answers = new AnswerParser();

  /** {@code attributeColumns}: the column names declared as respondent attributes. */
  Result read(Questionnaire questionnaire, TableData table, List<String> attributeColumns) {
    List<Column> columns = columns(questionnaire, table, attributeColumns);
    List<String> warnings = new ArrayList<>(table.warnings());
    List<String> missing = questionnaire.items().stream()
        .filter(i -> columns.stream().noneMatch(c -> c.item() == i)).map(Item::id).toList();
    if (!missing.isEmpty()) {
      warnings.add("aucune colonne pour " + missing.size() + " item(s) du questionnaire « " + questionnaire.id()
          + " » : " + String.join(", ", missing) + ".");
    }
    StringBuilder content = new StringBuilder();
    List<ImportedSegment> segments = new ArrayList<>();
    List<NewResponses.Respondent> respondents = new ArrayList<>();
    for (TableData.Row row : table.rows()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      columns.stream().filter(c -> c.attribute() != null && !row.values().get(c.index()).isEmpty())
          .forEach(c -> attributes.put(c.attribute(), row.values().get(c.index())));
      List<NewResponses.Answer> given = new ArrayList<>();
      for (Column column : columns) {
        String cell = row.values().get(column.index());
        if (column.item() == null || cell.isBlank()) {
          continue;
        }
        String where = table.file() + ", ligne " + row.line() + ", colonne « " + column.header() + " »";
        for (AnswerParser.Value value : answers.parse(column.item(), cell, where)) {
          Integer ordinal = null;
          if (column.item().type() == ItemType.TEXT) {
            ordinal = segments.size();
            segments.add(openAnswer(questionnaire, column.item(), row.line(), cell.strip(), attributes, content));
          }
          given.add(new NewResponses.Answer(column.item().id(), value.value(), value.number(), ordinal));
        }
      }
      respondents.add(new NewResponses.Respondent(row.line(), attributes, given));
    }
    return new Result(respondents, content.toString(), segments, warnings);
  }

  private static ImportedSegment openAnswer(Questionnaire questionnaire, Item item, int line, String text,
      Map<String, String> respondent, StringBuilder content) {
    if (content.length() > 0) {
      content.append("\n\n");
    }
    int start = content.length();
    content.append(text);
    Map<String, String> attributes = new LinkedHashMap<>(respondent);
    attributes.put(QUESTIONNAIRE_ATTRIBUTE, questionnaire.id());
    attributes.put(ITEM_ATTRIBUTE, item.id());
    return new ImportedSegment(SegmentKind.ANSWER, null, start, content.length(), line, text, attributes);
  }

  private static List<Column> columns(Questionnaire questionnaire, TableData table, List<String> attributeColumns) {
    Map<String, Item> items = new HashMap<>();
    for (Item item : questionnaire.items()) {
      items.put(Labels.fold(item.id()), item);
      items.put(Labels.fold(item.label()), item);
    }
    Map<String, String> declared = new HashMap<>();
    attributeColumns.forEach(a -> declared.put(Labels.fold(a), a));
    List<Column> columns = new ArrayList<>();
    Map<Item, String> seen = new HashMap<>();
    for (int i = 0; i < table.header().size(); i++) {
      String header = table.header().get(i);
      String where = table.file() + ", ligne 1, colonne « " + header + " »";
      Item item = items.get(Labels.fold(header));
      if (item != null) {
        String other = seen.put(item, header);
        if (other != null) {
          throw new ImportException(where + " : l'item « " + item.id() + " » a déjà la colonne « " + other
              + " » ; une seule colonne par item.");
        }
        columns.add(new Column(i, header, item, null));
      } else if (declared.containsKey(Labels.fold(header))) {
        columns.add(new Column(i, header, null, CasesFile.attributeName(header)));
      } else {
        throw new ImportException(where + " : ni un item du questionnaire « " + questionnaire.id() + " » (items : "
            + String.join(", ", questionnaire.items().stream().map(Item::id).toList()) + ", ou leur libellé), ni un "
            + "attribut déclaré du répondant (" + (attributeColumns.isEmpty() ? "aucun" : String.join(", ",
            attributeColumns)) + "). Corrigez le nom de la colonne, ou, si elle décrit le répondant, ajoutez-la à "
            + "« attributes » de cette source dans study.yaml.");
      }
    }
    return columns;
  }
}
