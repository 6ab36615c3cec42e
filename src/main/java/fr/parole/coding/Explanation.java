package fr.parole.coding;

import java.util.List;

/**
 * Why a code was suggested for a text: the codebook's rules of that code that fired (their queries)
 * and the words of the text that weighed most for it in the learned model, as a person reads them
 * (« reconnaître », « non : écouter », « chambre propre »), each with its weight (positive: towards
 * the code).
 */
public record Explanation(String code, List<String> rules, List<Word> words) {
  public Explanation {
    rules = List.copyOf(rules);
    words = List.copyOf(words);
  }

  /** A word of the text and how much it pushed towards the code. */
  public record Word(String text, double weight) {}

  /** « règle : … ; mots : accueil (+0,42), … » on one line, for a terminal or a TSV cell. */
  public String oneLine() {
    StringBuilder line = new StringBuilder();
    if (!rules.isEmpty()) {
      line.append(rules.size() > 1 ? "règles : " : "règle : ").append(String.join(" | ", rules));
    }
    if (!words.isEmpty()) {
      line.append(line.length() == 0 ? "" : " ; ").append("mots : ");
      for (int i = 0; i < words.size(); i++) {
        line.append(i == 0 ? "" : ", ").append(words.get(i).text()).append(" (")
            .append(weight(words.get(i).weight())).append(')');
      }
    }
    return line.length() == 0 ? "aucune règle ni aucun mot ne parle pour ce code" : line.toString();
  }

  /** A weight as a French reader writes it: « +0,42 ». */
  public static String weight(double weight) {
    return String.format(java.util.Locale.FRANCE, "%+.2f", weight);
  }
}
