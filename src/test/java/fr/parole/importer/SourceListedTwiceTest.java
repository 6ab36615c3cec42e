package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestStudies;
import fr.parole.study.Study;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A file listed by two entries of {@code sources:} (its folder and itself) is imported once when both
 * read it the same way, and refused naming both entries when they differ in any way of reading it.
 */
class SourceListedTwiceTest {
  @TempDir
  Path dir;

  private List<String> collect(String second) {
    Path folder = TestStudies.write(dir.resolve("s"), "sources:\n  - path: verbatims/\n    type: verbatims\n"
        + "    survey: mco48\n    year: 2019\n    sheet: Feuil1\n    columns:\n      texte: commentaire\n"
        + "  - path: verbatims/v.csv\n" + second, "verbatims/v.csv", "commentaire\nTrès bien\n");
    Study study = Study.open(folder);
    SourceCollector collector = new SourceCollector(ImporterRegistry.forStudy(study.config()));
    return collector.collect(study, new ArrayList<>()).stream().map(study::relativeName).toList();
  }

  private static final String SAME = "    type: verbatims\n    survey: mco48\n    year: 2019\n    sheet: Feuil1\n"
      + "    columns:\n      texte: commentaire\n";

  @Test
  void readTheSameWayItIsImportedOnce() {
    assertEquals(List.of("verbatims/v.csv"), collect(SAME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"type: esatis", "survey: mco24", "year: 2020", "sheet: Feuil2", "texte: avis"})
  void readTwoWaysItIsRefusedNamingBothEntries(String change) {
    String key = change.substring(0, change.indexOf(':') + 1);
    String second = SAME.lines().map(l -> l.strip().startsWith(key) ? l.substring(0, l.indexOf(key)) + change : l)
        .reduce("", (a, l) -> a + l + "\n");
    ImportException e = assertThrows(ImportException.class, () -> collect(second));
    assertTrue(e.getMessage().contains("« verbatims/v.csv » est listé par deux sources (« verbatims/ » et "
        + "« verbatims/v.csv »)"), e.getMessage());
  }
}
