package fr.parole.importer.transcript;

import fr.parole.importer.SourceFile;
import java.util.Set;

/** Extracts a transcript's text and headings from one file format. */
public interface TranscriptReader {
  Set<String> formats();

  TranscriptText read(SourceFile file);
}
