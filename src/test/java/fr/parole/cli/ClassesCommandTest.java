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

/**
 * {@code parole classes} on the demo as a user runs it, bad input included, a class made a code, and
 * the double classification ({@code --double}).
 */
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

  // --double: rainette2's double classification.

  @Test
  void theDoubleClassificationKeepsTheCrossedClassesAndSaysHowManySegmentsAreLeftOut() throws Exception {
    Run run = TestCli.run("classes", demo.toString(), "-q", "--classes", "4", "--double");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Classification double (méthode Reinert, comme rainette2)"), run.out());
    assertTrue(run.out().contains("segments de 40 mots croisés avec des unités de 60 mots"), "1,5 fois : " + run.out());
    assertTrue(run.out().contains("dans aucune classe croisée retenue : non classé(s)"), run.out());
    assertTrue(run.out().contains("classe(s) croisée(s) retenue(s)"), run.out());
    assertTrue(run.out().contains("Classe 1 : ") && run.out().contains("Mots caractéristiques : "), run.out());
    try (StudyStore store = Study.open(demo).openStore()) {
      LexicalClasses.Classification stored = store.lexicalClasses().read().orElseThrow();
      assertTrue(stored.run().isDouble());
      assertEquals(60, stored.run().segmentWords2());
      long classes = stored.nodes().stream().filter(n -> n.classNumber() > 0).count();
      assertTrue(classes >= 2 && classes <= 4, "classes: " + classes);
      assertEquals(stored.run().classified(), stored.nodes().stream().filter(n -> n.classNumber() > 0)
          .mapToInt(LexicalClasses.NodeRow::size).sum(), "crossed classes do not overlap");
      assertTrue(stored.run().classified() > 0.5 * stored.run().textSegments(), "most segments classified: "
          + stored.run().classified() + " / " + stored.run().textSegments());
      assertEquals(stored.run().classified(), store.lexicalClasses().read().orElseThrow().nodes().get(0).size());
    }
    Path out = dir.resolve("rapports");
    assertEquals(0, TestCli.run("report", demo.toString(), "-q", "--out", out.toString()).exit());
    String html = Files.readString(out.resolve("demo/index.html"));
    assertTrue(html.contains("Classification double (méthode Reinert, comme rainette2)"), "the report says so");
    assertTrue(html.contains("restent non classés"));
    assertTrue(html.contains("Classes croisées de la classification double"));

    Run bySize = TestCli.run("classes", demo.toString(), "-q", "--classes", "4", "--double", "--critere", "segments");
    assertEquals(0, bySize.exit(), bySize.err());
    assertTrue(bySize.out().contains("partition qui maximise le nombre de segments classés"), bySize.out());

    // The simple classification afterwards is stored as simple again.
    assertEquals(0, TestCli.run("classes", demo.toString(), "-q", "--classes", "3").exit());
    try (StudyStore store = Study.open(demo).openStore()) {
      assertFalse(store.lexicalClasses().read().orElseThrow().run().isDouble());
    }
  }

  @Test
  void theSecondLengthMustBeLongerAndOnlyWithDouble() {
    Run notLonger = TestCli.run("classes", demo.toString(), "-q", "--double", "--min-segment-words", "40",
        "--min-segment-words2", "40");
    assertEquals(3, notLonger.exit(), notLonger.out());
    assertTrue(notLonger.err().contains("--min-segment-words2 40 : pour la classification double, les unités de la "
        + "seconde classification doivent être plus longues que les segments de la première (--min-segment-words 40)"),
        notLonger.err());
    Run shorter = TestCli.run("classes", demo.toString(), "-q", "--double", "--min-segment-words2", "20");
    assertEquals(3, shorter.exit());
    assertTrue(shorter.err().contains("par exemple 60"), shorter.err());
    Run alone = TestCli.run("classes", demo.toString(), "-q", "--min-segment-words2", "60");
    assertEquals(3, alone.exit());
    assertTrue(alone.err().contains("--min-segment-words2 ne sert qu'avec --double"), alone.err());
    Run criterion = TestCli.run("classes", demo.toString(), "-q", "--double", "--critere", "taille");
    assertEquals(3, criterion.exit());
    assertTrue(criterion.err().contains("--critere taille : attendu chi2"), criterion.err());
    assertFalse(notLonger.err().contains("Exception") || criterion.err().contains("at fr."), "no stack trace");
  }
}
