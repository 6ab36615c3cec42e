package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.ParoleException;
import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {
  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  @Test
  void demoReportCountsSegmentsByEstablishmentRoleAndLevel() throws Exception {
    Study study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    Path index = pipeline.report(study, dir.resolve("reports"));
    assertEquals(dir.resolve("reports/demo/index.html"), index);
    String html = Files.readString(index);
    assertTrue(html.contains("<html lang=\"fr\">"));
    assertTrue(html.contains("Par établissement") && html.contains("Par rôle")
        && html.contains("Par niveau de partenariat"));
    // 18 of the 36 dev quotes come from CHU 1 (corpora/demo/reference/quotes.tsv), and 4 of the 10
    // open comments of the check-list responses: 22 of 46 segments, from 8 transcripts and 1 response file.
    assertTrue(html.contains("<tr><td>CHU1</td><td class=\"n\">9</td><td class=\"n\">22</td><td class=\"n\">47,8</td>"),
        "CHU1 row: 9 sources, 22 segments, 47,8 %");
    assertTrue(html.contains("<tr><td>relation_de_soins</td><td class=\"n\">7</td><td class=\"n\">13</td>"));
    // establishment, role, level, and from the check-list responses project, questionnaire, questionnaire_item.
    assertEquals(6, html.split("data:image/png;base64,", -1).length - 1, "one chart per attribute");
    assertTrue(html.contains("entretiens/RU1.md"));
  }

  @Test
  void userTextIsEscaped() throws Exception {
    Path folder = TestStudies.write(dir.resolve("s"), """
        name: "<script>alert(1)</script>"
        sources:
          - path: entretiens/
        """, "entretiens/<b>x.md", "IDE 1 : Bonjour <img src=x onerror=alert(1)>\n",
        "entretiens/cas.csv", "");
    Files.delete(folder.resolve("entretiens/cas.csv"));
    Study study = Study.open(folder);
    pipeline.importStudy(study);
    String html = Files.readString(pipeline.report(study, dir.resolve("out")));
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<b>x.md"));
    assertTrue(html.contains("&lt;b&gt;x.md"));
  }

  @Test
  void anEmptyStudyStillGetsAReportThatSaysSo() throws Exception {
    Study study = Study.init(dir.resolve("vide"));
    String html = Files.readString(pipeline.report(study, dir.resolve("out")));
    assertTrue(html.contains("aucun segment"));
  }

  @Test
  void anUnwritableOutputIsAUserError() throws Exception {
    Study study = Study.init(dir.resolve("e"));
    Path file = dir.resolve("fichier");
    Files.writeString(file, "pas un dossier");
    ParoleException e = assertThrows(ParoleException.class, () -> pipeline.report(study, file));
    assertTrue(e.getMessage().contains("--out"), e.getMessage());
  }
}
