package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SourceRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
  @TempDir
  Path dir;

  /** What an import did, and the store right after it. */
  record Run(ImportReport report, List<SourceRecord> sources, List<SegmentRecord> segments, long generation) {
    List<SegmentRecord> turns() {
      return segments.stream().filter(s -> s.kind() == SegmentKind.TURN).toList();
    }

    List<SegmentRecord> from(String path) {
      return segments.stream().filter(s -> s.sourcePath().equals(path)).toList();
    }
  }

  static Run importStudy(Path folder) {
    Study study = Study.open(folder);
    try (StudyStore store = study.openStore()) {
      ImportReport report = new ImportService(Progress.SILENT).importStudy(study, store);
      List<SegmentRecord> segments = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, segments::add);
      return new Run(report, store.queries().sources(), segments, store.generation());
    }
  }

  private Path demo() {
    return TestStudies.copyOfDemo(dir.resolve("demo"));
  }

  private static void edit(Path file, Function<String, String> change) throws IOException {
    Files.writeString(file, change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private static SegmentRecord only(List<SegmentRecord> segments, Predicate<SegmentRecord> which) {
    List<SegmentRecord> found = segments.stream().filter(which).toList();
    assertEquals(1, found.size(), () -> "segments trouvés : " + found);
    return found.get(0);
  }

  @Test
  void importsTheDemoStudy() {
    Run run = importStudy(demo());

    // 15 transcripts, the two e-Satis results files, the verbatim export and one questionnaire
    // response file (the HAS check-list, 10 open comments).
    assertEquals(19, run.report().imported().size());
    assertEquals(List.of(), run.report().failed());
    assertEquals(List.of(), run.report().unchanged());
    assertEquals(19, run.sources().size());
    assertEquals(36, run.turns().size());
    // The demo's verbatim export: one comment segment per "points positifs" or "points à améliorer" cell.
    assertEquals(446, run.segments().stream().filter(s -> s.kind() == SegmentKind.COMMENT).count());
    assertEquals(10, run.segments().stream().filter(s -> s.kind() == SegmentKind.ANSWER).count());
    assertEquals(36 + 446 + 10,
        run.report().imported().stream().mapToInt(ImportReport.Imported::participantSegments).sum());
    assertEquals(run.segments().size(), run.report().segments());
    // Each transcript opens with a context note before the first question.
    assertEquals(15, run.segments().stream().filter(s -> s.kind() == SegmentKind.PREAMBLE).count());
    assertTrue(run.sources().stream().anyMatch(s -> s.path().equals("entretiens/DQ1.txt")));
    assertEquals(1, run.generation());
  }

  @Test
  void everyReferenceQuoteGetsTheEstablishmentRoleAndLevelOfTheReference() throws IOException {
    Run run = importStudy(demo());
    List<String> lines = Files.readAllLines(TestStudies.DEMO.resolve("reference/quotes.tsv"), StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split("\t"));
    int text = header.indexOf("text");
    int establishment = header.indexOf("establishment");
    int role = header.indexOf("role");
    int level = header.indexOf("level");

    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String quote = cells[text].strip();
      SegmentRecord segment = only(run.turns(), s -> s.text().contains(quote));
      String where = cells[0] + " « " + quote + " » dans " + segment.sourcePath();
      assertEquals(cells[establishment], segment.attributes().get("establishment"), where);
      assertEquals(cells[role], segment.attributes().get("role"), where);
      assertEquals(cells[level], segment.attributes().get("level"), where);
      checked++;
    }
    assertEquals(36, checked);
  }

  @Test
  void casesFileRowsOverrideWhatTheSpeakerCodeSays() {
    Run run = importStudy(demo());

    // The code "RQ 1" reads as role RQ; cas.csv says this quality manager is a DQ.
    SegmentRecord rq = only(run.turns(), s -> "RQ 1".equals(s.speaker()));
    assertEquals("DQ", rq.attributes().get("role"));
    // Interviewer turns carry the section, but no person's attributes.
    SegmentRecord question = run.from("entretiens/P3.md").stream()
        .filter(s -> s.kind() == SegmentKind.INTERVIEWER).findFirst().orElseThrow();
    assertEquals("institutionnel", question.attributes().get("level"));
    assertFalse(question.attributes().containsKey("role"));
  }

  @Test
  void docxAndOdtTranscriptsGetTheSameAttributesAsTextOnes() throws IOException {
    Path study = demo();
    try (XWPFDocument document = new XWPFDocument();
        OutputStream out = Files.newOutputStream(study.resolve("entretiens/IDE2.docx"))) {
      XWPFParagraph heading = document.createParagraph();
      heading.setStyle("Heading2");
      heading.createRun().setText("Niveau intermédiaire");
      document.createParagraph().createRun().setText("Q : Comment se passe l’éducation thérapeutique ?");
      document.createParagraph().createRun().setText("IDE 2 : On leur apprend à se piquer seuls.");
      document.write(out);
    }
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(study.resolve("entretiens/MED3.odt")))) {
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          + "<text:h>Niveau relation de soins</text:h><text:p>Enquêtrice : Qu’est-ce qui freine ?</text:p>"
          + "<text:p>MED 3 : Le temps,<text:s text:c=\"2\"/>surtout.</text:p>"
          + "</office:text></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
    }

    Run run = importStudy(study);

    assertEquals(21, run.report().imported().size());
    assertEquals(List.of(), run.report().failed());
    SegmentRecord ide = only(run.turns(), s -> "IDE 2".equals(s.speaker()));
    assertEquals("On leur apprend à se piquer seuls.", ide.text());
    // Not in cas.csv: role and establishment come from the code "IDE 2" and study.yaml's value map.
    assertEquals("IDE", ide.attributes().get("role"));
    assertEquals("CH2", ide.attributes().get("establishment"));
    assertEquals("intermediaire", ide.attributes().get("level"));
    SegmentRecord med = only(run.turns(), s -> "MED 3".equals(s.speaker()));
    assertEquals("Le temps,  surtout.", med.text());
    assertEquals("relation_de_soins", med.attributes().get("level"));
    assertEquals("CHU3", med.attributes().get("establishment"));
    assertEquals("transcript/docx",
        run.sources().stream().filter(s -> s.path().endsWith("IDE2.docx")).findFirst().orElseThrow().format());
  }

  @Test
  void importingAgainWithoutChangesIsANoOp() {
    Path study = demo();
    Run first = importStudy(study);

    Run second = importStudy(study);

    assertEquals(List.of(), second.report().imported());
    assertEquals(19, second.report().unchanged().size());
    assertTrue(second.report().unchanged().contains("entretiens/CGS3.md : déjà importé, inchangé."));
    assertEquals(first.segments(), second.segments());
    assertEquals(first.sources(), second.sources());
    // Nothing changed, so the index has nothing to follow.
    assertEquals(first.generation(), second.generation());
  }

  @Test
  void aCopyUnderAnotherNameIsIgnoredNamingTheFirst() throws IOException {
    Path study = demo();
    Files.copy(study.resolve("entretiens/CGS3.md"), study.resolve("entretiens/copie de CGS3.md"));

    Run run = importStudy(study);

    assertEquals(19, run.report().imported().size());
    assertEquals(List.of("entretiens/copie de CGS3.md : même contenu que « entretiens/CGS3.md », déjà importé ; ignoré."),
        run.report().unchanged());
    assertEquals(19, run.sources().size());
    assertEquals(List.of(), run.from("entretiens/copie de CGS3.md"));
  }

  @Test
  void aCopyAddedLaterIsIgnoredToo() throws IOException {
    Path study = demo();
    Run first = importStudy(study);
    Files.copy(study.resolve("entretiens/DQ1.txt"), study.resolve("entretiens/DQ1-bis.txt"));

    Run second = importStudy(study);

    assertEquals(List.of(), second.report().imported());
    assertTrue(second.report().unchanged().contains(
        "entretiens/DQ1-bis.txt : même contenu que « entretiens/DQ1.txt », déjà importé ; ignoré."),
        second.report().unchanged().toString());
    assertEquals(first.segments().size(), second.segments().size());
  }

  @Test
  void aBadFileIsLeftOutWholeAndTheGoodOnesAreImported() throws IOException {
    Path study = demo();
    Files.write(study.resolve("entretiens/photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
        0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
    Files.writeString(study.resolve("entretiens/ancien.docx"), "CGS 3 : un texte enregistré sous le mauvais nom");

    Run run = importStudy(study);

    assertEquals(19, run.report().imported().size());
    assertTrue(run.report().hasFailures());
    assertEquals(List.of("entretiens/ancien.docx", "entretiens/photo.txt"),
        run.report().failed().stream().map(ImportReport.Failed::name).toList());
    for (ImportReport.Failed failed : run.report().failed()) {
      assertTrue(failed.reason().contains(failed.name()), failed.reason());
    }
    assertTrue(run.report().failed().get(1).reason().contains("binaire"), run.report().failed().get(1).reason());
    List<String> stored = run.sources().stream().map(SourceRecord::path).toList();
    assertFalse(stored.contains("entretiens/photo.txt"));
    assertFalse(stored.contains("entretiens/ancien.docx"));
    assertEquals(19, stored.size());
    assertTrue(run.segments().stream().noneMatch(s -> s.text().contains("mauvais nom")));
  }

  @Test
  void aCasesRowNamingAMissingTranscriptStopsTheImportBeforeAnything() throws IOException {
    Path study = demo();
    edit(study.resolve("study.yaml"), yaml -> yaml.replace("cases: cas.csv", "cases: [cas.csv, sites.csv]"));
    Files.writeString(study.resolve("sites.csv"), "source;mode\nCGS3.md;présentiel\nentretiens/absent.md;visio\n");

    ImportException e = assertThrows(ImportException.class, () -> importStudy(study));

    assertTrue(e.getMessage().startsWith("sites.csv, ligne 3 : "), e.getMessage());
    assertTrue(e.getMessage().contains("entretiens/absent.md"), e.getMessage());
    try (StudyStore store = Study.open(study).openStore()) {
      assertEquals(List.of(), store.queries().sources());
    }
  }

  @Test
  void casesKeyedBySourceGiveAttributesToTheWholeTranscript() throws IOException {
    Path study = demo();
    edit(study.resolve("study.yaml"), yaml -> yaml.replace("cases: cas.csv", "cases: [cas.csv, sites.csv]"));
    Files.writeString(study.resolve("sites.csv"), "fichier;mode\nDQ1;visio\nentretiens/MED2.md;téléphone\n");

    Run run = importStudy(study);

    assertTrue(run.from("entretiens/DQ1.txt").stream().allMatch(s -> "visio".equals(s.attributes().get("mode"))));
    assertTrue(run.from("entretiens/MED2.md").stream()
        .allMatch(s -> "téléphone".equals(s.attributes().get("mode"))));
    assertTrue(run.from("entretiens/P3.md").stream().noneMatch(s -> s.attributes().containsKey("mode")));
  }

  @Test
  void aCasesRowMatchesATranscriptWhoseNameIsWrittenWithOtherAccents() throws IOException {
    // macOS writes "é" in file names as "e" + combining accent; a spreadsheet has the single "é".
    String decomposed = "entretiens/He\u0301le\u0300ne.md";
    Path study = TestStudies.write(dir.resolve("accents"), """
        sources:
          - path: entretiens/
        cases: sites.csv
        """, decomposed, "Q : Bonjour.\nIDE 2 : Il faut du temps pour écouter les patients.\n",
        "sites.csv", "source;site\nHélène.md;CH2\n");

    Run run = importStudy(study);

    assertEquals(1, run.report().imported().size());
    assertEquals("CH2", run.turns().get(0).attributes().get("site"));
  }

  @Test
  void aFolderThatIsNotAStudyIsRefusedNamingStudyYaml() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("entretiens"));
    Files.writeString(folder.resolve("P3.md"), "P 3 : J’avais peur de ne pas être légitime.");

    StudyException e = assertThrows(StudyException.class, () -> Study.open(folder));

    assertTrue(e.getMessage().contains("study.yaml"), e.getMessage());
    assertFalse(Files.exists(folder.resolve(".parole")));
  }

  @Test
  void aModifiedFileIsReplacedOnTheNextImport() throws IOException {
    Path study = demo();
    Run first = importStudy(study);
    long oldId = first.sources().stream().filter(s -> s.path().equals("entretiens/P3.md")).findFirst().orElseThrow().id();
    edit(study.resolve("entretiens/P3.md"), text -> text.replace("J’avais peur de ne pas être légitime.",
        "J’avais peur de ne pas être légitime.\n\nQ : Et aujourd’hui ?\n\nP 3 : Aujourd’hui je me sens à ma place."));

    Run second = importStudy(study);

    assertEquals(1, second.report().imported().size());
    ImportReport.Imported p3 = second.report().imported().get(0);
    assertEquals("entretiens/P3.md", p3.name());
    assertTrue(p3.replaced());
    assertEquals(2, p3.participantSegments());
    assertEquals(List.of(oldId), second.report().replacedSourceIds());
    assertEquals(18, second.report().unchanged().size());
    assertEquals(19, second.sources().size());
    List<SegmentRecord> turns = second.from("entretiens/P3.md").stream()
        .filter(s -> s.kind() == SegmentKind.TURN).toList();
    assertEquals(List.of("J’avais peur de ne pas être légitime.", "Aujourd’hui je me sens à ma place."),
        turns.stream().map(SegmentRecord::text).toList());
    assertEquals("PATIENT", turns.get(1).attributes().get("role"));
    // The old segments are gone, not kept alongside the new ones.
    assertEquals(first.segments().size() + 2, second.segments().size());
    assertEquals(first.generation() + 1, second.generation());
  }

  @Test
  void editingTheCasesFileRereadsEverySourceSoAttributesFollow() throws IOException {
    Path study = demo();
    importStudy(study);
    edit(study.resolve("cas.csv"), csv -> csv.replace("P 3;CHU3;PATIENT", "P 3;CHU3;PATIENT_PARTENAIRE"));

    List<Long> ids = importStudy(study).segments().stream().map(SegmentRecord::id).toList();
    edit(study.resolve("cas.csv"), csv -> csv.replace("RU 1;CHU1;RU", "RU 1;CHU1;RU_CDU"));
    Run second = importStudy(study);

    // Segments are given their new attributes in place: same ids, so codings on them survive (the 15
    // transcripts, the verbatims and the check-list responses; e-Satis results have no attributes and
    // stay as they are).
    assertEquals(17, second.report().reattributed().size());
    assertEquals(List.of(), second.report().imported());
    assertEquals(ids, second.segments().stream().map(SegmentRecord::id).toList());
    assertEquals("RU_CDU", second.turns().stream().filter(s -> "RU 1".equals(s.speaker())).findFirst()
        .orElseThrow().attributes().get("role"));
    assertEquals("PATIENT_PARTENAIRE", only(second.turns(), s -> "P 3".equals(s.speaker())).attributes().get("role"));
    assertEquals(19, second.sources().size());
    assertEquals(36, second.turns().size());

    // And once re-read, the next import is a no-op again.
    Run third = importStudy(study);
    assertEquals(List.of(), third.report().imported());
    assertEquals(19, third.report().unchanged().size());
  }

  @Test
  void importingAgainInANewProcessIsANoOp() throws Exception {
    Path study = demo();
    assertEquals("importés=19 inchangés=0", importInNewProcess(study));

    // Each `parole import` runs in a new JVM: what decides "the attribute rules changed" must not
    // depend on anything that varies from one JVM to the next (such as the order of Map.of maps).
    for (int i = 0; i < 3; i++) {
      assertEquals("importés=0 inchangés=19", importInNewProcess(study), "import n° " + (i + 2));
    }
  }

  private static String importInNewProcess(Path study) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), ImportInNewProcess.class.getName(), study.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "l'import n'a pas fini");
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  /** One import of the study named by {@code args[0]}, in a JVM of its own. */
  public static final class ImportInNewProcess {
    public static void main(String[] args) {
      ImportReport report = importStudy(Path.of(args[0])).report();
      System.out.println("importés=" + report.imported().size() + " inchangés=" + report.unchanged().size());
    }
  }
}
