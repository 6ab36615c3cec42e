package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** Why a report could not be written, said in French with the path, whatever the user running it. */
class ReportFilesTest {
  @Test
  void eachRefusalIsSaidWithItsPath() {
    assertEquals("accès refusé à /srv/rapports", ReportFiles.reason(new AccessDeniedException("/srv/rapports")));
    assertEquals("un fichier porte déjà le nom /srv/r", ReportFiles.reason(new FileAlreadyExistsException("/srv/r")));
    assertEquals("/srv/r n'est pas un dossier", ReportFiles.reason(new NotDirectoryException("/srv/r")));
  }
}
