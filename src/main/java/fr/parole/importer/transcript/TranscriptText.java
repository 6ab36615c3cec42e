package fr.parole.importer.transcript;

import java.util.List;

/**
 * The plain text of a transcript, one paragraph per line, with the lines that are headings.
 * Segment offsets refer to this text; for DOCX and ODT a "line" is a paragraph.
 */
public record TranscriptText(String text, String encoding, List<Heading> headings) {
  public TranscriptText {
    headings = List.copyOf(headings);
  }

  /** A heading line: the offset where its line starts, and its title without markup. */
  public record Heading(int lineStart, String title) {}
}
