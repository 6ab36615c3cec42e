package fr.parole.importer.transcript;

import fr.parole.importer.ImportedSource;
import fr.parole.importer.Importer;
import fr.parole.importer.SourceFile;
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
    TranscriptText transcript = reader.read(file);
    TurnSplitter.Result result = splitter.split(transcript);
    return new ImportedSource(
        "transcript/" + file.extension(), transcript.encoding(), transcript.text(), result.segments(),
        result.warnings());
  }
}
