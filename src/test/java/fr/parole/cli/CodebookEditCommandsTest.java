package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole codebook create … restore, as a user types them. */
class CodebookEditCommandsTest {
  @TempDir
  Path dir;

  private Path importedDemo() {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    return study;
  }

  private static long codings(Path study, String code) {
    try (StudyStore store = Study.open(study).openStore()) {
      return store.codingQueries().codings("partenariat").stream().filter(c -> c.code().equals(code)).count();
    }
  }

  @Test
  void createEditMergeDeleteAndRestoreFromTheTerminal() throws Exception {
    Path study = importedDemo();
    String s = study.toString();
    long segment = TestStudies.segments(study).stream().filter(x -> x.kind().isAnalysed()).findFirst().orElseThrow().id();
    assertEquals(0, TestCli.run("code", s, "--segment", String.valueOf(segment), "--code", "type/formation", "--coder",
        "alice").exit());
    Run created = TestCli.run("codebook", "create", s, "type", "Temps partagé", "--sous", "levier", "--par", "alice");
    assertEquals(0, created.exit(), created.err());
    assertTrue(created.out().contains("Version 2 du livre de codes « partenariat » : Code « Temps partagé » créé dans "
        + "« Type d'énoncé » sous « Levier »."), created.out());
    Run edited = TestCli.run("codebook", "edit", s, "type/temps_partage", "--color", "#2CA02C", "--par", "alice");
    assertEquals(0, edited.exit(), edited.err());
    assertTrue(Files.readString(study.resolve("codebooks/partenariat.yaml")).contains("color: \"#2ca02c\""));
    Run merged = TestCli.run("codebook", "merge", s, "type/formation", "type/temps_partage", "--par", "bob");
    assertEquals(0, merged.exit(), merged.err());
    assertEquals(1, codings(study, "type/temps_partage"));
    Run dry = TestCli.run("codebook", "delete", s, "type/temps_partage");
    assertEquals(1, dry.exit());
    assertTrue(dry.out().contains("1 codage(s) ou décision(s) de personnes seront archivés") && dry.out()
        .contains("Rien n'a été supprimé"), dry.out());
    Run deleted = TestCli.run("codebook", "delete", s, "type/temps_partage", "--oui", "--par", "bob");
    assertEquals(0, deleted.exit(), deleted.err());
    assertEquals(0, codings(study, "type/temps_partage"));
    Run versions = TestCli.run("codebook", "versions", s);
    assertTrue(versions.out().contains("  5  ") && versions.out().contains("bob") && versions.out()
        .contains("Version d'origine"), versions.out());
    Run restored = TestCli.run("codebook", "restore", s, "1", "--par", "alice");
    assertEquals(0, restored.exit(), restored.err());
    assertEquals(1, codings(study, "type/formation"));
  }

  @Test
  void badInputIsOneFrenchLineAndExit3() {
    Path study = importedDemo();
    String s = study.toString();
    Run self = TestCli.run("codebook", "merge", s, "type/levier", "type/formation");
    assertEquals(3, self.exit());
    assertTrue(self.err().contains("« Formation et acculturation » est un sous-code de « Levier »"), self.err());
    assertFalse(self.err().contains("Exception"), self.err());
    Run colour = TestCli.run("codebook", "edit", s, "type/levier", "--color", "vert");
    assertEquals(3, colour.exit());
    assertTrue(colour.err().contains("#rrggbb"), colour.err());
    Run unknown = TestCli.run("codebook", "move", s, "type/inconnu", "--vers", "type/levier");
    assertEquals(3, unknown.exit());
    assertTrue(unknown.err().contains("Code inconnu « type/inconnu »"), unknown.err());
    assertFalse(Files.exists(study.resolve("codebooks")), "nothing written after a refusal");
    Run old = TestCli.run("codebook", "restore", s, "7");
    assertEquals(3, old.exit());
  }

  @Test
  void helpIsFrenchWithExamples() {
    Run help = TestCli.run("codebook", "merge", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("Fusionne un code dans un autre") && help.out()
        .contains("parole codebook merge corpora/demo type/formation type/levier"), help.out());
    Run parent = TestCli.run("codebook", "--help");
    assertTrue(parent.out().contains("restore") && parent.out().contains("versions"), parent.out());
    assertEquals(0, TestCli.run("codebook", "partenariat").exit(), "the codebook is still shown by name");
  }

  @Test
  void splitMovesTheCodingsASearchFindsAfterSayingHowManyAndRefusesABadQuery() throws Exception {
    Path study = importedDemo();
    String s = study.toString();
    List<SegmentRecord> interviews = TestStudies.segments(study).stream().filter(x -> x.kind().isAnalysed()
        && x.sourcePath().startsWith("entretiens")).toList();
    long found = interviews.stream().filter(x -> x.text().contains("flèchent")).findFirst().orElseThrow().id();
    long other = interviews.stream().filter(x -> !x.text().contains("flèchent")).findFirst().orElseThrow().id();
    for (long segment : new long[] {found, other}) {
      assertEquals(0, TestCli.run("code", s, "--segment", String.valueOf(segment), "--code", "type/formation", "--coder",
          "alice").exit());
    }
    Run listed = TestCli.run("codebook", "segments", s, "type/formation");
    assertEquals(0, listed.exit(), listed.err());
    assertTrue(listed.out().contains(String.valueOf(found)) && listed.out().contains("2 segment(s) en tout, page 1 sur 1"),
        listed.out());
    Run dry = TestCli.run("codebook", "split", s, "type/formation", "Repérage", "--requete", "flèchent");
    assertEquals(1, dry.exit(), dry.err());
    assertTrue(dry.out().contains("1 codage(s) de « Formation et acculturation » sur 1 segment(s) (recherche « flèchent »"
        + " : 1 segment(s)) passeront sur « Repérage »") && dry.out().contains("Rien n'a été modifié"), dry.out());
    assertEquals(2, codings(study, "type/formation"));
    Run split = TestCli.run("codebook", "split", s, "type/formation", "Repérage", "--requete", "flèchent", "--oui",
        "--par", "alice");
    assertEquals(0, split.exit(), split.err());
    assertEquals(1, codings(study, "type/reperage"));
    assertEquals(1, codings(study, "type/formation"));
    Run bad = TestCli.run("codebook", "split", s, "type/formation", "Autre", "--requete", "patient AND (");
    assertEquals(3, bad.exit());
    assertTrue(bad.err().contains("Scission de « Formation et acculturation »") && !bad.err().contains("Exception"),
        bad.err());
    Run none = TestCli.run("codebook", "split", s, "type/formation", "Autre", "--segment", String.valueOf(found), "--oui");
    assertEquals(3, none.exit());
    assertTrue(none.err().contains("n'est pas codé(s) « Formation et acculturation »"), none.err());
    Run restored = TestCli.run("codebook", "restore", s, "1", "--par", "bob");
    assertEquals(0, restored.exit(), restored.err());
    assertEquals(2, codings(study, "type/formation"));
  }

  @Test
  void aMergeIntoAnExclusiveDimensionThatWouldDoubleASegmentIsRefused() {
    Path study = importedDemo();
    String s = study.toString();
    long segment = TestStudies.segments(study).stream().filter(x -> x.kind().isAnalysed()
        && x.sourcePath().startsWith("entretiens")).findFirst().orElseThrow().id();
    for (String code : new String[] {"type/formation", "niveau/intermediaire"}) {
      assertEquals(0, TestCli.run("code", s, "--segment", String.valueOf(segment), "--code", code, "--coder", "alice")
          .exit());
    }
    Run refused = TestCli.run("codebook", "merge", s, "type/formation", "niveau/institutionnel", "--par", "bob");
    assertEquals(3, refused.exit());
    assertTrue(refused.err().contains("est exclusive (un code par segment) et 1 segment porterait alors deux de ses codes"),
        refused.err());
    assertEquals(1, codings(study, "type/formation"));
  }

  @Test
  void aNewIdRetrainsTheStudysOwnModelWhichThenNamesTheNewId() throws Exception {
    Path study = importedDemo();
    String s = study.toString();
    List<SegmentRecord> turns = TestStudies.segments(study).stream().filter(x -> x.kind().isAnalysed()
        && x.sourcePath().startsWith("entretiens")).toList();
    assertEquals(0, TestCli.run("code", s, "--segment", String.valueOf(turns.get(0).id()), "--code", "type/formation",
        "--coder", "alice").exit());
    assertEquals(0, TestCli.run("code", s, "--segment", String.valueOf(turns.get(1).id()), "--code", "type/levier",
        "--coder", "alice").exit());
    Run trained = TestCli.run("train", s);
    assertEquals(0, trained.exit(), trained.err());
    Run renamed = TestCli.run("codebook", "rename", s, "type/formation", "--id", "acculturation", "--par", "alice");
    assertEquals(0, renamed.exit(), renamed.err());
    assertTrue(renamed.out().contains("Le modèle appris de l'étude a été réentraîné"), renamed.out());
    StringBuilder model = new StringBuilder();
    try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(
        study.resolve(".parole/models/partenariat/type.bin")))) {
      while (zip.getNextEntry() != null) {
        model.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    assertTrue(model.toString().contains("acculturation") && !model.toString().contains("type/formation"), "the model names the new id");
  }
}
