package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report is cut by (--par, --dimension), and the report's bad input, through the command line. */
class ReportOptionsCommandTest {
  private static final String YAML = """
      sources:
        - path: entretiens/
      attributes: [establishment, role]
      speakers:
        pattern: '^(?<role>\\p{L}+)\\.?\\s*(?<establishment>\\d+)$'
        values:
          establishment: { "1": CHU1, "2": CH2, "3": CHU3 }
      codebook: partenariat
      """;
  /** Two roles in three establishments; CHU3's turns will be coded in « niveau » only. */
  private static final String INTERVIEW = """
      IDE 1 : La formation commune avec les patients nous aide beaucoup.
      CGS 1 : Le manque de temps bloque les projets avec les usagers.
      IDE 2 : Le patient partenaire anime la formation avec nous.
      CGS 2 : Les équipes manquent de temps, les projets restent bloqués.
      IDE 3 : Au comité de pilotage siège un représentant des usagers.
      CGS 3 : La commission des usagers valide le projet d'établissement.
      """;

  @TempDir
  Path dir;

  private Path study() {
    return TestStudies.write(dir.resolve("s"), YAML, "entretiens/a.md", INTERVIEW);
  }

  private Path imported() {
    Path study = study();
    Run run = TestCli.run("import", study.toString(), "-q");
    assertEquals(0, run.exit(), run.err());
    return study;
  }

  /** Codes by hand the segment that contains {@code word} (its id read from the TSV search). */
  private static void code(Path study, String word, String code) {
    Run search = TestCli.run("search", study.toString(), word, "--format", "tsv");
    String id = search.out().split("\n")[1].split("\t")[0];
    Run coded = TestCli.run("code", study.toString(), "--segment", id, "--code", code, "--coder", "alice");
    assertEquals(0, coded.exit(), coded.err());
  }

  private Path coded() {
    Path study = imported();
    code(study, "aide", "type/levier");
    code(study, "bloque", "type/obstacle");
    code(study, "anime", "type/levier");
    code(study, "restent", "type/obstacle");
    code(study, "pilotage", "niveau/institutionnel");
    code(study, "commission", "niveau/institutionnel");
    return study;
  }

  @Test
  void anAttributeThatDoesNotExistIsRefusedListingThoseThatDoAndNoReportIsWritten() {
    Path study = imported();
    Path out = dir.resolve("rapports");
    Run run = TestCli.run("report", study.toString(), "--out", out.toString(), "--par", "rol", "--par", "role");
    assertEquals(ExitCodes.DATA, run.exit());
    assertEquals("parole : attribut inconnu pour --par : « rol » ; attributs de l'étude : establishment, role.",
        run.err().strip());
    assertFalse(Files.exists(out.resolve("s")), "no report written");
  }

  @Test
  void aDimensionThatDoesNotExistIsRefusedListingThoseOfTheStudysCodebooks() {
    Path study = imported();
    Path out = dir.resolve("rapports");
    Run run = TestCli.run("report", study.toString(), "--out", out.toString(), "--dimension", "typ");
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().startsWith("parole : dimension inconnue pour --dimension : « typ » ; dimensions des livres "
        + "de codes de l'étude : acteur, niveau, type (livre « partenariat »)."), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(Files.exists(out.resolve("s")));
  }

  @Test
  void runRefusesAnUnknownDimensionToo() {
    Path study = TestStudies.write(dir.resolve("s"), YAML.replace("codebook: partenariat\n", ""), "entretiens/a.md",
        INTERVIEW);
    Run run = TestCli.run("run", study.toString(), "-q", "--out", dir.resolve("r").toString(), "--dimension", "type");
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("« type » ; l'étude n'a aucun livre de codes"), run.err());
    assertFalse(Files.exists(dir.resolve("r/s")));
  }

  @Test
  void parGivesEachAttributeItsSectionAndCrossesTheDimensionWithIt() throws Exception {
    Path study = coded();
    Path out = dir.resolve("rapports");
    Run run = TestCli.run("report", study.toString(), "--out", out.toString(), "--par", "role,establishment",
        "--dimension", "type");
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(out.resolve("s/index.html"));
    assertTrue(html.contains("<h2 id=\"par-role\">Par rôle</h2>"), "a section for --par role");
    assertTrue(html.indexOf("id=\"par-role\"") < html.indexOf("id=\"par-etablissement\""), "in the order asked");
    Path tables = out.resolve("s/tableaux");
    // « type » may carry several codes per turn: the share of each role's turns that carry each code,
    // and a test per code (tableaux/…-tests.csv).
    assertEquals(List.of("\ufeffcode_id,Type d'énoncé,CGS,IDE,Ensemble", "\"\",Tours de parole (n),3,3,6",
        "type/levier,Levier (avec ses sous-codes),0,66.6666666667,33.3333333333",
        "type/obstacle,Obstacle (avec ses sous-codes),66.6666666667,0,33.3333333333"),
        Files.readAllLines(tables.resolve("partenariat-type-x-role.csv")));
    // CHU3's turns carry codings of « niveau » only: they are analysed all the same, and none speaks of a type.
    List<String> byEstablishment = Files.readAllLines(tables.resolve("partenariat-type-x-establishment.csv"));
    assertEquals("\ufeffcode_id,Type d'énoncé,CH2,CHU1,CHU3,Ensemble", byEstablishment.get(0));
    assertTrue(byEstablishment.stream().skip(2).allMatch(l -> l.split(",")[4].equals("0")), byEstablishment.toString());
    assertTrue(Files.exists(tables.resolve("partenariat-type-x-establishment-tests.csv")));
    assertFalse(Files.exists(tables.resolve("partenariat-type-x-level.csv")), "level was not asked for");
  }

  @Test
  void parByAnAttributeWhoseWordsWereNotCountedSaysSoInsteadOfFailing() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), YAML.replace("attributes: [establishment, role]",
        "attributes: [establishment]"), "entretiens/a.md", INTERVIEW);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Run code = TestCli.run("code", study.toString(), "-q");
    assertEquals(0, code.exit(), code.err());
    Run run = TestCli.run("report", study.toString(), "--out", dir.resolve("r").toString(), "--par", "role");
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(dir.resolve("r/s/index.html"));
    assertTrue(html.contains("ne sont pas comptés par « role »") && html.contains("parole code --tout"),
        "a note where the specificities by role would be");
  }

  @Test
  void withoutOptionsTheReportCutsByEstablishmentAndLevelAsBefore() throws Exception {
    Path study = coded();
    Run run = TestCli.run("report", study.toString(), "--out", dir.resolve("r").toString());
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(dir.resolve("r/s/index.html"));
    assertTrue(html.contains("id=\"par-etablissement\"") && !html.contains("id=\"par-role\""));
    assertTrue(html.contains("<h3 id=\"attributs-role\">"), "role stays among the corpus's attributes");
  }

  @Test
  void aStudyWithNothingCodedSaysSoAndStillShowsTheCorpus() throws Exception {
    Path study = imported();
    Run run = TestCli.run("report", study.toString(), "--out", dir.resolve("r").toString());
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(dir.resolve("r/s/index.html"));
    assertTrue(html.contains("Aucun segment n&apos;est encore codé"), html);
    assertTrue(html.contains("<tr><td>CHU3</td><td class=\"n\">1</td><td class=\"n\">2</td>"), "corpus by establishment");
  }

  @Test
  void anOutputFolderThatIsAFileIsAUserErrorNamingThePath() throws Exception {
    Path study = imported();
    Path file = dir.resolve("pas-un-dossier");
    Files.writeString(file, "x");
    Run run = TestCli.run("report", study.toString(), "--out", file.toString());
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().startsWith("parole : Impossible d'écrire le rapport dans « " + file.resolve("s") + " »"),
        run.err());
    assertTrue(run.err().contains("--out") && !run.err().contains("\tat "), run.err());
  }

  /**
   * A folder the user may not write into. Root writes anywhere, and CI runs as root: there the
   * folder is one inside /proc, which no one may create, so the test runs either way.
   */
  @Test
  void aReadOnlyOutputFolderIsAUserErrorNamingThePath() throws Exception {
    Path study = imported();
    Path readOnly = Files.createDirectories(dir.resolve("lecture-seule"));
    boolean respected = readOnly.toFile().setWritable(false) && !Files.isWritable(readOnly);
    Path out = respected ? readOnly : Path.of("/proc/parole-lecture-seule");
    try {
      Run run = TestCli.run("report", study.toString(), "--out", out.toString());
      assertEquals(ExitCodes.DATA, run.exit(), run.err());
      assertTrue(run.err().startsWith("parole : Impossible d'écrire le rapport dans « " + out.resolve("s") + " »"),
          run.err());
      assertTrue(run.err().contains("--out") && !run.err().contains("\tat "), run.err());
      if (respected) {
        assertTrue(run.err().contains("accès refusé"), run.err());
      }
    } finally {
      readOnly.toFile().setWritable(true);
    }
  }

  @Test
  void helpShowsTheCutsWithAnExample() {
    for (String command : List.of("report", "run")) {
      Run run = TestCli.run(command, "--help");
      assertEquals(0, run.exit());
      assertTrue(run.out().contains("--par=<attribut>") && run.out().contains("--dimension=<dimension>"), run.out());
      assertTrue(run.out().lines().anyMatch(l -> l.contains("parole " + command + " corpora/demo --par role")),
          run.out());
    }
  }
}
