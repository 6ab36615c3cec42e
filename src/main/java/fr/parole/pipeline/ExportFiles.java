package fr.parole.pipeline;

import fr.parole.study.StudyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An export written beside its place, then moved there: an interrupted export never leaves half a file. */
final class ExportFiles {
  private ExportFiles() {}

  static void write(Path out, byte[] bytes) {
    Path target = out.toAbsolutePath();
    Path parent = target.getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Path temporary = Files.createTempFile(parent, ".export-", ".tmp");
      try {
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new StudyException("Impossible d'écrire " + out + " : " + e.getMessage()
          + " (vérifiez que le dossier existe et que vous pouvez y écrire).");
    }
  }
}
