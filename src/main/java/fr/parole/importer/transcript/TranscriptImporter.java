package fr.parole.importer.transcript;

import fr.parole.importer.ControlCharacters;
import fr.parole.importer.ImportedSource;
import fr.parole.importer.Importer;
import fr.parole.importer.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Imports interview transcripts of one file format: read the text, then cut it into turns. */
public final class TranscriptImporter implements Importer {
  private final TranscriptReader reader;
  private final TurnSplitter splitter;

  public TranscriptImporter(TranscriptReader reader, TurnSplitter splitter) {
    this.reader = reader;
    this.splitter = splitter;
  }

  @Override
  public Set<String> formats() {
    return reader.formats();
  }

  @Override
  public ImportedSource read(SourceFile file) {
    ControlCharacters controls = new ControlCharacters();
    TranscriptText transcript = cleaned(reader.read(file), controls);
    TurnSplitter.Result result = splitter.split(transcript);
    List<String> warnings = new ArrayList<>(controls.warnings());
    warnings.addAll(result.warnings());
    return new ImportedSource(
        "transcript/" + file.extension(), transcript.encoding(), transcript.text(), result.segments(), warnings);
  }

  /**
   * The text without control characters, before it is cut into turns so that offsets refer to
   * what is stored. Newlines stay, so a heading keeps its line; its offset is that line's new start.
   */
  private static TranscriptText cleaned(TranscriptText transcript, ControlCharacters controls) {
    String text = controls.clean(transcript.text(), 1);
    if (text.equals(transcript.text())) {
      return transcript;
    }
    List<Integer> lineStarts = new ArrayList<>(List.of(0));
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lineStarts.add(i + 1);
    }
    List<TranscriptText.Heading> headings = transcript.headings().stream().map(h -> new TranscriptText.Heading(
        lineStarts.get(lineOf(transcript.text(), h.lineStart())), controls.clean(h.title(), 1))).toList();
    return new TranscriptText(text, transcript.encoding(), headings);
  }

  private static int lineOf(String text, int offset) {
    return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
  }
}
