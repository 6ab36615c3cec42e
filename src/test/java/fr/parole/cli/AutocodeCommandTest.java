package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.study.Study;
import fr.parole.web.StoreRows;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole autocode, undo and redo on the demo, as a user runs them, and their refusals. */
class AutocodeCommandTest {
  @TempDir
  Path dir;
  private Path study;

  @BeforeEach
  void importDemo() {
    study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
  }

  @Test
  void aSpeakerIsAutocodedInOneActionThenUndoneAndRedone() throws Exception {
    int turns = count("SELECT COUNT(*) FROM segments WHERE speaker = 'CGS 3' AND kind = 'turn'");
    assertTrue(turns > 1, "the demo has several turns of CGS 3");
    Run dry = run("autocode", study.toString(), "--code", "type/levier", "--speaker", "CGS 3", "--dry-run");
    assertEquals(0, dry.exit(), dry.err());
    assertTrue(dry.out().contains(turns + " segment(s) seraient codés"), dry.out());
    assertEquals(0, humanCodings());

    Run done = run("autocode", study.toString(), "--code", "type/levier", "--speaker", "CGS 3", "--as", "alice");
    assertEquals(0, done.exit(), done.err());
    assertTrue(done.out().contains("« Levier »") && done.out().contains(turns + " segment(s) codé(s) par alice"),
        done.out());
    assertEquals(turns, count("SELECT COUNT(*) FROM codings WHERE coder = 'alice' AND origin = 'human'"
        + " AND status = 'accepted' AND evidence_id = (SELECT id FROM evidences"
        + " WHERE text = 'autocodage : locuteur « CGS 3 »')"));
    assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE person = 'alice' AND action = 'document.autocoder'"
        + " AND detail = 'type/levier, locuteur « CGS 3 », toute l''étude : " + turns + " segment(s)'"));

    Run again = run("autocode", study.toString(), "--code", "type/levier", "--speaker", "CGS 3", "--as", "bob");
    assertTrue(again.out().contains("0 segment(s) codé(s) par bob") && again.out().contains(turns + " déjà codé(s)"),
        "a segment a person already coded is left as is: " + again.out());

    Run nothingForCarol = run("undo", study.toString(), "--as", "carol");
    assertEquals(0, nothingForCarol.exit());
    assertTrue(nothingForCarol.out().contains("Rien à annuler"), nothingForCarol.out());
    Run undo = run("undo", study.toString(), "--as", "alice");
    assertEquals(0, undo.exit(), undo.err());
    assertTrue(undo.out().contains("Action annulée : Autocodage « Levier »"), undo.out());
    assertEquals(0, humanCodings());
    Run redo = run("redo", study.toString(), "--as", "alice");
    assertEquals(0, redo.exit(), redo.err());
    assertEquals(turns, humanCodings());
  }

  @Test
  void aSectionAndASearchAreAutocoded() throws Exception {
    Run section = run("autocode", study.toString(), "--code", "niveau/institutionnel", "--section",
        "Niveau institutionnel", "--as", "alice");
    assertEquals(0, section.exit(), section.err());
    int coded = humanCodings();
    assertTrue(coded > 0, section.out());
    assertEquals(coded, count("SELECT COUNT(*) FROM codings c JOIN segments s ON s.id = c.segment_id JOIN"
        + " attribute_values v ON v.set_id = s.attribute_set_id AND v.name = 'level' AND v.value = 'institutionnel'"
        + " WHERE c.origin = 'human'"), "only segments of that section");
    Run search = run("autocode", study.toString(), "--code", "type/obstacle", "--query", "temps", "--as", "alice");
    assertEquals(0, search.exit(), search.err());
    assertTrue(count("SELECT COUNT(*) FROM codings WHERE code = 'type/obstacle' AND origin = 'human'"
        + " AND evidence_id = (SELECT id FROM evidences WHERE text = 'autocodage : recherche « temps »')")
        > 0, search.out());
  }

  @Test
  void badInputIsAFrenchMessageAndNothingIsCoded() throws Exception {
    assertRefused(run("autocode", study.toString(), "--code", "type/inconnu", "--speaker", "CGS 3"), "Code inconnu");
    assertRefused(run("autocode", study.toString(), "--code", "type/levier", "--query", "  "), "la requête est vide");
    assertRefused(run("autocode", study.toString(), "--code", "type/levier", "--query", "manque AND (temps"),
        "Requête");
    assertRefused(run("autocode", study.toString(), "--code", "type/levier", "--speaker", "Personne 9"),
        "« CGS 3 »");
    assertRefused(run("autocode", study.toString(), "--code", "type/levier", "--section", "Niveau lunaire"),
        "Niveau lunaire");
    Run both = run("autocode", study.toString(), "--code", "type/levier", "--speaker", "CGS 3", "--query", "x");
    assertEquals(2, both.exit(), "one of --speaker, --section, --query");
    assertEquals(0, humanCodings());
  }

  private static void assertRefused(Run run, String words) {
    assertEquals(3, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains(words), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
  }

  private Run run(String... args) {
    return TestCli.run(args);
  }

  private int humanCodings() throws Exception {
    return count("SELECT COUNT(*) FROM codings WHERE origin = 'human'");
  }

  private int count(String sql) throws Exception {
    return StoreRows.count(Study.open(study), sql);
  }
}
