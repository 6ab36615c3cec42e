package fr.parole.importer;

import fr.parole.ParoleException;

/**
 * Input that cannot be imported. The message names the file, the line or cell when known, and
 * what was expected; nothing from that file reaches the store.
 */
public final class ImportException extends ParoleException {
  private static final long serialVersionUID = 1L;

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }

  /** "file, ligne N : reason". */
  public static ImportException at(String file, int line, String reason) {
    return new ImportException(file + (line > 0 ? ", ligne " + line : "") + " : " + reason);
  }

  /**
   * A table with its header and no row below it ({@code nothing}: "aucun répondant"): refused
   * alike for every kind of table, since such a file is almost always a wrong or cut export.
   */
  public static ImportException headerOnly(String file, String nothing, String expected) {
    return new ImportException(file + " : " + nothing + ", le fichier n'a que sa ligne d'en-tête (attendu : "
        + expected + " sous l'en-tête). Rien n'est importé de ce fichier.");
  }
}
