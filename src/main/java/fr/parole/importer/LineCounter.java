package fr.parole.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts line breaks as the CSV parser reads, so that a record's first line is known without
 * holding the text. Hand-written because commons-csv gives a record's character position, not
 * its line, and its line count is off by the empty lines it skips. Remembers only the breaks read
 * ahead of the last record asked about, so its memory does not grow with the file.
 */
final class LineCounter extends FilterReader {
  /** Positions of '\r' and '\n' read and not yet counted: position × 2, + 1 for '\n'. */
  private long[] breaks = new long[256];
  private int head;
  private int tail;
  private long position;
  private int lines;

  LineCounter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int read = in.read(buffer, offset, length);
    for (int i = 0; i < read; i++) {
      char c = buffer[offset + i];
      if (c == '\n' || c == '\r') {
        push((position + i) * 2 + (c == '\n' ? 1 : 0));
      }
    }
    position += Math.max(read, 0);
    return read;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  /**
   * The line a record starts on, from the parser's character position for it (just after the
   * previous record): empty lines the parser skipped there do not count as the record's line.
   * Positions must be asked in increasing order.
   */
  int lineAt(long recordPosition) {
    while (head < tail && breaks[head] / 2 < recordPosition) {
      lines += (int) (breaks[head++] & 1);
    }
    for (long at = recordPosition; head < tail && breaks[head] / 2 == at; at++) {
      lines += (int) (breaks[head++] & 1);
    }
    return lines + 1;
  }

  private void push(long entry) {
    if (tail == breaks.length) {
      if (head > breaks.length / 2) {
        System.arraycopy(breaks, head, breaks, 0, tail - head);
      } else {
        breaks = java.util.Arrays.copyOf(breaks, breaks.length * 2);
        System.arraycopy(breaks, head, breaks, 0, tail - head);
      }
      tail -= head;
      head = 0;
    }
    breaks[tail++] = entry;
  }
}
