package fr.parole.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * Office files whose XML declares a DOCTYPE are refused by the XML parsers (entities can read local
 * files or blow up in memory): the user is told that this was a safety refusal, not that the file
 * is damaged, so that they do not waste time repairing a file that opens fine in Word.
 */
public final class DoctypeRefusal {
  private DoctypeRefusal() {}

  /** The refusal of {@code name} for its DOCTYPE, when that is what stopped the parser ({@code e} or a cause). */
  public static Optional<ImportException> of(String name, String format, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
        return Optional.of(new ImportException(name + " : refusé par sécurité, le XML du document ." + format
            + " déclare un DOCTYPE (des entités XML pourraient lire d'autres fichiers ou saturer la mémoire). "
            + "Ouvrez-le dans votre traitement de texte ou tableur et enregistrez-le à nouveau au format ." + format
            + ", puis relancez l'import.", e));
      }
    }
    return Optional.empty();
  }
}
