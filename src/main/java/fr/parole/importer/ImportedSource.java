package fr.parole.importer;

import fr.parole.study.NewResponses;
import java.util.List;

/**
 * What a reader made of one file: its plain text, its segments, warnings for the user, and for a
 * questionnaire response file its respondents and closed answers (null for other sources).
 */
public record ImportedSource(
    String format, String encoding, String content, List<ImportedSegment> segments, List<String> warnings,
    NewResponses responses) implements ReadSource {
  public ImportedSource {
    segments = List.copyOf(segments);
    warnings = List.copyOf(warnings);
  }

  public ImportedSource(String format, String encoding, String content, List<ImportedSegment> segments,
      List<String> warnings) {
    this(format, encoding, content, segments, warnings, null);
  }
}
