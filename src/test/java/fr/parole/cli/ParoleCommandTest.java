package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParoleCommandTest {
  @TempDir
  Path dir;

  private static Run run(String... args) {
    return TestCli.run(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"init", "import", "status", "search", "reindex", "report", "run", "demo", "codebook", "classify", "code", "evaluate", "agreement", "review", "pseudonymise", "train"})
  void everyCommandHasHelpWithAnExample(String command) {
    Run run = run(command, "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("Exemple"), run.out());
    assertTrue(run.out().contains("parole " + command) || run.out().contains("./parole " + command), run.out());
  }

  @Test
  void noVerbPrintsUsageAndFails() {
    Run run = run();
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("import"));
  }

  @Test
  void anUnknownVerbIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("importer", "x").exit());
  }

  @Test
  void aFolderThatIsNotAStudyGivesOneClearLine() throws Exception {
    Files.createDirectories(dir.resolve("pas-une-etude"));
    Run run = run("import", dir.resolve("pas-une-etude").toString());
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("study.yaml"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace for a user error: " + run.err());
  }

  @Test
  void initImportStatusSearchReport() throws Exception {
    Path study = dir.resolve("etude");
    assertEquals(0, run("init", study.toString()).exit());
    Files.writeString(study.resolve("entretiens/CGS3.md"),
        "# Entretien\n\n## Niveau institutionnel\n\nQ : Comment associez-vous les usagers ?\n\n"
            + "CGS 3 : Je ne fais aucun projet sans inviter un usager ou un RU.\n");
    Run imported = run("import", study.toString(), "--quiet");
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().contains("entretiens/CGS3.md : 1 segment(s)"), imported.out());

    Run again = run("import", study.toString(), "--quiet");
    assertEquals(0, again.exit());
    assertTrue(again.out().contains("déjà importé"), again.out());

    Run status = run("status", study.toString());
    assertTrue(status.out().contains("establishment : CHU3 (1)"), status.out());
    assertTrue(status.out().contains("level : institutionnel (1)"), status.out());

    Run search = run("search", study.toString(), "usager", "--where", "role=CGS");
    assertEquals(0, search.exit(), search.err());
    assertTrue(search.out().contains("[usager]"), search.out());
    assertTrue(search.out().contains("establishment : CHU3 1"), search.out());

    Run report = run("report", study.toString(), "--out", dir.resolve("rapports").toString());
    assertEquals(0, report.exit(), report.err());
    assertTrue(Files.exists(dir.resolve("rapports/etude/index.html")));
    assertTrue(Files.readString(dir.resolve("rapports/etude/index.html")).contains("<html lang=\"fr\">"));

    Run english = run("report", study.toString(), "--out", dir.resolve("reports").toString(), "--lang", "en");
    assertEquals(0, english.exit(), english.err());
    String html = Files.readString(dir.resolve("reports/etude/index.html"));
    assertTrue(html.contains("<html lang=\"en\">") && html.contains(">Method</a>"), html);
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "run", "demo"})
  void anUnknownReportLanguageIsAUsageErrorListingTheLanguages(String command) throws Exception {
    Path study = TestStudies.write(dir.resolve("l"), "sources:\n  - path: entretiens/\n",
        "entretiens/a.md", "IDE 1 : Bonjour.\n");
    Run run = command.equals("demo") ? run("demo", "--corpus", study.toString(), "--lang", "de")
        : run(command, study.toString(), "--lang", "de", "--out", dir.resolve("out").toString());
    assertEquals(ExitCodes.USAGE, run.exit(), run.err());
    assertTrue(run.err().contains("Langue du rapport inconnue : « de ». Langues possibles : fr, en."), run.err());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    assertFalse(Files.exists(study.resolve(".parole")), "nothing imported");
  }

  @ParameterizedTest
  @ValueSource(strings = {"report", "run", "demo"})
  void theReportCommandsShowTheLanguageOptionAndAnExample(String command) {
    Run run = run(command, "--help");
    assertTrue(run.out().contains("--lang=<langue>") && run.out().contains("--lang en"), run.out());
  }

  @Test
  void aFailingFileMakesImportFailButKeepsTheOthers() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n",
        "entretiens/bon.md", "IDE 1 : Tout va bien.\n");
    Files.write(study.resolve("entretiens/faux.docx"), "pas un zip".getBytes());
    Run run = run("import", study.toString(), "--quiet");
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("faux.docx"), run.err());
    assertTrue(run.out().contains("bon.md : 1 segment(s)"), run.out());
  }

  @Test
  void aBadQuestionnaireAnswerExitsWith3NamingFileRowAndColumnAndStatusCountsTheGoodFile() throws Exception {
    Path study = TestStudies.write(dir.resolve("q"), """
        sources:
          - path: reponses/
            type: questionnaire
            questionnaire: checklist-has-partenariat
            attributes: [etablissement]
        """,
        "reponses/a.csv", "etablissement;diagnostic_partage;commentaire\nCHU1;oui;Bien.\nCH2;en cours;\n",
        "reponses/b.csv", "etablissement;diagnostic_partage\nCHU3;Peut-être\n");

    Run run = run("import", study.toString(), "--quiet");

    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("erreur : reponses/b.csv, ligne 2, colonne « diagnostic_partage » : « Peut-être »"
        + " n'est pas une réponse prévue (attendu : Oui, Non ou En cours"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertTrue(run.out().contains("reponses/a.csv : 2 répondant(s), 1 segment(s)"), run.out());
    Run status = run("status", study.toString());
    assertTrue(status.out().contains("checklist-has-partenariat      1 fichier(s)     2 répondant(s)      3 réponse(s)"
        + " dont 1 ouverte(s)"), status.out());
  }

  @Test
  void tsvSearchNeutralisesFormulas() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n",
        "entretiens/a.md", "IDE 1 : =HYPERLINK(\"http://x\") formation\n");
    assertEquals(0, run("import", study.toString(), "-q").exit());
    Run run = run("search", study.toString(), "formation", "--format", "tsv");
    String[] lines = run.out().split("\n");
    assertEquals("segment_id\tsource\tline\tspeaker\tleft\tmatch\tright\tstart\tend", lines[0]);
    assertTrue(lines[1].contains("\t'=HYPERLINK"), lines[1]);
  }

  @Test
  void tsvSearchIsPseudonymisedUnlessRawIsAsked() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n",
        "entretiens/a.md", "IDE 1 : Le Dr Lefebvre nous a expliqué la formation, appelez le 06 12 34 56 78.\n");
    assertEquals(0, run("import", study.toString(), "-q").exit());
    String shared = run("search", study.toString(), "formation", "--format", "tsv").out();
    assertTrue(shared.contains("[NOM-1]") && shared.contains("[TEL]"), shared);
    assertTrue(!shared.contains("Lefebvre") && !shared.contains("06 12"), shared);
    assertTrue(shared.contains("formation"), shared);
    String raw = run("search", study.toString(), "formation", "--format", "tsv", "--raw").out();
    assertTrue(raw.contains("Dr Lefebvre") && raw.contains("06 12 34 56 78"), raw);
  }

  @Test
  void demoBuildsTheShippedStudyAndItsReport() {
    Path corpus = TestStudies.copyOfDemo(dir.resolve("demo"));
    Run run = run("demo", "--corpus", corpus.toString(), "--out", dir.resolve("reports").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(Files.exists(dir.resolve("reports/demo/index.html")));
    assertTrue(run.out().contains("Rapport écrit"));
    // The demo's report shows every section: the lexical classes too, not the note asking for them.
    String html = assertDoesNotThrow(() -> Files.readString(dir.resolve("reports/demo/index.html")));
    String classes = html.substring(html.indexOf("<h2 id=\"classes\">"), html.indexOf("<h2 id=\"esatis\">"));
    assertTrue(classes.contains("Dendrogramme des classes") && !classes.contains("Aucune classification"), classes);
  }
}
