package fr.parole.importer.questionnaire;

import fr.parole.importer.ImportException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one cell as an answer to its item: the answer as the definition spells it (so "oui",
 * "OUI " and "Oui" count together), with a number for number items and a rank for Likert labels.
 * An answer the item does not allow is an error naming the cell and what was allowed.
 */
final class AnswerParser {
  /** One value of an answer; a multiple choice gives one per choice ticked. */
  record Value(String value, Double number) {}

  private static final List<String> OUI_NON_EN_COURS = List.of("Oui", "Non", "En cours");
  private static final Map<String, String> YES_NO = Map.of("oui", "Oui", "non", "Non", "yes", "Oui", "no", "Non");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  /** The values of {@code cell} (not empty) for {@code item}; {@code where} names the cell in messages. */
  List<Value> parse(Item item, String cell, String where) {
    return switch (item.type()) {
      case LIKERT -> List.of(likert(item, cell, where));
      case OUI_NON_EN_COURS -> List.of(new Value(oneOf(OUI_NON_EN_COURS, cell).orElseThrow(() -> error(where, cell,
          "n'est pas une réponse prévue (attendu : Oui, Non ou En cours ; majuscules et accents indifférents).")),
          null));
      case YES_NO -> List.of(new Value(yesNo(cell, where), null));
      case SINGLE_CHOICE -> List.of(new Value(oneOf(item.choices(), cell).orElseThrow(() -> error(where, cell,
          "n'est pas un des choix prévus (" + String.join(" ; ", item.choices()) + ").")), null));
      case MULTIPLE_CHOICE -> multiple(item, cell, where);
      case NUMBER -> List.of(new Value(cell, number(cell, where)));
      case TEXT -> List.of(new Value(cell, null));
    };
  }

  private static Value likert(Item item, String cell, String where) {
    String label = oneOf(item.choices(), cell).orElseThrow(() -> error(where, cell, "n'est pas une réponse de "
        + "l'échelle de l'item « " + item.id() + " » (réponses possibles, dans l'ordre : "
        + String.join(" ; ", item.choices()) + ")."));
    return new Value(label, (double) (item.choices().indexOf(label) + 1));
  }

  private static String yesNo(String cell, String where) {
    String found = YES_NO.get(Labels.fold(cell));
    if (found == null) {
      throw error(where, cell, "n'est pas une réponse prévue (attendu : Oui ou Non ; majuscules indifférentes).");
    }
    return found;
  }

  private static List<Value> multiple(Item item, String cell, String where) {
    Map<String, Value> ticked = new LinkedHashMap<>();
    for (String part : cell.split(Pattern.quote(item.separator()))) {
      if (part.isBlank()) {
        continue;
      }
      String choice = oneOf(item.choices(), part).orElseThrow(() -> error(where, part, "n'est pas un des choix "
          + "prévus (" + String.join(" ; ", item.choices()) + "), séparés par « " + item.separator() + " »)."));
      ticked.putIfAbsent(choice, new Value(choice, null));
    }
    return new ArrayList<>(ticked.values());
  }

  /**
   * A number with a decimal comma or point and spaces between thousands ("1 234,5"). When both
   * marks appear, the last one is the decimal mark ("1.234,5" and "1,234.5").
   */
  static Double number(String cell, String where) {
    String plain = cell.replaceAll("[\\s\\u00A0\\u202F]", "");
    int comma = plain.lastIndexOf(',');
    int point = plain.lastIndexOf('.');
    if (comma >= 0 && point >= 0) {
      plain = comma > point ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
    } else {
      plain = plain.replace(',', '.');
    }
    if (!NUMBER.matcher(plain).matches()) {
      throw error(where, cell, "n'est pas un nombre (exemples : 12, 3,5, -2).");
    }
    return Double.parseDouble(plain);
  }

  private static java.util.Optional<String> oneOf(List<String> allowed, String cell) {
    String folded = Labels.fold(cell);
    return allowed.stream().filter(a -> Labels.fold(a).equals(folded)).findFirst();
  }

  private static ImportException error(String where, String cell, String reason) {
    return new ImportException(where + " : « " + cell.strip() + " » " + reason);
  }
}
