package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole search as a user runs it: filters, pseudonymisation, tables for spreadsheets, errors. */
class SearchCommandTest {
  @TempDir
  Path dir;

  private Path study() {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n",
        "entretiens/a.md", "**Dr Martin** : La formation se fait avec Mme Lefebvre, écrivez à "
            + "jeanne.lefebvre@chu.fr ou au 06 12 34 56 78.\n\n**Enquêteur** : Et ensuite ?\n\n"
            + "**Dr Martin** : La formation continue, toujours.\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    return study;
  }

  @Test
  void theTerminalConcordanceIsPseudonymisedSpeakersIncludedUnlessRaw() {
    Path study = study();
    Run kwic = TestCli.run("search", study.toString(), "formation", "--context", "100");
    assertEquals(0, kwic.exit(), kwic.err());
    assertTrue(kwic.out().contains("[formation]"), kwic.out());
    assertTrue(kwic.out().contains("Mme [NOM-1]") && kwic.out().contains("[EMAIL]") && kwic.out().contains("[TEL]"),
        kwic.out());
    // The speaker keeps one placeholder on every line.
    assertEquals(2, kwic.out().split("Dr \\[NOM-2\\] · entretiens/a.md", -1).length - 1, kwic.out());
    for (String secret : new String[] {"Martin", "Lefebvre", "jeanne", "06 12"}) {
      assertFalse(kwic.out().contains(secret), secret + " in " + kwic.out());
    }
    Run raw = TestCli.run("search", study.toString(), "formation", "--raw", "--context", "100");
    assertTrue(raw.out().contains("Dr Martin · entretiens/a.md") && raw.out().contains("06 12 34 56 78"), raw.out());
  }

  @Test
  void theTableMasksTheSpeakerColumnLikeTheText() {
    Path study = study();
    String tsv = TestCli.run("search", study.toString(), "formation", "--format", "tsv").out();
    String[] lines = tsv.split("\n");
    assertEquals(3, lines.length, tsv);
    assertEquals("Dr [NOM-1]", lines[1].split("\t")[3]);
    assertEquals("Dr [NOM-1]", lines[2].split("\t")[3]);
    assertFalse(tsv.contains("Martin"), tsv);
    assertFalse(tsv.startsWith("\uFEFF"), "no byte order mark on standard output");
    String raw = TestCli.run("search", study.toString(), "formation", "--format", "tsv", "--raw").out();
    assertEquals("Dr Martin", raw.split("\n")[1].split("\t")[3]);
  }

  @Test
  void aNameFoundByTheSearchIsReplacedWholeInTheTableAndTheTerminal() {
    Path study = study();
    // The match is the name itself: pseudonymised alone, "Lefebvre" would not be recognised.
    String tsv = TestCli.run("search", study.toString(), "Lefebvre", "--format", "tsv").out();
    String[] cells = tsv.split("\n")[1].split("\t");
    assertEquals("[NOM-2]", cells[cells.length - 4], tsv);
    assertTrue(cells[cells.length - 5].endsWith("avec Mme "), tsv);
    assertFalse(tsv.contains("Lefebvre") || tsv.contains("lefebvre"), tsv);
    Run kwic = TestCli.run("search", study.toString(), "Lefebvre", "--context", "30");
    assertEquals(0, kwic.exit());
    String lines = kwic.out().substring(kwic.out().indexOf('\n')); // after the query, as typed
    assertFalse(lines.contains("Lefebvre") || lines.contains("lefebvre"), kwic.out());
    assertTrue(lines.contains("Mme  [[NOM-"), kwic.out());
  }

  @Test
  void aPersonKeepsHerPlaceholderFromOneCommandToTheNext() {
    Path study = TestStudies.write(dir.resolve("p"), "sources:\n  - path: entretiens/\n",
        "entretiens/c.md", "**P 1** : J'ai vu Mme Lefebvre hier.\n\n**P 2** : Le Dr Martin et Mme Lefebvre sont venus.\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    // First a search where Mme Lefebvre is the only name, then one where Dr Martin comes first.
    String first = TestCli.run("search", study.toString(), "hier", "--format", "tsv").out();
    java.util.regex.Matcher lefebvre = java.util.regex.Pattern.compile("Mme (\\[NOM-\\d+])").matcher(first);
    assertTrue(lefebvre.find(), first);
    String later = TestCli.run("search", study.toString(), "venus", "--format", "tsv").out();
    assertTrue(later.contains("et Mme " + lefebvre.group(1)), later);
    assertFalse(later.contains("Dr " + lefebvre.group(1)), "another person, another number: " + later);
  }

  @Test
  void aNameCutByTheMatchIsReplacedWhole() {
    Path study = TestStudies.write(dir.resolve("v"), "sources:\n  - path: entretiens/\n",
        "entretiens/b.md", "**P 1** : Le docteur Van Thanh est passé, puis le Dr Martin, très gentil.\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    for (String word : List.of("Martin", "Thanh", "Van")) {
      String tsv = TestCli.run("search", study.toString(), word, "--format", "tsv").out();
      assertFalse(tsv.contains("Martin") || tsv.contains("Thanh") || tsv.contains("Van "), word + ": " + tsv);
    }
  }

  @Test
  void aTableWrittenToAFileStartsWithAByteOrderMarkForExcel() throws Exception {
    Path study = study();
    Path file = dir.resolve("formation.tsv");
    Run run = TestCli.run("search", study.toString(), "formation", "--out", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("2 ligne(s) écrite(s) dans " + file), run.out());
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(0xEF, bytes[0] & 0xFF);
    assertEquals(0xBB, bytes[1] & 0xFF);
    assertEquals(0xBF, bytes[2] & 0xFF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFFsegment_id\tsource\tline\tspeaker"), text);
    assertTrue(text.contains("continue"), text);
  }

  @Test
  void aFileThatCannotBeWrittenIsAUserError() {
    Path study = study();
    Run run = TestCli.run("search", study.toString(), "formation", "--out", dir.resolve("absent/x.tsv").toString());
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("Impossible d'écrire") && run.err().contains("x.tsv"), run.err());
  }

  @Test
  void aQueryThatCannotBeReadExits3SayingWhereAndAMalformedWhereExits2() {
    Path study = study();
    Run query = TestCli.run("search", study.toString(), "formation \"continue");
    assertEquals(ExitCodes.DATA, query.exit());
    assertTrue(query.err().contains("Requête invalide : guillemet non fermé à la position 11."), query.err());
    Run where = TestCli.run("search", study.toString(), "formation", "--where", "role");
    assertEquals(ExitCodes.USAGE, where.exit());
    assertTrue(where.err().contains("--where attend attribut=valeur"), where.err());
    Run empty = TestCli.run("search", study.toString(), "formation", "--where", "role=");
    assertEquals(ExitCodes.USAGE, empty.exit());
  }
}
