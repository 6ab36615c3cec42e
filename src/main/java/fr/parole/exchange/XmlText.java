package fr.parole.exchange;

/**
 * Text as XML 1.0 may hold it: a character XML forbids (a control character but tab, line feed
 * and carriage return; U+FFFE, U+FFFF; half a surrogate pair) becomes a space, one for one, so that
 * positions counted in the text stay right.
 */
public final class XmlText {
  private XmlText() {}

  public static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean pairHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
          || (Character.isSurrogate(c) && !pairHigh && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(text.charAt(i - 1))));
      if (bad && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(bad ? ' ' : c);
      }
    }
    return out == null ? text : out.toString();
  }
}
