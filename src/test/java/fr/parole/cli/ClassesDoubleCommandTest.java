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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parole classes --double} (rainette2's double classification) on the demo, as a user runs it. */
class ClassesDoubleCommandTest {
  @TempDir
  static Path dir;
  static Path demo;

  @BeforeAll
  static void importDemo() {
    demo = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", demo.toString(), "-q").exit());
  }

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
