package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.study.LexicalClasses;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parole classes} on the demo as a user runs it, bad input included, and a class made a code. */
class ClassesCommandTest {
  @TempDir
  static Path dir;
  static Path demo;

  @BeforeAll
  static void importDemo() {
    demo = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", demo.toString(), "-q").exit());
  }

  @Test
  void classifiesTheDemoAndShowsClassesWordsSegmentsAndAttributesInFrench() {
    Run run = TestCli.run("classes", demo.toString(), "-q", "--classes", "4");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Classification descendante hiérarchique (méthode Reinert) : 4 classe(s)"), run.out());
    assertTrue(run.out().contains("Dendrogramme") && run.out().contains("└─ "), run.out());
    assertTrue(run.out().contains("Classe 1 : ") && run.out().contains("Mots caractéristiques : "), run.out());
    assertTrue(run.out().contains("Polarité = "), "attributes by their labels: " + run.out());
    assertFalse(run.out().contains("Lefèvre") || run.out().contains("lefèvre"), "no name, as a word or a quote: "
        + run.out());
    assertTrue(run.out().contains("[NOM-") || !run.out().contains("Dr "), run.out());
    try (StudyStore store = Study.open(demo).openStore()) {
      LexicalClasses.Classification stored = store.lexicalClasses().read().orElseThrow();
      assertEquals(4, stored.run().classesAsked());
      assertEquals(7, stored.nodes().size());
      // Classes' sizes add up to the classified segments, which are most of them.
      assertEquals(stored.run().classified(), stored.nodes().stream().filter(n -> n.classNumber() > 0)
          .mapToInt(LexicalClasses.NodeRow::size).sum());
      assertTrue(stored.run().classified() > 0.9 * stored.run().textSegments());
      assertFalse(stored.tests().stream().anyMatch(t -> t.attribute().equals("date")), "a date is not crossed");
    }
    Run raw = TestCli.run("classes", demo.toString(), "-q", "--classes", "6", "--raw");
    assertEquals(0, raw.exit(), raw.err());
  }

  @Test
  void aClassBecomesACodeSuggestedOnItsSegmentsToReview() throws Exception {
    assertEquals(0, TestCli.run("classes", demo.toString(), "-q", "--classes", "3").exit());
    Run created = TestCli.run("classes", demo.toString(), "--code-class", "2", "--label", "Satisfaction exprimée",
        "--par", "alice");
    assertEquals(0, created.exit(), created.err());
    assertTrue(created.out().contains("Code « Satisfaction exprimée » créé"), created.out());
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + demo.resolve(".parole/study.db"));
        Statement s = c.createStatement()) {
      ResultSet suggestions = s.executeQuery("SELECT COUNT(*), MIN(origin), MIN(status), MIN(coder) FROM codings"
          + " WHERE coder = 'classes-reinert'");
      assertTrue(suggestions.next());
      assertTrue(suggestions.getInt(1) > 10, "suggested on the class's segments");
      assertEquals("model", suggestions.getString(2));
      assertEquals("suggested", suggestions.getString(3), "to review, never a person's coding");
      ResultSet versions = s.executeQuery("SELECT COUNT(*) FROM codebook_versions WHERE codebook = 'partenariat'"
          + " AND summary LIKE '%Satisfaction exprimée%'");
      assertTrue(versions.next() && versions.getInt(1) == 1, "a version of the codebook");
      ResultSet audit = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE person = 'alice' AND action = 'classes:code'");
      assertTrue(audit.next() && audit.getInt(1) == 1);
    }
    assertTrue(Files.readString(demo.resolve("codebooks/partenariat.yaml")).contains("Satisfaction exprimée"));
  }

  @Test
  void badInputIsRefusedInFrenchWithExitThree() {
    Run one = TestCli.run("classes", demo.toString(), "-q", "--classes", "1");
    assertEquals(3, one.exit());
    assertTrue(one.err().contains("--classes 1 : le nombre de classes doit être entre 2 et 30"), one.err());
    Run short_ = TestCli.run("classes", demo.toString(), "-q", "--min-segment-words", "3");
    assertEquals(3, short_.exit());
    assertTrue(short_.err().contains("entre 10 et 200 mots"), short_.err());
    Run unknown = TestCli.run("classes", demo.toString(), "--code-class", "40", "--label", "x");
    assertEquals(3, unknown.exit());
    assertTrue(unknown.err().contains("Classe 40 inconnue"), unknown.err());
    Run noLabel = TestCli.run("classes", demo.toString(), "--code-class", "1");
    assertEquals(3, noLabel.exit());
    assertTrue(noLabel.err().contains("--label"), noLabel.err());
    Run labelAlone = TestCli.run("classes", demo.toString(), "--label", "x");
    assertEquals(3, labelAlone.exit());
    assertFalse(one.err().contains("Exception") || unknown.err().contains("at fr."), "no stack trace");
  }

  @Test
  void aStudyWithTooFewSegmentsSaysHowManyItNeeds() {
    Path small = TestStudies.write(dir.resolve("petite"), "sources:\n  - path: entretiens/\n",
        "entretiens/a.md", "Entretien\n\nQ : Et les patients ?\n\nIDE 1 : Les patients sont bien informés du projet.\n\n"
            + "IDE 1 : Chaque patient reçoit un livret sur le projet.\n");
    assertEquals(0, TestCli.run("import", small.toString(), "-q").exit());
    Run run = TestCli.run("classes", small.toString(), "-q");
    assertEquals(3, run.exit(), run.out());
    assertTrue(run.err().contains("une classification en 6 classes en demande au moins 60"), run.err());
    Run never = TestCli.run("classes", small.toString(), "--code-class", "1", "--label", "x");
    assertEquals(3, never.exit());
    assertTrue(never.err().contains("n'a pas encore de classification"), never.err());
  }
}
