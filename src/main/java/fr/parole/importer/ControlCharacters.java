package fr.parole.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes control characters and terminal escape sequences from the text of one imported file,
 * and remembers the first line where it removed any, for a warning. Imported text is printed by
 * {@code search}, {@code review} and the messages of every command: an ESC sequence in a comment
 * could move the cursor, rewrite what a line above said, set the terminal's title or clear the
 * screen. Whole sequences go (CSI {@code ESC [ … m}, OSC {@code ESC ] … BEL}, DCS, their 8-bit C1
 * forms), so that no {@code [2J} is left in the text; then every code point below U+0020 but tab
 * and newline, DEL, and the C1 controls U+0080-U+009F. A CR before a newline (Windows line ends)
 * goes silently. The bidirectional overrides go too ({@link #BIDI}). Text enters the store from two kinds of readers, transcripts (one text) and
 * tables (cells): each gives its text to one instance per file. What the command line prints
 * goes through {@link #printable} too, for text stored before this rule and for file names.
 */
public final class ControlCharacters {
  /**
   * The bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): an
   * override shows « … liam@exemple.fr » for a text that reads otherwise (« Trojan source »), in a
   * terminal as in a report. The marks LRM and RLM stay: they only place neutral characters.
   */
  private static final String BIDI = "\u202A-\u202E\u2066-\u2069";
  private static final String SEQUENCES = ""
      + "\u001B\\[[0-?]*[ -/]*[@-~]?" // CSI
      + "|\u009B[0-?]*[ -/]*[@-~]?"
      // OSC, DCS, SOS, PM, APC with their terminator; unterminated, only the introducer goes
      + "|\u001B[\\]PX^_][^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\\\|\u009C)"
      + "|[\u009D\u0090\u0098\u009E\u009F][^\u0007\u001B\u009C\n]*(?:\u0007|\u001B\\\\|\u009C)"
      + "|\u001B[ -/]*[0-~]?"; // other escape sequences (ESC c resets the terminal)
  private static final Pattern UNSAFE = Pattern.compile(SEQUENCES
      + "|\r(?=\n)|[\u0000-\u0008\u000B-\u001F\u007F-\u009F" + BIDI + "]");
  /** For output: a CR stays, the command line's progress line redraws itself with it. */
  private static final Pattern UNPRINTABLE = Pattern.compile(SEQUENCES
      + "|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F" + BIDI + "]");

  private int firstLine;

  /**
   * {@code text} without control characters; {@code line} is the line (or row) where it starts in
   * its file, for the warning.
   */
  public String clean(String text, int line) {
    if (!needsCleaning(text)) {
      return text;
    }
    Matcher m = UNSAFE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (m.find()) {
      out.append(text, from, m.start());
      from = m.end();
      if (firstLine == 0 && !m.group().equals("\r")) {
        firstLine = line + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      }
    }
    return out.append(text, from, text.length()).toString();
  }

  /**
   * {@code text} as it may be shown on a terminal: without escape sequences and control
   * characters but tab, newline and CR.
   */
  public static String printable(String text) {
    return needsCleaning(text) ? UNPRINTABLE.matcher(text).replaceAll("") : text;
  }

  /** The warning for the file, empty when nothing but Windows line ends was removed. */
  public List<String> warnings() {
    return firstLine == 0 ? List.of() : List.of("ligne " + firstLine + " (et peut-être d'autres) : caractères de "
        + "contrôle, d'inversion du sens d'écriture ou séquences d'échappement de terminal retirés du texte importé (ils "
        + "pourraient déplacer le curseur, changer le titre ou effacer l'écran du terminal qui l'affiche, ou faire lire "
        + "un texte dans un autre ordre que le sien).");
  }

  /** Most text has none: checked without a regular expression. */
  private static boolean needsCleaning(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
          || c >= 0x2066 && c <= 0x2069) {
        return true;
      }
    }
    return false;
  }
}
