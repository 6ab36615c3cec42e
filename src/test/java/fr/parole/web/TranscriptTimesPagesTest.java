package fr.parole.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A turn's moment in its recording before the speaker in the document view, and beside the source in the search. */
class TranscriptTimesPagesTest {
  private static final String TIME = "<time class=\"turn-time\" title=\"moment dans l'enregistrement\">";

  @TempDir
  Path dir;

  @Test
  void theDocumentAndTheSearchShowWhenATurnWasSaidAndNothingForATypedTranscript() throws IOException {
    Path folder = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n    type: transcript\n"
        + "speakers:\n  interviewers: [Enquêtrice]\n",
        "entretiens/notes.md", "Enquêtrice : Et le vocabulaire ?\n\nIDE 4 : Le vocabulaire change.\n");
    Files.copy(Path.of("corpora", "reconnaissance-vocale", "entretien-ide4.vtt"),
        folder.resolve("entretiens/entretien-ide4.vtt"));
    Study study = Study.open(folder);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    pipeline.importStudy(study);
    Map<String, Long> sources = pipeline.sourceIds(study);
    try (AtelierFixture atelier = AtelierFixture.of(study)) {
      HttpClient researcher = atelier.researcher();
      String vtt = atelier.get(researcher, "/documents/" + sources.get("entretiens/entretien-ide4.vtt")).body();
      assertTrue(vtt.contains(TIME + "00:00:01</time> <strong>Enquêteur ou enquêtrice (Enquêtrice)</strong>"), vtt);
      assertTrue(vtt.contains(TIME + "00:01:01</time> <strong>IDE 4</strong>"), vtt);
      String typed = atelier.get(researcher, "/documents/" + sources.get("entretiens/notes.md")).body();
      assertFalse(typed.contains("turn-time"), typed);

      String search = atelier.get(researcher, "/recherche?q=vocabulaire").body();
      assertEquals(1, search.split("turn-time", -1).length - 1, search);
      assertTrue(search.contains("ligne 41 · " + TIME + "00:00:40</time> · IDE 4"), search);

      HttpResponse<byte[]> file = atelier.send(researcher, HttpRequest.newBuilder(
          URI.create(atelier.base() + "/recherche.xlsx?q=vocabulaire")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
        Sheet sheet = book.getSheetAt(0);
        assertEquals("Moment", sheet.getRow(2).getCell(2).getStringCellValue());
        List<String> moments = List.of(sheet.getRow(3).getCell(2).getStringCellValue(),
            sheet.getRow(4).getCell(2).getStringCellValue());
        assertTrue(moments.contains("00:00:40") && moments.contains(""), moments.toString());
      }
    }
  }
}
