package fr.parole.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A concordance line as a person may see it. The index finds a match in the raw segment; cutting
 * raw contexts and pseudonymising each piece alone would miss a name cut in two (« Dr » on the
 * left, « Martin » as the match). So the whole segment is shown first (pseudonymised), the
 * match's offsets are carried over to the shown text (each placeholder stands for the raw span it
 * replaced), and the contexts are cut from the shown text only: whatever the offsets, nothing but
 * shown text can reach the page, the spreadsheet or the terminal ({@code parole search}, the
 * atelier's search and its workbook).
 */
public final class ShownConcordance {
  /** The search asks the index for this much context: the whole segment, cut here after showing. */
  public static final int WHOLE_SEGMENT = 1_000_000;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:NOM-\\d+|EMAIL|TEL|NIR)\\]");

  private ShownConcordance() {}

  /** Left context, match and right context, at most {@code width} characters each side. */
  public record Cut(String left, String match, String right) {}

  /**
   * The line cut from its segment as shown; {@code line} was searched with {@link #WHOLE_SEGMENT}
   * context, so its left, match and right are the whole segment (on one line).
   */
  public static Cut cut(KwicLine line, UnaryOperator<String> shown, int width) {
    String raw = line.left() + line.match() + line.right();
    int start = line.left().length();
    int end = start + line.match().length();
    String text = shown.apply(raw);
    int[] at = text.equals(raw) ? new int[] {start, end} : carry(raw, text, start, end);
    return new Cut(Concordancer.left(text, at[0], width), text.substring(at[0], at[1]),
        Concordancer.right(text, at[1], width));
  }

  /** Where [start, end) of {@code raw} falls in {@code shown}; a match inside a name grows to its placeholder. */
  static int[] carry(String raw, String shown, int start, int end) {
    List<int[]> spans = replaced(raw, shown);
    if (spans == null) { // not a text the placeholders explain: keep the offsets, clamped
      int s = Math.min(start, shown.length());
      return new int[] {s, Math.max(s, Math.min(end, shown.length()))};
    }
    return new int[] {position(spans, start, true), position(spans, end, false)};
  }

  private static int position(List<int[]> spans, int offset, boolean start) {
    int shift = 0;
    for (int[] span : spans) { // {rawFrom, rawTo, shownFrom, shownTo}
      if (offset <= span[0]) {
        break;
      }
      if (offset < span[1]) {
        return start ? span[2] : span[3];
      }
      shift = span[3] - span[1];
    }
    return offset + shift;
  }

  /**
   * The raw spans each placeholder replaced, in order, or null when the shown text is not the raw
   * text with placeholders in it. The raw span ends where the shown text's next literal run starts
   * again in the raw text.
   */
  private static List<int[]> replaced(String raw, String shown) {
    List<int[]> placeholders = new ArrayList<>();
    Matcher found = PLACEHOLDER.matcher(shown);
    while (found.find()) {
      placeholders.add(new int[] {found.start(), found.end()});
    }
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (int k = 0; k < placeholders.size(); k++) {
      int[] placeholder = placeholders.get(k);
      String literal = shown.substring(j, placeholder[0]);
      if (!raw.startsWith(literal, i)) {
        return null;
      }
      i += literal.length();
      int next = k + 1 < placeholders.size() ? placeholders.get(k + 1)[0] : shown.length();
      String following = shown.substring(placeholder[1], next);
      int rawEnd = !following.isEmpty() ? raw.indexOf(following, i + 1) : next == shown.length() ? raw.length() : -1;
      if (rawEnd <= i) {
        return null;
      }
      spans.add(new int[] {i, rawEnd, placeholder[0], placeholder[1]});
      i = rawEnd;
      j = placeholder[1];
    }
    return raw.substring(i).equals(shown.substring(j)) ? spans : null;
  }
}
