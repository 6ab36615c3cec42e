package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What status and import say about segments and codings. */
class StatusCommandTest {
  static final String BOOK = """
      id: livre
      dimensions:
        - id: type
          codes:
            - id: info
              label: Information des patients
              rules: ['patient*']
      """;

  @TempDir
  Path dir;

  private Path study() {
    return TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\ncodebook: livre.yaml\n",
        "entretiens/a.md", "Entretien du 3 mars\n\nQ : Et les patients ?\n\nIDE 1 : Les patients sont informés.\n\n"
            + "IDE 1 : Chaque patient reçoit un livret.\n",
        "livre.yaml", BOOK);
  }

  @Test
  void importAndStatusCountSegmentsTheSameWay() {
    Path study = study();
    Run imported = TestCli.run("import", study.toString(), "-q");
    assertEquals(0, imported.exit(), imported.err());
    String counted = "2 segment(s) (+ 2 de l'enquêteur ou hors tour, comptés à part)";
    assertTrue(imported.out().contains("entretiens/a.md : " + counted), imported.out());
    assertTrue(imported.out().contains("1 fichier(s) importé(s), " + counted), imported.out());
    Run status = TestCli.run("status", study.toString());
    assertTrue(status.out().contains("1 source(s), " + counted), status.out());
    assertTrue(status.out().contains("à part : 1 tour(s) de l'enquêteur, 1 passage(s) avant le premier tour"),
        status.out());
  }

  @Test
  void aDecidedSegmentCountsOnceInTheStateThatWinsAndStatesAreInFrench() throws Exception {
    Path study = study();
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    assertEquals(0, TestCli.run("code", study.toString(), "-q").exit());
    Path sheet = dir.resolve("relire.tsv");
    assertEquals(0, TestCli.run("review", study.toString(), "--export", sheet.toString()).exit());
    var lines = Files.readAllLines(sheet);
    assertEquals(3, lines.size(), "two suggestions: " + lines);
    lines.set(1, lines.get(1).replaceFirst("\t\t$", "\taccepte\talice"));
    Files.write(sheet, lines);
    assertEquals(0, TestCli.run("review", study.toString(), "--import", sheet.toString()).exit());

    Run status = TestCli.run("status", study.toString());
    assertTrue(status.out().contains("acceptés  rejetés  suggérés sous seuil   livre de codes « livre »"), status.out());
    // One segment accepted by alice (its suggestion stays stored beside her decision), one still suggested
    // (a rule hit, 0.8 without a model: at or above the default threshold, so the report counts it).
    assertTrue(status.out().contains("       1        0         1          0   type/info  Information des patients"),
        status.out());
    for (String english : new String[] {"accepted", "suggested", "rejected"}) {
      assertFalse(status.out().contains(english), status.out());
    }
  }

  @Test
  void aCasesFileWithFrenchHeadersGivesTheStudysAttributesAndWarnsAboutNearDuplicates() {
    Path study = TestStudies.write(dir.resolve("cas"), """
        sources:
          - path: entretiens/
        cases: cas.csv
        attributes: [establishment, role]
        speakers:
          pattern: '^(?<role>\\p{L}+)\\s*(?<establishment>\\d+)$'
        """,
        "entretiens/a.md", "IDE 3 : Les patients sont informés.\n",
        "cas.csv", "Locuteur;Établissement;Rôle;Ancienneté;Anciennete\nIDE 3;CHU3;IDE;5 ans;5\n");
    Run imported = TestCli.run("import", study.toString(), "-q");
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.err().contains("attention : cas.csv, ligne 1 : les colonnes « Ancienneté » et "
        + "« Anciennete » donnent toutes deux l'attribut"), imported.err());
    Run status = TestCli.run("status", study.toString());
    assertTrue(status.out().contains("establishment : CHU3 (1)"), status.out());
    assertTrue(status.out().contains("role : IDE (1)"), status.out());
    assertFalse(status.out().contains("établissement") || status.out().contains("rôle"), status.out());
  }
}
