package fr.parole.pipeline;

import fr.parole.exchange.QdpxProject.Source;

/**
 * A source's plain text as written into the new study, and where a REFI-QDA position (code points
 * of the project's text) falls in it (a Java index). Line ends become {@code \n} and the characters
 * Parole's import removes (control characters, bidirectional overrides) become spaces, one for one:
 * the study's source then reads exactly as written, and the positions carry over.
 */
final class ImportedText {
  private final String path;
  private final String text;
  /** For each code point position of the project's text, the index in {@link #text}. */
  private final int[] index;

  ImportedText(String path, Source source) {
    this.path = path;
    String raw = source.text();
    StringBuilder out = new StringBuilder(raw.length());
    index = new int[raw.codePointCount(0, raw.length()) + 1];
    int cp = 0;
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      index[cp++] = out.length();
      if (c == '\r') {
        if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      } else if (removedOnImport(c)) {
        out.append(' ');
      } else {
        out.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    index[cp] = out.length();
    this.text = out.toString();
  }

  private static boolean removedOnImport(int c) {
    return (c <= 0x1F && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
  }

  String path() {
    return path;
  }

  String text() {
    return text;
  }

  /** The index in {@link #text()} of a position in code points (already checked to lie in the text). */
  int at(int codePoint) {
    return index[codePoint];
  }
}
