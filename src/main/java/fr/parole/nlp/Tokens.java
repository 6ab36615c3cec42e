package fr.parole.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A tagged text as name detection reads it: each token's text, key, tag and what lies between tokens. */
final class Tokens {
  /** A final period or apostrophe ("Dr.", "l'") that is not part of the word. */
  private static final Pattern TRAILING_MARK = Pattern.compile("[.’']$");

  private final String text;
  private final List<Token> tokens;
  private final String[] keys;
  private final boolean titleCase;

  Tokens(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
    this.keys = new String[tokens.size()];
    for (int i = 0; i < keys.length; i++) {
      String word = tokens.get(i).text();
      keys[i] = Pseudonymiser.key(word.length() > 1 ? TRAILING_MARK.matcher(word).replaceAll("") : word);
    }
    this.titleCase = countTitleCase();
  }

  int size() {
    return tokens.size();
  }

  String text(int i) {
    return tokens.get(i).text();
  }

  /** Lower case, no accents, no final period or apostrophe: "Dr." → "dr", "l'" → "l". */
  String key(int i) {
    return keys[i];
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  int start(int i) {
    return tokens.get(i).start();
  }

  int end(int i) {
    return tokens.get(i).end();
  }

  /** Only spaces between the two tokens (a line break parts a signature from the text). */
  boolean adjacent(int i, int j) {
    return text.substring(end(i), start(j)).chars().allMatch(c -> c == ' ' || c == '\t' || c == '\u00A0');
  }

  boolean newlineBefore(int i) {
    return i > 0 && text.substring(end(i - 1), start(i)).indexOf('\n') >= 0;
  }

  boolean sentenceStart(int i) {
    if (i == 0 || newlineBefore(i)) {
      return true;
    }
    String previous = text(i - 1);
    return previous.equals(".") || previous.equals("!") || previous.equals("?") || previous.equals("…")
        || previous.equals(":") || previous.equals("-") || previous.equals("—") || previous.equals("«")
        || previous.equals("\"") || previous.equals("(");
  }

  /** Two words in three capitalised (acronyms aside), as in « Très Bon Accueil Et Personnel Souriant ». */
  boolean titleCase() {
    return titleCase;
  }

  private boolean countTitleCase() {
    int words = 0;
    int capitalised = 0;
    for (int i = 1; i < tokens.size(); i++) {
      String word = text(i);
      if (word.length() > 2 && Character.isLetter(word.charAt(0)) && !sentenceStart(i) && !allCaps(i)) {
        words++;
        capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 3 > words * 2;
  }

  boolean allCaps(int i) {
    return text(i).chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** Character spans of the runs of marked tokens (tokens on one line, only spaces between them). */
  List<int[]> spans(boolean[] marked) {
    List<int[]> spans = new ArrayList<>();
    int[] open = null;
    for (int i = 0; i < marked.length; i++) {
      if (!marked[i]) {
        open = null;
      } else if (open != null && adjacent(i - 1, i)) {
        open[1] = end(i);
      } else {
        open = new int[] {start(i), end(i)};
        spans.add(open);
      }
    }
    return spans;
  }
}
