package fr.parole.importer;

import java.util.List;

/** What a reader made of one file: its plain text, its segments, and warnings for the user. */
public record ImportedSource(
    String format, String encoding, String content, List<ImportedSegment> segments, List<String> warnings) implements ReadSource {
  public ImportedSource {
    segments = List.copyOf(segments);
    warnings = List.copyOf(warnings);
  }
}
