package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.study.Study;
import fr.parole.study.StudyConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole init for what a study holds, and the codebook its comments get. */
class InitCommandTest {
  static final String COMMENTS = "Commentaire;Établissement\nLes repas étaient froids et l'attente trop longue.;CHU1\n"
      + "Accueil chaleureux, merci.;CHU1\n";
  static final String WARNING = "verbatims/ (commentaires) est codé avec « partenariat », un livre de codes fait pour "
      + "les entretiens";

  @TempDir
  Path dir;

  @Test
  void aVerbatimsStudyCodesItsCommentsWithTheEsatisCodebook() throws Exception {
    Path study = dir.resolve("avis");
    Run init = TestCli.run("init", study.toString(), "--verbatims");
    assertEquals(0, init.exit(), init.err());
    assertTrue(init.out().contains("déposez les exports de commentaires (.csv, .xlsx) dans"), init.out());
    assertFalse(Files.exists(study.resolve("entretiens")));
    StudyConfig config = Study.open(study).config();
    assertEquals("esatis", config.codebook());
    assertEquals("verbatims", config.sources().get(0).type());
    assertEquals(1, config.sources().size());

    Files.writeString(study.resolve("verbatims/avis.csv"), COMMENTS);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Run code = TestCli.run("code", study.toString(), "-q");
    assertEquals(0, code.exit(), code.err());
    assertTrue(code.out().contains("livre de codes « esatis »") && code.out().contains("esatis/repas"), code.out());
    assertFalse(code.err().contains("fait pour les entretiens"), code.err());
  }

  @Test
  void interviewsAndCommentsTogetherGetOneCodebookEach() throws Exception {
    Path study = dir.resolve("les-deux");
    assertEquals(0, TestCli.run("init", study.toString(), "--entretiens", "--verbatims").exit());
    assertTrue(Files.isDirectory(study.resolve("entretiens")) && Files.isDirectory(study.resolve("verbatims")));
    StudyConfig config = Study.open(study).config();
    assertEquals("partenariat", config.codebook());
    assertEquals("esatis", config.sources().get(1).codebook());
    assertTrue(config.attributes().contains("polarity"), config.attributes().toString());

    Files.writeString(study.resolve("verbatims/avis.csv"), COMMENTS);
    Files.writeString(study.resolve("entretiens/IDE1.md"), "IDE 1 : Le comité de pilotage associe les usagers.\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Run code = TestCli.run("code", study.toString(), "-q");
    assertEquals(0, code.exit(), code.err());
    assertTrue(code.out().contains("Livre de codes « partenariat »") && code.out().contains("Livre de codes « esatis »"),
        code.out());
    assertFalse(code.err().contains(WARNING), code.err());
  }

  @Test
  void commentsCodedWithTheInterviewCodebookAreWarnedAbout() throws Exception {
    Path study = dir.resolve("entretiens");
    assertEquals(0, TestCli.run("init", study.toString()).exit());
    Path yaml = study.resolve("study.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("#  - path: verbatims/\n#    type: verbatims\n"
        + "#    codebook: esatis", "  - path: verbatims/\n    type: verbatims\n#    codebook: esatis"));
    Files.createDirectories(study.resolve("verbatims"));
    Files.writeString(study.resolve("verbatims/avis.csv"), COMMENTS);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Run code = TestCli.run("code", study.toString(), "-q");
    assertEquals(0, code.exit(), code.err());
    assertTrue(code.err().contains("attention : " + WARNING), code.err());
    assertTrue(code.err().contains("ajoutez « codebook: esatis » à cette source dans study.yaml"), code.err());
    Run explicit = TestCli.run("code", study.toString(), "-q", "--codebook", "partenariat");
    assertTrue(explicit.err().contains(WARNING), explicit.err());
  }

  @Test
  void aFolderThatHoldsAStudyAlreadyIsRefused() {
    Path study = dir.resolve("deja");
    assertEquals(0, TestCli.run("init", study.toString(), "--verbatims").exit());
    Run again = TestCli.run("init", study.toString());
    assertEquals(ExitCodes.DATA, again.exit());
    assertTrue(again.err().contains("contient déjà une étude"), again.err());
    Run typo = TestCli.run("init", dir.resolve("autre").toString(), "--verbatim");
    assertEquals(ExitCodes.USAGE, typo.exit());
    assertTrue(typo.err().contains("option inconnue : --verbatim") && typo.err().contains("--verbatims"), typo.err());
  }
}
