package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input as a new user makes it, through the command line: exit 3 (2 for a bad option), a
 * French message naming the file and the line, what was expected, and nothing of the libraries'
 * own words (no stack trace, no Jackson, SQLite or Lucene text, nothing echoed at length).
 */
class UserMessagesTest {
  private static final String TRANSCRIPT = "# Entretien\n\nCGS 1 : Je ne fais aucun projet sans inviter un usager.\n";
  private static final String ONE_SOURCE = "name: t\nsources:\n  - path: in/\n    type: %s\n";

  @TempDir
  Path dir;

  /** A user error: exit 3, every expected piece of the message, nothing a user should not read. */
  static void assertUserError(Run run, String... expected) {
    assertEquals(ExitCodes.DATA, run.exit(), run.out() + run.err());
    assertReadable(run.err(), expected);
  }

  static void assertReadable(String message, String... expected) {
    for (String piece : expected) {
      assertTrue(message.contains(piece), "« " + piece + " » in: " + message);
    }
    String lower = message.toLowerCase(Locale.ROOT);
    for (String foreign : new String[] {"\tat ", "exception", "jackson", "sqlite_", "lucene", "jsontoken", "cannot ",
        "eof reached"}) {
      assertFalse(lower.contains(foreign), "« " + foreign + " » in: " + message);
    }
    assertTrue(message.lines().allMatch(line -> line.length() < 600), "no line echoed at length: " + message);
  }

  private Path study(String yaml, String... files) {
    Path study = TestStudies.write(dir.resolve("etude"), yaml, files);
    try {
      Files.createDirectories(study.resolve("in"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return study;
  }

  // 1. YAML structure

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      - name: x\\n- sources: []                        | ligne 1 : le fichier doit être un bloc de clés « clé: valeur », pas une liste
      name: x\\nsources: entretiens/                   | ligne 2 : « sources » doit être une liste (une entrée par ligne commençant par « - », ou [a, b]), pas un texte
      name: x\\nsources:\\n  - path: in/\\n    year: deux | ligne 4 : « sources », entrée 1, « year » doit être un nombre entier, pas « deux »
      name: x\\nspeakers: [Q]                          | ligne 2 : « speakers » doit être un bloc de clés « clé: valeur », pas une liste
      name: &n x\\ncodebook: *n                        | ligne 1 : ancre YAML « &n » refusée
      name: x\\ncodebook: *n                           | ligne 2 : alias YAML « *n » refusé
      name: !!java.lang.ProcessBuilder [[touch, pwn]] | ligne 1 : étiquette YAML « !!java.lang.ProcessBuilder » refusée
      name: x\\nsources: [ {path: in/\\n            | ligne 4, colonne 1 : YAML mal formé (vérifiez l'indentation, les « : » après chaque clé, les guillemets et les crochets fermés) ; l'élément en cause commence ligne 2
      """)
  void studyYamlStructureErrorsSayWhatWasExpected(String yaml, String expected) {
    Path study = study(yaml.replace("\\n", "\n") + "\n");
    Run run = TestCli.run("status", study.toString());
    assertUserError(run, study.resolve("study.yaml") + ", " + expected);
  }

  @Test
  void billionLaughsAndAliasCyclesAreRefusedAtTheFirstAnchorWithoutExpanding() {
    StringBuilder yaml = new StringBuilder("name: x\nattributes:\n  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = "*" + (char) (c - 1);
      yaml.append("  - &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, previous)))
          .append("]\n");
    }
    Run run = TestCli.run("status", study(yaml.toString()).toString());
    assertUserError(run, "study.yaml, ligne 3 : ancre YAML « &a » refusée");
  }

  @Test
  void aGlobalTagConstructsNothing() {
    Path pwned = dir.resolve("pwned");
    Path study = study("name: !!java.lang.ProcessBuilder [[touch, " + pwned + "]]\nsources: []\n");
    assertUserError(TestCli.run("import", study.toString()), "étiquette YAML", "par sécurité");
    assertFalse(Files.exists(pwned));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      id: x\\ndimensions:\\n  id: d\\n  codes: []                       | ligne 3 : « dimensions » doit être une liste
      id: x\\ndimensions:\\n  - id: d\\n    codes: partout             | ligne 4 : « dimensions », entrée 1, « codes » doit être une liste
      id: x\\ndimensions:\\n  - &d {id: d, codes: []}\\n  - *d        | ligne 3 : ancre YAML « &d » refusée
      id: x\\ndimensions:\\n  - id: d\\n    label: !!java.net.URL [u] | ligne 4 : étiquette YAML « !!java.net.URL » refusée
      """)
  void codebookStructureErrorsSayWhatWasExpected(String yaml, String expected) throws Exception {
    Path codebook = dir.resolve("livre.yaml");
    Files.writeString(codebook, yaml.replace("\\n", "\n") + "\n");
    assertUserError(TestCli.run("codebook", codebook.toString()), codebook + ", " + expected);
  }

  // 2. Unclosed quotes

  @Test
  void anUnclosedQuoteInCommentsNamesTheLineWhereTheCellStarts() {
    Path study = study(ONE_SOURCE.formatted("verbatims"), "in/avis.csv",
        "Établissement;Service;Points positifs\nCH2;Gériatrie;très bien\nCH2;Gériatrie;\"accueil\nchaleureux\nCH2;ORL;ok\n");
    assertUserError(TestCli.run("import", study.toString()),
        "in/avis.csv, ligne 3 : guillemet « \" » jamais refermé");
  }

  @Test
  void anUnclosedQuoteInTheCasesFileNamesItsLine() {
    Path study = study(ONE_SOURCE.formatted("transcript") + "cases: cas.csv\n", "in/CGS1.md", TRANSCRIPT,
        "cas.csv", "speaker;establishment;role\nCGS 1;CHU1;CGS\nDQ 2;\"CH2;DQ\nIDE 3;CHU3;IDE\n");
    assertUserError(TestCli.run("import", study.toString()), "cas.csv, ligne 3 : guillemet « \" » jamais refermé");
  }

  @Test
  void anUnclosedQuoteInAQuestionnaireNamesItsLine() {
    Path study = study(ONE_SOURCE.formatted("questionnaire") + "    questionnaire: checklist-has-partenariat\n",
        "in/reponses.csv", "diagnostic_partage;commentaire\noui;bien\nnon;\"rien\n");
    assertUserError(TestCli.run("import", study.toString()), "in/reponses.csv, ligne 3 : guillemet « \" » jamais refermé");
  }

  // 3. DOCTYPE

  @Test
  void aDocxWithADoctypeIsRefusedForSafetyNotAsInvalid() throws Exception {
    String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE w:document [<!ENTITY x \"bonjour\">]>\n"
        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
        + "<w:t>CGS 1 : &x; à tous</w:t></w:r></w:p></w:body></w:document>";
    Path study = study(ONE_SOURCE.formatted("transcript"), "in/CGS2.md", TRANSCRIPT);
    Files.write(study.resolve("in/CGS1.docx"), docx(document));
    Run run = TestCli.run("import", study.toString());
    assertUserError(run, "in/CGS1.docx : refusé par sécurité", "DOCTYPE");
    assertFalse(run.err().contains("pas un document .docx valide"), run.err());
    assertTrue(run.out().contains("in/CGS2.md : 1 segment(s)"), "the other files still go in: " + run.out());
  }

  @Test
  void anXlsxWithADoctypeIsRefusedForSafety() throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("avis");
      sheet.createRow(0).createCell(0).setCellValue("Points positifs");
      sheet.createRow(1).createCell(0).setCellValue("très bien");
      workbook.write(plain);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
            new java.io.ByteArrayInputStream(plain.toByteArray()));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().equals("xl/workbook.xml")) {
          text = text.replaceFirst("\\?>", "?><!DOCTYPE workbook [<!ENTITY x \"y\">]>");
        }
        entry(out, e.getName(), text);
      }
    }
    Path study = study(ONE_SOURCE.formatted("verbatims"));
    Files.write(study.resolve("in/avis.xlsx"), bytes.toByteArray());
    assertUserError(TestCli.run("import", study.toString()), "in/avis.xlsx : refusé par sécurité", ".xlsx déclare un DOCTYPE");
  }

  private static byte[] docx(String document) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
          + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "</Relationships>");
      entry(zip, "word/document.xml", document);
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  // 4. A locked store

  @Test
  void aLockedStoreIsNamedWithWhatToDo() throws Exception {
    Path study = study(ONE_SOURCE.formatted("transcript"), "in/CGS1.md", TRANSCRIPT);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Files.writeString(study.resolve("in/CGS2.md"), TRANSCRIPT.replace("CGS 1", "CGS 2"));
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + study.resolve(".parole/study.db"));
        Statement st = other.createStatement()) {
      other.setAutoCommit(false);
      st.execute("UPDATE sources SET path = path"); // holds the write lock until rollback
      assertUserError(TestCli.run("import", study.toString(), "-q"), ".parole/study.db", "verrouillé",
          "attendez qu'il ait fini ou fermez-le");
      other.rollback();
    }
  }

  // 5. Header and no rows

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      esatis        | resultats-esatis48h-mco-open-data-2019.csv | (published)                             | aucun résultat
      verbatims     | avis.csv                                   | Établissement;Service;Points positifs   | aucun commentaire
      questionnaire | reponses.csv                               | diagnostic_partage;commentaire          | aucun répondant
      """)
  void aFileWithAHeaderAndNoRowsIsRefusedAlike(String type, String name, String header, String nothing)
      throws Exception {
    if (header.equals("(published)")) {
      header = Files.readAllLines(TestStudies.ESATIS.resolve(name), Charset.forName("windows-1252")).get(0);
    }
    String yaml = ONE_SOURCE.formatted(type)
        + (type.equals("questionnaire") ? "    questionnaire: checklist-has-partenariat\n" : "");
    Path study = study(yaml, "in/" + name, header + "\n");
    Run run = TestCli.run("import", study.toString());
    assertUserError(run, "in/" + name + " : " + nothing + ", le fichier n'a que sa ligne d'en-tête",
        "Rien n'est importé de ce fichier");
    assertTrue(run.out().contains("0 fichier(s) importé(s)"), run.out());
  }

  // 7. Search

  @Test
  void searchRefusesAnUnknownFieldNamingTheFieldsThatExist() {
    Path study = study(ONE_SOURCE.formatted("transcript") + "attributes: [role]\nspeakers:\n  pattern: "
        + "'^(?<role>\\p{L}+)\\s*\\d$'\n", "in/CGS1.md", TRANSCRIPT);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    assertUserError(TestCli.run("search", study.toString(), "nope:usager"), "le champ « nope: » n'existe pas",
        "text:", "exact:");
    assertUserError(TestCli.run("search", study.toString(), "role:CGS"), "--where role=<valeur>");
    Run fine = TestCli.run("search", study.toString(), "exact:usager");
    assertEquals(0, fine.exit(), fine.err());
    assertTrue(fine.out().contains("[usager]"), fine.out());
  }

  @Test
  void searchRefusesANegativeLimit() {
    Path study = study(ONE_SOURCE.formatted("transcript"), "in/CGS1.md", TRANSCRIPT);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Run run = TestCli.run("search", study.toString(), "usager", "--limit", "-5");
    assertEquals(ExitCodes.USAGE, run.exit(), run.out());
    assertReadable(run.err(), "--limit attend un nombre de lignes positif ou 0", "« -5 »");
    assertFalse(run.out().contains("[usager]"), run.out());
  }

  // 8. Windows-1252

  @Test
  void invalidUtf8ReadAsWindows1252IsNamedWithItsFirstBadByte() throws Exception {
    Path study = study(ONE_SOURCE.formatted("verbatims"));
    Files.write(study.resolve("in/avis.csv"), ("Etablissement;Service;Points positifs\nCH2;ORL;ok\n"
        + "CH2;Gériatrie;très bien\n").getBytes(Charset.forName("windows-1252")));
    Run run = TestCli.run("import", study.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("in/avis.csv : lu en Windows-1252, car ce n'est pas de l'UTF-8 valide : premier "
        + "octet invalide 0xE9, ligne 3 (55e octet du fichier)"), run.err());
  }

  @Test
  void aTranscriptInWindows1252GetsTheSameWarning() throws Exception {
    Path study = study(ONE_SOURCE.formatted("transcript"));
    Files.write(study.resolve("in/CGS1.txt"), "CGS 1 : Très bien.\n".getBytes(Charset.forName("windows-1252")));
    Run run = TestCli.run("import", study.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("in/CGS1.txt : lu en Windows-1252") && run.err().contains("0xE8, ligne 1 (11e "),
        run.err());
  }

  @Test
  void aCasesFileInWindows1252GetsTheWarningToo() throws Exception {
    Path study = study(ONE_SOURCE.formatted("transcript") + "cases: cas.csv\n", "in/CGS1.md", TRANSCRIPT);
    Files.write(study.resolve("cas.csv"), "speaker;establishment\nCGS 1;Hôpital Nord\n"
        .getBytes(Charset.forName("windows-1252")));
    Run run = TestCli.run("import", study.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("cas.csv : lu en Windows-1252") && run.err().contains("0xF4, ligne 2 (30e "),
        run.err());
  }
}
