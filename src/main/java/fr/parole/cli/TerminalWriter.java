package fr.parole.cli;

import fr.parole.importer.ControlCharacters;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What every command prints goes through here: escape sequences and control characters are
 * removed ({@link ControlCharacters#printable}), so that no text shown (a comment imported before
 * import removed them, a file name, a value of study.yaml quoted in a message) can move the
 * cursor, set the terminal's title or clear the screen. A sequence split over two writes loses its
 * ESC, which leaves harmless text such as {@code [2J}.
 */
final class TerminalWriter extends FilterWriter {
  private TerminalWriter(Writer out) {
    super(out);
  }

  /** {@code out}, printing only what is safe on a terminal. */
  static PrintWriter safe(PrintWriter out) {
    return new PrintWriter(new TerminalWriter(out), true);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(new String(chars, offset, length), 0, length);
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    String printable = ControlCharacters.printable(text.substring(offset, offset + length));
    out.write(printable, 0, printable.length());
  }
}
