package fr.parole.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCollectorTest {
  @TempDir
  Path dir;

  private static List<String> collect(Path folder, List<String> skipped) {
    Study study = Study.open(folder);
    SourceCollector collector = new SourceCollector(ImporterRegistry.forStudy(study.config()));
    return collector.collect(study, skipped).stream().map(study::relativeName).toList();
  }

  @Test
  void listsSupportedFilesInPathOrderAndSkipsTheOthers() throws IOException {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    Files.writeString(study.resolve("entretiens/guide.pdf"), "%PDF-1.7");
    Files.createDirectories(study.resolve("entretiens/2024"));
    Files.writeString(study.resolve("entretiens/2024/IDE2.odt"), "pas encore lu");
    // Hidden files (LibreOffice locks) and Word's "~$" lock files are not even mentioned.
    Files.writeString(study.resolve("entretiens/.~lock.P3.md#"), "verrou");
    Files.writeString(study.resolve("entretiens/~$CGS3.docx"), "fichier temporaire de Word");
    // Nor are files in hidden folders: Jupyter's checkpoints would be imported twice, Git's are not texts.
    Files.createDirectories(study.resolve("entretiens/.ipynb_checkpoints"));
    Files.writeString(study.resolve("entretiens/.ipynb_checkpoints/P3-checkpoint.md"), "P 3 : version de la veille");
    Files.createDirectories(study.resolve("entretiens/.git"));
    Files.writeString(study.resolve("entretiens/.git/HEAD"), "ref: refs/heads/main");
    List<String> skipped = new ArrayList<>();

    List<String> files = collect(study, skipped);

    // 16 transcripts, the verbatim export, the two e-Satis results files and the demo's questionnaire
    // response file.
    assertEquals(20, files.size());
    assertEquals("entretiens/2024/IDE2.odt", files.get(0));
    assertEquals("entretiens/ANONYME3.md", files.get(1));
    assertTrue(files.contains("entretiens/DQ1.txt"));
    assertEquals(List.of("entretiens/guide.pdf"), skipped);
  }

  @Test
  void aStudyFolderListedAsItsOwnSourceDoesNotWalkIntoParole() throws IOException {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: .\n", "P3.md", "P 3 : Bonjour");
    Files.createDirectories(study.resolve(".parole/index"));
    Files.writeString(study.resolve(".parole/study.db"), "SQLite format 3");
    Files.writeString(study.resolve(".parole/notes.txt"), "Q : ceci n'est pas un entretien");
    List<String> skipped = new ArrayList<>();

    assertEquals(List.of("P3.md"), collect(study, skipped));
    // study.yaml is the only file left out and mentioned; nothing from .parole/ is.
    assertEquals(List.of("study.yaml"), skipped);
  }

  @Test
  void theImportWarnsAboutSkippedFiles() throws IOException {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    Files.writeString(folder.resolve("entretiens/guide.pdf"), "%PDF-1.7");
    List<String> warnings = new ArrayList<>();
    Progress recording = new fr.parole.WarningsOnly(warnings::add);

    Study study = Study.open(folder);
    try (StudyStore store = study.openStore()) {
      assertEquals(19, new ImportService(recording).importStudy(study, store).imported().size());
    }

    assertEquals(1, warnings.size(), warnings::toString);
    assertTrue(warnings.get(0).startsWith("entretiens/guide.pdf : format non pris en charge"), warnings.get(0));
    assertTrue(warnings.get(0).contains("csv, docx, htm, html, markdown, md, odt, srt, tsv, txt, vtt, xlsx"), warnings.get(0));
  }

  @Test
  void aSourceNamedAsAFileInAnUnknownFormatIsAnError() {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: notes.pdf\n", "notes.pdf", "%PDF");

    ImportException e = assertThrows(ImportException.class, () -> collect(study, new ArrayList<>()));

    assertTrue(e.getMessage().startsWith("notes.pdf : format non pris en charge"), e.getMessage());
  }

  @Test
  void aMissingSourceIsAnErrorNamingStudyYaml() {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n");

    ImportException e = assertThrows(ImportException.class, () -> collect(study, new ArrayList<>()));

    assertTrue(e.getMessage().startsWith("study.yaml : la source « entretiens/ » n'existe pas"), e.getMessage());
  }

  @Test
  void anUnknownSourceTypeIsAnError() {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: P3.md\n    type: audio\n",
        "P3.md", "P 3 : Bonjour");

    ImportException e = assertThrows(ImportException.class, () -> collect(study, new ArrayList<>()));

    assertTrue(e.getMessage().contains("« audio »") && e.getMessage().contains("transcript"), e.getMessage());
  }

  @Test
  void aStudyWithoutSourcesSaysWhatToWrite() {
    Path study = TestStudies.write(dir.resolve("s"), "name: vide\n");

    ImportException e = assertThrows(ImportException.class, () -> collect(study, new ArrayList<>()));

    assertTrue(e.getMessage().contains("aucune source") && e.getMessage().contains("path: entretiens/"),
        e.getMessage());
  }
}
