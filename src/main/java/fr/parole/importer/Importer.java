package fr.parole.importer;

import java.util.Set;

/**
 * Reads one kind of source file into segments. One implementation per format; the
 * {@link ImporterRegistry} finds one by the file's extension.
 */
public interface Importer {
  /** The file extensions this importer reads, in lower case without the dot ("txt", "docx"). */
  Set<String> formats();

  /** Reads the whole file or throws an {@link ImportException} naming the file and line. */
  ImportedSource read(SourceFile file);
}
