package fr.parole.importer;

import fr.parole.TestCli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comment exports larger than one batch of {@link VerbatimStore}: stored and indexed as they are read. */
class VerbatimStreamingTest {
  private static final String YAML = "sources:\n  - path: verbatims/\n    type: verbatims\n"
      + "attributes: [establishment, polarity]\n";
  private static final int ROWS = 2 * VerbatimStore.BATCH + 2_345;
  private static final List<String> ESTABLISHMENTS = List.of("CHU1", "CH2", "CH3");

  @TempDir
  Path dir;

  private static List<SegmentRecord> segments(Path study) {
    return TestStudies.segments(study);
  }

  private static SearchResult search(Path study, String query) {
    return new Pipeline(Progress.SILENT).search(Study.open(study), new SearchRequest(query, Map.of(), false, 5, 20));
  }

  private static String comment(int row) {
    return row % 1_000 == 0 ? "Commentaire numéro " + row + " :\nécrit sur deux lignes." 
        : "Commentaire numéro " + row + " : accueil correct.";
  }

  @Test
  void anExportLargerThanOneBatchImportsEveryRowInOrderWithItsAttributes() throws IOException {
    // A BOM, CRLF line ends, quoted cells over two lines and a blank line: lines must still be right.
    StringBuilder csv = new StringBuilder("\uFEFFDate;Établissement;Commentaire\r\n");
    List<Integer> lines = new ArrayList<>();
    int line = 2;
    for (int row = 0; row < ROWS; row++) {
      if (row == 7_777) {
        csv.append("\r\n");
        line++;
      }
      String text = row == ROWS - 1 ? "Dernier commentaire : xylophone." : comment(row);
      csv.append(String.format("%02d/03/2019;%s;\"%s\"\r\n", 1 + row % 28, ESTABLISHMENTS.get(row % 3), text));
      lines.add(line);
      line += 1 + (int) text.chars().filter(c -> c == '\n').count();
    }
    Path study = TestStudies.write(dir.resolve("etude"), YAML, "verbatims/export.csv", csv.toString());

    ImportReport report = new Pipeline(Progress.SILENT).importStudy(Study.open(study));

    assertEquals(ROWS, report.segments());
    List<SegmentRecord> segments = segments(study);
    assertEquals(ROWS, segments.size());
    for (int row = 0; row < ROWS; row++) {
      SegmentRecord segment = segments.get(row);
      assertEquals(row, segment.ordinal());
      assertEquals(lines.get(row), segment.line(), "line of row " + row);
      assertEquals(row == ROWS - 1 ? "Dernier commentaire : xylophone." : comment(row), segment.text());
      assertEquals(SegmentKind.COMMENT, segment.kind());
      assertEquals(Map.of("establishment", ESTABLISHMENTS.get(row % 3), "date",
          String.format("2019-03-%02d", 1 + row % 28), "year", "2019"), segment.attributes());
      if (row > 0) {
        assertTrue(segment.id() > segments.get(row - 1).id(), "ids follow the rows");
      }
    }
    try (StudyStore store = Study.open(study).openStore()) {
      SourceRecord source = store.queries().sources().get(0);
      assertEquals("verbatims/csv", source.format());
      assertEquals("UTF-8 (BOM)", source.encoding());
      assertNull(store.queries().sourceContent(source.id()), "a verbatim source keeps no content text");
    }
    // The index was fed batch by batch during the import, and is current.
    assertEquals(1, search(study, "xylophone").segments());
    assertEquals(ROWS, search(study, "numéro OR xylophone").segments());
    assertTrue(new Pipeline(Progress.SILENT).status(Study.open(study)).indexCurrent());
  }

  @Test
  void anExportWithABadRowNearTheEndImportsNothingAndLeavesNothingInTheIndex() throws IOException {
    StringBuilder csv = new StringBuilder("Date;Commentaire\n");
    int bad = ROWS - 10;
    for (int row = 0; row < ROWS; row++) {
      csv.append(row == bad ? "31/02/2019" : "12/03/2019").append(";Chambre couleur zinzolin, numéro ")
          .append(row).append(".\n");
    }
    // Read after the bad file, the good one gets the id its rolled-back source had.
    Path study = TestStudies.write(dir.resolve("etude"), YAML, "verbatims/a-mauvais.csv", csv.toString(),
        "verbatims/b-bon.csv", "Date;Établissement;Points positifs;Points à améliorer\n"
            + "12/03/2019;CHU1;Accueil chaleureux.;Repas froids.\n");
    TestCli.Run run = TestCli.run("import", study.toString());
    String err = run.err();

    assertEquals(3, run.exit(), run.out());
    assertTrue(err.contains("verbatims/a-mauvais.csv, ligne " + (bad + 2) + " : colonne « Date » : "
        + "« 31/02/2019 » n'est pas une date"), err);
    assertFalse(err.contains("\tat "), err);
    try (StudyStore store = Study.open(study).openStore()) {
      List<SourceRecord> sources = store.queries().sources();
      assertEquals(List.of("verbatims/b-bon.csv"), sources.stream().map(SourceRecord::path).toList());
      assertEquals(1, sources.get(0).id(), "the rolled-back source's id was given again");
    }
    assertEquals(2, segments(study).size());
    assertEquals(0, search(study, "zinzolin").segments());
    assertEquals(0, search(study, "chambre OR numéro").segments());
    assertEquals(1, search(study, "repas").segments());
    assertEquals(2, search(study, "accueil OR repas").segments());
    assertTrue(new Pipeline(Progress.SILENT).status(Study.open(study)).indexCurrent());
  }
}
