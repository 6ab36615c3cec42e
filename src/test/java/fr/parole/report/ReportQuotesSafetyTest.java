package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quotes a report shows are patients' words, untrusted and personal: markup in them stays text
 * (escaped in the page) and the people they name are replaced, in the page and in every table.
 * Each comment here is quoted (three comments, one theme), so each carries both traps.
 */
class ReportQuotesSafetyTest {
  @Test
  void quotesAreEscapedAndPseudonymisedInThePageAndTheTables(@TempDir Path dir) throws Exception {
    String trap = " <img src=x onerror=alert(1)> Le Dr Martin Rousseau était débordé.";
    Path folder = TestStudies.write(dir.resolve("s"), """
        sources:
          - path: verbatims/
            type: verbatims
            codebook: esatis
        """, "verbatims/commentaires.csv", "Date de réponse;Établissement;Service;Enquête;Points positifs;Points à améliorer\n"
            + "05/06/2020;CH2;Gériatrie;+48h MCO;;\"Six heures d'attente aux urgences." + trap + "\"\n"
            + "06/06/2020;CH2;Gériatrie;+48h MCO;;\"Attente beaucoup trop longue avant l'admission." + trap + "\"\n"
            + "07/06/2020;CH2;Gériatrie;+48h MCO;;\"Trop d'attente pour avoir une chambre." + trap + "\"\n");
    Path report = new Pipeline(Progress.SILENT).run(Study.open(folder), dir.resolve("rapport")).report();
    String html = Files.readString(report);
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "a quote is shown, its markup as text");
    assertFalse(html.contains("<img src=x"), "no markup from a comment");
    assertFalse(html.contains("Rousseau") || html.contains("Martin"), "no name in the page");
    try (Stream<Path> files = Files.walk(report.getParent())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        String table = Files.readString(file);
        assertFalse(table.contains("Rousseau") || table.contains("Martin"), "no name in " + file.getFileName());
      }
    }
  }
}
