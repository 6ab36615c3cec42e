package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestStudies;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parole run} as a user types it: its last line says how long each stage took. */
class RunCommandTest {
  private static final String INTERVIEW = """
      IDE 1 : La formation commune avec les patients nous aide beaucoup.
      CGS 1 : Le manque de temps bloque les projets avec les usagers.
      """;

  @TempDir
  Path dir;

  @Test
  void runEndsOnTheDurationOfEachStage() {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\ncodebook: partenariat\n",
        "entretiens/a.md", INTERVIEW);
    TestCli.Run run = TestCli.run("run", study.toString(), "-q", "--out", dir.resolve("r").toString());
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    String last = lines.get(lines.size() - 1);
    assertTrue(last.matches("Durées : import \\d+ s, index \\d+ s, codage \\d+ s, rapport \\d+ s"), last);
    assertTrue(lines.get(lines.size() - 2).startsWith("Rapport écrit : "), run.out());
  }

  @Test
  void aStudyWithoutCodebookHasNoCodingStage() {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n", "entretiens/a.md", INTERVIEW);
    TestCli.Run run = TestCli.run("run", study.toString(), "-q", "--out", dir.resolve("r").toString());
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(lines.size() - 1).matches("Durées : import \\d+ s, index \\d+ s, rapport \\d+ s"), run.out());
  }
}
