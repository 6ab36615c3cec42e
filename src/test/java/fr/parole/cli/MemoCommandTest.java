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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parole memo add|list} as a user runs it, bad input included, and the memos in the report. */
class MemoCommandTest {
  @TempDir
  Path dir;

  private Path study() {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\ncodebook: livre.yaml\n",
        "entretiens/a.md", "Entretien du 3 mars\n\nQ : Et les patients ?\n\nIDE 1 : Les patients sont informés.\n\n"
            + "IDE 1 : Chaque patient reçoit un livret de Mme Lefèvre.\n",
        "livre.yaml", StatusCommandTest.BOOK);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    assertEquals(0, TestCli.run("code", study.toString(), "-q").exit());
    return study;
  }

  @Test
  void memosAreWrittenOnTheStudyACodeAndASegmentThenListedAndFound() {
    String study = study().toString();
    Run onStudy = TestCli.run("memo", "add", study, "--auteur", "alice", "--texte", "Méfiance envers la démarche.");
    assertEquals(0, onStudy.exit(), onStudy.err());
    assertTrue(onStudy.out().contains("Mémo n° 1 enregistré (étude)"), onStudy.out());
    assertEquals(0, TestCli.run("memo", "add", study, "--auteur", "bob", "--code", "livre/type/info", "--texte",
        "Code trop large ?").exit());
    Run onSegment = TestCli.run("memo", "add", study, "--auteur", "alice", "--segment", "4", "--texte",
        "Mme Lefèvre est citée.");
    assertEquals(0, onSegment.exit(), onSegment.err());
    Run all = TestCli.run("memo", "list", study);
    assertEquals(0, all.exit(), all.err());
    assertTrue(all.out().contains("3 mémo(s)."), all.out());
    assertTrue(all.out().contains("Code : Information des patients (livre)"), "a code by its label: " + all.out());
    assertTrue(all.out().contains("Segment : entretiens/a.md « Chaque patient reçoit un livret"), all.out());
    assertFalse(all.out().contains("Lefèvre"), "pseudonymised by default: " + all.out());
    assertTrue(all.out().indexOf("Mme Lefèvre") < 0 && all.out().indexOf("Code trop large") < all.out().indexOf("Méfiance"),
        "newest first");
    assertTrue(TestCli.run("memo", "list", study, "--raw").out().contains("Lefèvre"));
    Run found = TestCli.run("memo", "list", study, "--contient", "MEFIANCE");
    assertTrue(found.out().contains("1 mémo(s).") && found.out().contains("Méfiance envers"), found.out());
    assertTrue(TestCli.run("memo", "list", study, "--type", "code", "--auteur", "bob").out().contains("1 mémo(s)."));
  }

  @Test
  void aMemoIsEditedByItsAuthorOrAResearcherAndDeletedWithNothingLost() throws Exception {
    Path folder = study();
    String study = folder.toString();
    fr.parole.study.Study s = fr.parole.study.Study.open(folder);
    new fr.parole.pipeline.Accounts().add(s, "rachid", "chercheur", "mot-de-passe-long".toCharArray(), true, "test");
    assertEquals(0, TestCli.run("memo", "add", study, "--auteur", "alice", "--texte", "Premier jet.").exit());
    Run edited = TestCli.run("memo", "edit", study, "1", "--auteur", "alice", "--texte", "Deuxième jet.");
    assertEquals(0, edited.exit(), edited.err());
    assertTrue(edited.out().contains("Mémo n° 1 modifié ; son texte précédent est gardé."), edited.out());
    Run bob = TestCli.run("memo", "edit", study, "1", "--auteur", "bob", "--texte", "Pas à moi.");
    assertEquals(3, bob.exit());
    assertTrue(bob.err().contains("Le mémo n° 1 est de alice : seul son auteur ou une personne au rôle chercheur"),
        bob.err());
    assertEquals(3, TestCli.run("memo", "delete", study, "1", "--auteur", "bob").exit());
    assertEquals(0, TestCli.run("memo", "edit", study, "1", "--auteur", "rachid", "--texte", "Troisième jet.").exit(),
        "a researcher of the atelier's accounts may");
    Run listed = TestCli.run("memo", "list", study);
    assertTrue(listed.out().contains("Troisième jet.") && listed.out().contains("modifié le ")
        && listed.out().contains("par rachid") && !listed.out().contains("Deuxième jet."), listed.out());
    Run deleted = TestCli.run("memo", "delete", study, "1", "--auteur", "alice");
    assertEquals(0, deleted.exit(), deleted.err());
    assertTrue(TestCli.run("memo", "list", study).out().contains("0 mémo(s)."));
    Run gone = TestCli.run("memo", "edit", study, "1", "--auteur", "alice", "--texte", "Encore ?");
    assertEquals(3, gone.exit());
    assertTrue(gone.err().contains("Le mémo n° 1 a été supprimé par alice le "), gone.err());
    try (var store = s.openStore()) {
      assertEquals(2, store.memoQueries().earlierTexts(1).size(), "both earlier texts kept");
      var kept = store.memoQueries().stored(1).orElseThrow();
      assertEquals("alice", kept.deletedBy());
      assertEquals("Troisième jet.", kept.text());
    }
  }

  @Test
  void editingOrDeletingABadMemoNumberIsAUserError() {
    String study = study().toString();
    Run none = TestCli.run("memo", "edit", study, "42", "--auteur", "alice", "--texte", "x");
    assertEquals(3, none.exit());
    assertTrue(none.err().contains("L'étude n'a pas de mémo n° 42."), none.err());
    assertEquals(3, TestCli.run("memo", "delete", study, "42", "--auteur", "alice").exit());
    assertEquals(2, TestCli.run("memo", "edit", study, "douze", "--auteur", "alice", "--texte", "x").exit());
    assertEquals(2, TestCli.run("memo", "delete", study).exit(), "no memo number");
    assertEquals(0, TestCli.run("memo", "add", study, "--auteur", "alice", "--texte", "Stable.").exit());
    Run empty = TestCli.run("memo", "edit", study, "1", "--auteur", "alice", "--texte", "  ");
    assertEquals(3, empty.exit());
    assertTrue(empty.err().contains("le mémo n° 1 n'a pas été modifié"), empty.err());
    assertTrue(TestCli.run("memo", "list", study).out().contains("Stable."));
  }

  @Test
  void badMemosAreRefusedInFrenchWithExitThreeAndNothingStored() {
    String study = study().toString();
    Run empty = TestCli.run("memo", "add", study, "--auteur", "alice", "--texte", "   ");
    assertEquals(3, empty.exit());
    assertTrue(empty.err().contains("Un mémo doit contenir du texte (au plus 5000 caractères)"), empty.err());
    assertEquals(3, TestCli.run("memo", "add", study, "--auteur", "alice", "--texte", "a".repeat(5001)).exit());
    Run code = TestCli.run("memo", "add", study, "--auteur", "alice", "--code", "livre/type/rien", "--texte", "x");
    assertEquals(3, code.exit());
    assertTrue(code.err().contains("Le code « livre/type/rien » n'existe pas"), code.err());
    Run segment = TestCli.run("memo", "add", study, "--auteur", "alice", "--segment", "douze", "--texte", "x");
    assertEquals(3, segment.exit());
    assertTrue(segment.err().contains("« douze » n'en est pas un"), segment.err());
    assertEquals(3, TestCli.run("memo", "add", study, "--auteur", "alice", "--segment", "999", "--texte", "x").exit());
    assertEquals(2, TestCli.run("memo", "add", study, "--auteur", "alice", "--segment", "4", "--code", "livre/type/info",
        "--texte", "x").exit());
    assertEquals(3, TestCli.run("memo", "list", study, "--type", "planete").exit());
    assertTrue(TestCli.run("memo", "list", study).out().contains("0 mémo(s)."));
  }

  @Test
  void theReportHasTheMemosPseudonymisedOnThePageAndInMemosCsv() throws Exception {
    Path study = study();
    assertEquals(0, TestCli.run("memo", "add", study.toString(), "--auteur", "alice", "--segment", "4", "--texte",
        "=Mme Lefèvre est citée.").exit());
    Path out = dir.resolve("rapports");
    Run report = TestCli.run("report", study.toString(), "--out", out.toString(), "-q");
    assertEquals(0, report.exit(), report.err());
    Path folder;
    try (var folders = Files.list(out)) {
      folder = folders.findFirst().orElseThrow();
    }
    String csv = Files.readString(folder.resolve("tableaux/memos.csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("Segment,entretiens/a.md,Chaque patient reçoit un livret de") && csv.contains("alice"), csv);
    assertFalse(csv.contains("Lefèvre"), csv);
    assertTrue(csv.contains("'=Mme"), "neutralised: " + csv);
    String html = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("<h2 id=\"memos\">Mémos</h2>") && html.contains("Mémos de l&apos;équipe"), html);
    assertFalse(html.contains("Lefèvre"));
  }
}
