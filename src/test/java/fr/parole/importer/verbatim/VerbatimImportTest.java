package fr.parole.importer.verbatim;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestStudies;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verbatim exports through {@code parole import}, {@code search} and {@code status}. */
class VerbatimImportTest {
  private static final String YAML = "sources:\n  - path: verbatims/\n    type: verbatims\n"
      + "attributes: [establishment, polarity]\n";
  private static final String GOOD = "Date;Établissement;Service;Points positifs;Points à améliorer\n"
      + "12/03/2019;CHU1;Cardiologie;Accueil chaleureux.;Repas froids.\n"
      + "13/03/2019;CH2;Gériatrie;;Attente trop longue aux urgences.\n";

  @TempDir
  Path dir;

  private static Run cli(String... args) {
    return TestCli.run(args);
  }

  private static List<SegmentRecord> segments(Path folder) {
    try (StudyStore store = Study.open(folder).openStore()) {
      List<SegmentRecord> segments = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, segments::add);
      return segments;
    }
  }

  @Test
  void commentsBecomeSegmentsThatSearchAndStatusCutByPolarity() {
    Path study = TestStudies.write(dir.resolve("etude"), YAML, "verbatims/export.csv", GOOD);

    Run run = cli("import", study.toString());

    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("importé   verbatims/export.csv : 3 segment(s)"), run.out());
    Run search = cli("search", study.toString(), "repas", "--where", "polarity=a_ameliorer");
    assertTrue(search.out().contains("establishment=CHU1"), search.out());
    assertTrue(cli("status", study.toString()).out().contains("polarity : a_ameliorer (2) positif (1)"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Date;Note|12/03/2019;8|aucune colonne de commentaires reconnue. Colonnes trouvées : Date, Note",
      "Date;Commentaire|hier;Bien.|ligne 2 : colonne « Date » : « hier » n'est pas une date",
      "FINESS;Commentaire|0100000241;Bien.|ligne 2 : colonne « FINESS » : « 0100000241 » n'est pas un numéro FINESS",
      "Date;Commentaire|12/03/2019;Bien.;;|ligne 2 : 4 cellules au lieu de 2"})
  void aBadExportImportsNothingAndTheCommandExitsWith3(String header, String row, String expected) throws IOException {
    Path study = TestStudies.write(dir.resolve("etude"), YAML, "verbatims/bon.csv", GOOD);
    Files.writeString(study.resolve("verbatims/mauvais.csv"), header + "\n" + row + "\n", StandardCharsets.UTF_8);

    Run run = cli("import", study.toString());

    assertEquals(3, run.exit(), run.out());
    assertTrue(run.err().contains("erreur : verbatims/mauvais.csv"), run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    try (StudyStore store = Study.open(study).openStore()) {
      assertEquals(List.of("verbatims/bon.csv"), store.queries().sources().stream().map(SourceRecord::path).toList());
    }
    assertEquals(3, segments(study).size());
  }
}
