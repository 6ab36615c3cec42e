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
    // 18 of the 36 dev quotes come from CHU 1 (corpora/demo/reference/quotes.tsv), 150 of the 446
    // demo verbatims and 4 of the 10 open comments of the check-list responses: 172 of 492 segments,
    // from 8 transcripts, the verbatim export and the response file.
    assertTrue(html.contains("<tr><td>CHU1</td><td class=\"n\">10</td><td class=\"n\">172</td><td class=\"n\">35,0</td>"),
        "CHU1 row: 10 sources, 172 segments, 35,0 %");
    assertTrue(html.contains("<tr><td>relation_de_soins</td><td class=\"n\">7</td><td class=\"n\">13</td>"));
    // establishment, role, level, polarity, service (listed), survey and year from the verbatims, and
    // project, questionnaire, questionnaire_item from the check-list responses; not the 400 dates.
    assertEquals(10, html.split("data:image/png;base64,", -1).length - 1, "one chart per attribute");
    assertFalse(html.contains("2020-06-05"));
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
