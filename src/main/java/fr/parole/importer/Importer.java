package fr.parole.importer;

import java.util.Set;

/**
 * Reads one kind of source file into segments. One implementation per format; the
 * {@link ImporterRegistry} finds one by the file's extension.
 */
public interface Importer {
  /** The file extensions this importer reads, in lower case without the dot ("txt", "docx"). */
  Set<String> formats();

  /**
   * What, besides the file's bytes, decides what reading it gives (a questionnaire's definition):
   * it goes into the file's content hash, so a change to it re-imports the file. Empty by default.
   */
  default String settings() {
    return "";
  }

  /** Reads the whole file or throws an {@link ImportException} naming the file and line. */
  ImportedSource read(SourceFile file);
}
