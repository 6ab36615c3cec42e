package fr.parole.index;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.IndexSearcher;

/**
 * Why a search query cannot be read, in French, with the position of the fault (1 for the first
 * character) and a caret under it. Lucene's parser words its errors in English for programmers
 * ("Encountered "<EOF>" at line 1, column 5. Was expecting one of: …"); the faults people make
 * (a quote or a parenthesis left open, an operator with nothing after it) are found here first.
 */
public final class QueryErrors {
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||", "!", "+", "-", "^", "TO");
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  static final String EXAMPLES = "Exemples : 'légitim* AND patient', '\"savoir expérientiel\"~3', 'exact:patiente', "
      + "'RU NOT CDU'.";

  private QueryErrors() {}

  /** What is wrong with {@code query} and where, in one French phrase (for a codebook's rules). */
  public static String reason(String query, Exception error) {
    return fault(query, error).sentence();
  }

  /** The whole message: what is wrong, where, the query with a caret, examples. */
  static String explain(String query, Exception error) {
    Fault fault = fault(query, error);
    StringBuilder message = new StringBuilder("Requête invalide : ").append(fault.sentence()).append('.');
    if (fault.position() > 0) {
      message.append("\n  ").append(query).append("\n  ").append(" ".repeat(fault.position() - 1)).append('^');
    }
    return message.append('\n').append(EXAMPLES).toString();
  }

  /**
   * What is wrong and at which position (0 when no single place is at fault); {@code what} says
   * "{position}" where the position reads best.
   */
  record Fault(String what, int position) {
    String sentence() {
      return what.replace("{position}", "à la position " + position);
    }
  }

  static Fault fault(String query, Exception error) {
    if (query.isBlank()) {
      return new Fault("la requête est vide", 0);
    }
    return openQuote(query).or(() -> parentheses(query)).orElseGet(() -> fromParser(query, error));
  }

  /** A quote never closed (a backslash escapes the next character). */
  private static Optional<Fault> openQuote(String query) {
    int open = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        open = open < 0 ? i : -1;
      }
    }
    return open < 0 ? Optional.empty() : Optional.of(new Fault("guillemet non fermé {position}", open + 1));
  }

  /** A parenthesis closed that was never opened, or one opened and never closed (outside quotes). */
  private static Optional<Fault> parentheses(String query) {
    java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        open.push(i);
      } else if (!quoted && c == ')') {
        if (open.isEmpty()) {
          return Optional.of(new Fault("parenthèse fermée {position} sans avoir été ouverte", i + 1));
        }
        open.pop();
      }
    }
    return open.isEmpty() ? Optional.empty() : Optional.of(new Fault("parenthèse ouverte {position} jamais fermée",
        open.peekLast() + 1));
  }

  private static Fault fromParser(String query, Exception error) {
    Throwable cause = error.getCause() != null ? error.getCause() : error;
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return new Fault("trop de mots (" + IndexSearcher.getMaxClauseCount() + " au plus)", 0);
    }
    if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
      Token before = parse.currentToken;
      Token at = before.next;
      if (at.kind == 0) { // the end of the query
        return OPERATORS.contains(before.image)
            ? new Fault("« " + before.image + " » {position} attend un mot après lui", before.beginColumn + 1)
            : new Fault("la requête s'arrête trop tôt", 0);
      }
      if (OPERATORS.contains(at.image) && before.image == null) {
        return new Fault("« " + at.image + " » {position} relie deux mots : il manque un mot avant lui", at.beginColumn + 1);
      }
      if (":".equals(at.image)) {
        return new Fault("« : » inattendu {position} (un seul champ par mot, ex. exact:patiente ; entre guillemets pour "
            + "chercher un « : »)", at.beginColumn + 1);
      }
      return new Fault("« " + at.image + " » inattendu {position}", at.beginColumn + 1);
    }
    Matcher column = COLUMN.matcher(String.valueOf(error.getMessage()));
    if (column.find()) {
      int position = Math.min(Integer.parseInt(column.group(1)), query.length());
      return new Fault("caractère inattendu {position}", Math.max(position, 1));
    }
    return new Fault("syntaxe incorrecte", 0);
  }
}
