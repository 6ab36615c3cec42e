package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.importer.ZipBombs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Only the study's own files", through the command line: paths and links, zip bombs, terminal escapes. */
class StudyFilesTest {
  private static final String TRANSCRIPTS = "sources:\n  - path: entretiens/\n    type: transcript\n";
  private static final String GOOD = "CGS 3 : Je ne fais aucun projet sans inviter un usager.\n";

  @TempDir
  Path dir;

  private static String texts(Path study) {
    return String.join("\n", TestStudies.segments(study).stream().map(s -> s.sourcePath() + " " + s.text()).toList());
  }

  private static void assertNoStackTrace(Run run) {
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void aSourceOutsideTheStudyIsRefusedNamingItsEntryAndHowToAllowIt() throws Exception {
    Path secret = Files.writeString(Files.createDirectories(dir.resolve("ailleurs")).resolve("secret.txt"),
        "IDE 1 : le code de la porte est 1234.\n");
    for (String path : List.of(secret.toString(), "../ailleurs/secret.txt", "../ailleurs/", "/etc/")) {
      Path study = TestStudies.write(dir.resolve("etude"), TRANSCRIPTS + "  - path: " + path + "\n",
          "entretiens/CGS3.md", GOOD);
      Run run = TestCli.run("import", study.toString());
      assertEquals(ExitCodes.DATA, run.exit(), run.err());
      assertTrue(run.err().contains("study.yaml, ligne 4, source « " + path + " » : ce chemin mène hors du dossier "
          + "de l'étude"), run.err());
      assertTrue(run.err().contains("allow_outside: true"), run.err());
      assertNoStackTrace(run);
      assertEquals("", texts(study), "nothing imported when study.yaml lists a path outside");
    }
  }

  @Test
  void allowOutsideOnTheEntryLetsItBeRead() throws Exception {
    Files.writeString(Files.createDirectories(dir.resolve("partage")).resolve("MED1.md"),
        "MED 1 : les usagers relisent nos protocoles.\n");
    Path study = TestStudies.write(dir.resolve("etude"), TRANSCRIPTS
        + "  - path: ../partage/\n    type: transcript\n    allow_outside: true\n", "entretiens/CGS3.md", GOOD);
    Run run = TestCli.run("import", study.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(texts(study).contains("../partage/MED1.md les usagers relisent"), texts(study));
  }

  @Test
  void aSymbolicLinkLeadingOutOfTheStudyIsRefusedAndTheOtherFilesGoIn() throws Exception {
    Path secret = Files.writeString(Files.createDirectories(dir.resolve("ailleurs")).resolve("secret.txt"),
        "IDE 1 : le code de la porte est 1234.\n");
    Path study = TestStudies.write(dir.resolve("etude"), TRANSCRIPTS, "entretiens/CGS3.md", GOOD,
        "entretiens/interne/MED2.md", "MED 2 : un lien vers un fichier de l'étude est lu.\n");
    Files.createSymbolicLink(study.resolve("entretiens/lien.txt"), secret);
    Files.createSymbolicLink(study.resolve("entretiens/MED2.md"), study.resolve("entretiens/interne/MED2.md"));
    Run run = TestCli.run("import", study.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.err());
    assertTrue(run.err().contains("erreur : entretiens/lien.txt : lien symbolique qui mène hors du dossier de "
        + "l'étude, refusé (study.yaml, ligne 2, source « entretiens/ »)"), run.err());
    assertTrue(run.err().contains("allow_outside: true"), run.err());
    assertNoStackTrace(run);
    String texts = texts(study);
    assertFalse(texts.contains("1234"), texts);
    assertTrue(texts.contains("entretiens/CGS3.md Je ne fais"), texts);
    assertTrue(texts.contains("entretiens/MED2.md un lien vers un fichier de l'étude"), texts);
  }

  @Test
  void casesCodebookAndQuestionnaireFilesOutsideTheStudyAreRefusedNamingTheirLine() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("ailleurs"));
    Files.writeString(outside.resolve("cas.csv"), "source,role\nentretiens/CGS3.md,CGS\n");
    Files.copy(Path.of("models/codebooks/partenariat.yaml"), outside.resolve("livre.yaml"));
    Files.copy(Path.of("models/questionnaires/checklist-has-partenariat.yaml"), outside.resolve("def.yaml"));
    Path study = TestStudies.write(dir.resolve("etude"), TRANSCRIPTS + "cases:\n  - ../ailleurs/cas.csv\n",
        "entretiens/CGS3.md", GOOD);
    Run run = TestCli.run("import", study.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.err());
    assertTrue(run.err().contains("study.yaml, ligne 5, « cases: ../ailleurs/cas.csv » : ce chemin mène hors du "
        + "dossier de l'étude"), run.err());
    assertNoStackTrace(run);
    assertEquals("", texts(study), "nothing imported");

    String codebook = outside.resolve("livre.yaml").toString();
    study = TestStudies.write(dir.resolve("etude2"), TRANSCRIPTS + "codebook: " + codebook + "\n",
        "entretiens/CGS3.md", GOOD);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    run = TestCli.run("code", study.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.err());
    assertTrue(run.err().contains("study.yaml, ligne 4, « codebook: " + codebook + " » : ce chemin mène hors du"),
        run.err());
    assertNoStackTrace(run);
    Path typed = Files.copy(outside.resolve("livre.yaml"), outside.resolve("mon-livre.yaml"));
    run = TestCli.run("code", study.toString(), "--codebook", typed.toString());
    assertEquals(0, run.exit(), "a codebook typed on the command line is the user's own choice: " + run.err());

    study = TestStudies.write(dir.resolve("etude3"), "sources:\n  - path: questionnaires/\n    type: questionnaire\n"
        + "    questionnaire: ../ailleurs/def.yaml\n", "questionnaires/r.csv", "id\n1\n");
    run = TestCli.run("import", study.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.err());
    assertTrue(run.err().contains("study.yaml, ligne 4, « questionnaire: ../ailleurs/def.yaml » : ce chemin mène hors"
        + " du dossier de l'étude"), run.err());
    assertTrue(run.err().contains("allow_outside: true"), run.err());
    assertNoStackTrace(run);
  }

  @Test
  void aZipBombIsRefusedNamingTheFileAndTheOtherFilesGoIn() throws Exception {
    Path study = TestStudies.write(dir.resolve("etude"), TRANSCRIPTS
        + "  - path: verbatims/\n    type: verbatims\n", "entretiens/CGS3.md", GOOD,
        "verbatims/avis.csv", "Commentaire\nAccueil chaleureux du service.\n");
    Files.write(study.resolve("entretiens/bombe.docx"), ZipBombs.docx(400));
    Files.write(study.resolve("verbatims/bombe.xlsx"), ZipBombs.xlsx(400));
    Run run = TestCli.run("import", study.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.err());
    assertTrue(run.err().contains("erreur : entretiens/bombe.docx : archive refusée par sécurité"), run.err());
    assertTrue(run.err().contains("erreur : verbatims/bombe.xlsx : archive refusée par sécurité"), run.err());
    assertNoStackTrace(run);
    assertTrue(run.out().contains("2 fichier(s) importé(s)"), run.out());
    String texts = texts(study);
    assertFalse(texts.contains("bombe"), texts);
    assertTrue(texts.contains("verbatims/avis.csv Accueil chaleureux"), texts);
  }

  @Test
  void terminalEscapesAreRemovedAtImportWithAWarningNamingTheFileAndLine() throws Exception {
    Path study = TestStudies.write(dir.resolve("etude"), TRANSCRIPTS
        + "  - path: verbatims/\n    type: verbatims\n",
        "entretiens/CGS3.md", "# Entretien\n\nCGS 3 : un usager \u001B]0;titre volé\u0007 siège\u001B[2J au CA.\r\n",
        "verbatims/avis.csv", "Commentaire\nAccueil correct.\n\"Service \u001B[1A\u001B[2Kpropre\u009B31m.\"\n");
    Run run = TestCli.run("import", study.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("attention : entretiens/CGS3.md : ligne 3 (et peut-être d'autres) : caractères de "
        + "contrôle, d'inversion du sens d'écriture ou séquences d'échappement de terminal retirés"), run.err());
    assertTrue(run.err().contains("attention : verbatims/avis.csv : ligne 3 (et peut-être d'autres)"), run.err());
    String texts = texts(study);
    assertTrue(texts.contains("entretiens/CGS3.md un usager  siège au CA."), texts);
    assertTrue(texts.contains("verbatims/avis.csv Service propre."), texts);
    Run search = TestCli.run("search", study.toString(), "usager OR propre");
    assertEquals(0, search.exit(), search.err());
    assertFalse(search.out().chars().anyMatch(c -> c == 0x1B || c == 0x9B || c == 0x07 || c == '\r'), search.out());
  }

  @Test
  void whatACommandPrintsHasNoEscapeSequenceEvenFromAFileName() throws Exception {
    Path study = TestStudies.write(dir.resolve("etude"), TRANSCRIPTS,
        "entretiens/CGS3\u001B]0;titre volé\u0007\u001B[2J.md", GOOD, "entretiens/MED1\u009B2J.odt", "pas une archive");
    Run run = TestCli.run("import", study.toString());
    assertEquals(ExitCodes.DATA, run.exit(), run.err());
    assertTrue(run.out().contains("importé   entretiens/CGS3.md : 1 segment(s)"), run.out());
    assertTrue(run.err().contains("erreur : entretiens/MED1.odt : "), run.err());
    for (String printed : List.of(run.out(), run.err())) {
      assertFalse(printed.chars().anyMatch(c -> c == 0x1B || c == 0x9B || c == 0x07), printed);
    }
  }

  @Test
  void theCommandLineProgressLineStillRedrawsItselfWithACarriageReturn() {
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter safe = TerminalWriter.safe(new java.io.PrintWriter(text));
    safe.print("\rImport : 3/10\u001B[K");
    safe.print('\u0007');
    safe.println(" fini");
    assertEquals("\rImport : 3/10 fini" + System.lineSeparator(), text.toString());
  }

  @Test
  void theStudyTemplatesSayHowToAllowASourceOutsideTheStudy() throws Exception {
    for (String contents : List.of("--entretiens", "--verbatims")) {
      Path study = dir.resolve("init" + contents);
      assertEquals(0, TestCli.run("init", study.toString(), contents).exit());
      String yaml = Files.readString(study.resolve("study.yaml"), StandardCharsets.UTF_8);
      assertTrue(yaml.contains("#    allow_outside: true   # lire cette source hors du dossier de l'étude"), yaml);
    }
  }

  @Test
  void theDemoStudyListsItsSharedEsatisFilesWithAllowOutside() throws Exception {
    String yaml = Files.readString(TestStudies.DEMO.resolve("study.yaml"), StandardCharsets.UTF_8);
    assertTrue(yaml.contains("  - path: ../esatis/resultats-esatis48h-mco-open-data-2019.csv\n    type: esatis\n"
        + "    allow_outside: true\n"), yaml);
  }
}
