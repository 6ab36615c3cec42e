package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.Codebook;
import fr.parole.coding.CodebookEdits;
import fr.parole.study.CodebookHistory.Version;
import fr.parole.study.CodingRecord;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyException;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Versioned codebook changes on the demo: the file, the store and the codings stay in step. */
class CodebookEditingTest {
  @TempDir
  Path dir;
  private Study study;
  private final CodebookEditing editing = new CodebookEditing();
  private final CodebookEdits edits = new CodebookEdits();
  private List<Long> segments;

  @BeforeEach
  void importDemo() {
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    new Pipeline(Progress.SILENT).importStudy(study);
    segments = new ArrayList<>();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed() && s.sourcePath().startsWith("entretiens")) {
          segments.add(s.id());
        }
      });
    }
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      for (int i = 0; i < 6; i++) {
        tx.codings().add(new NewCoding(segments.get(i), "partenariat", "type/formation", "alice", "human", null,
            "accepted", null, null, null));
      }
      tx.codings().add(new NewCoding(segments.get(7), "partenariat", "type/formation", "regles", "rule", 0.8,
          "suggested", "formation", null, null));
      tx.codings().add(new NewCoding(segments.get(8), "partenariat", "type/levier", "bob", "human", null, "accepted",
          null, null, null));
      tx.commit();
    }
  }

  private List<CodingRecord> codings(String code) {
    try (StudyStore store = study.openStore()) {
      return store.codingQueries().codings("partenariat").stream().filter(c -> c.code().equals(code)).toList();
    }
  }

  @Test
  void aMergeMovesTheCodingsWritesTheStudysCopyAndTwoVersions() throws Exception {
    Version v = editing.change(study, null, null, "alice", b -> edits.merge(b, "type/formation", "type/levier"));
    assertEquals(2, v.number());
    assertTrue(codings("type/formation").isEmpty());
    List<CodingRecord> levier = codings("type/levier");
    assertEquals(8, levier.size());
    assertEquals(6, levier.stream().filter(c -> c.coder().equals("alice") && c.origin().equals("human")).count());
    assertEquals(1, levier.stream().filter(c -> c.origin().equals("rule") && c.status().equals("suggested")).count());
    Path copy = study.folder().resolve("codebooks/partenariat.yaml");
    assertTrue(Files.isRegularFile(copy));
    assertEquals(copy.toString(), study.codebookLocation("partenariat"));
    Codebook now = Pipeline.codebook(study, null);
    assertTrue(now.code("type/formation").isEmpty());
    List<Version> versions = editing.versions(study, null);
    assertEquals(List.of("fusion", "origine"), versions.stream().map(Version::action).toList());
    assertTrue(versions.get(1).summary().contains("livre de codes livré « partenariat »"), versions.get(1).summary());
    try (StudyStore store = study.openStore()) {
      assertTrue(store.auditLog().latest(10).stream().anyMatch(a -> a.action().equals("livre-de-codes:fusion")
          && a.person().equals("alice")));
    }
  }

  @Test
  void aDeleteArchivesPeoplesCodingsAndARestoreBringsThemBack() {
    CodebookEditing.State before = editing.state(study, null);
    assertEquals(6, before.count("type/formation").human());
    assertEquals(1, before.count("type/formation").suggested());
    editing.change(study, null, before.fingerprint(), "alice", b -> edits.delete(b, "type/formation"));
    assertTrue(codings("type/formation").isEmpty());
    editing.change(study, null, null, "alice", b -> edits.renameId(b, "type/levier", "facteur"));
    assertEquals(1, codings("type/facteur").size());
    Version restored = editing.restore(study, null, 1, null, "bob");
    assertEquals(4, restored.number());
    List<CodingRecord> back = codings("type/formation");
    assertEquals(6, back.size(), "people's codings come back; the machine's suggestion comes with the next run");
    assertTrue(back.stream().allMatch(c -> c.coder().equals("alice")));
    assertEquals(1, codings("type/levier").size());
    assertTrue(Pipeline.codebook(study, null).code("type/formation").isPresent());
    // Restoring the version that had deleted it takes them out again, and back once more.
    editing.restore(study, null, 2, null, "bob");
    assertTrue(codings("type/formation").isEmpty());
    assertEquals(1, codings("type/levier").size());
    editing.restore(study, null, 3, null, "bob");
    assertEquals(1, codings("type/facteur").size());
  }

  @Test
  void aChangeFromAStaleVersionIsRefusedAndTheFirstOneIsKept() {
    String seen = editing.state(study, null).fingerprint();
    editing.change(study, null, seen, "alice", b -> edits.merge(b, "type/formation", "type/levier"));
    CodebookChangedException refused = assertThrows(CodebookChangedException.class, () ->
        editing.change(study, null, seen, "bob", b -> edits.create(b, "type", null, "Temps", null)));
    assertTrue(refused.getMessage().contains("a changé depuis que vous l'avez ouvert (version 2 par alice"),
        refused.getMessage());
    assertTrue(refused.getMessage().contains("n'a pas été enregistrée"), refused.getMessage());
    assertEquals(2, editing.versions(study, null).size());
    assertTrue(Pipeline.codebook(study, null).code("type/temps").isEmpty());
    assertEquals(8, codings("type/levier").size());
  }

  @Test
  void aFileEditedByHandBecomesAVersionBeforeTheNextChange() throws Exception {
    editing.change(study, null, null, "alice", b -> edits.create(b, "type", null, "Temps", null));
    Path copy = study.ownCodebook("partenariat");
    Files.writeString(copy, Files.readString(copy).replace("label: Temps", "label: Temps partagé"));
    String stale = editing.state(study, null).fingerprint();
    editing.change(study, null, stale, "alice", b -> edits.create(b, "type", null, "Écoute", null));
    List<Version> versions = editing.versions(study, null);
    assertEquals("hors-parole", versions.get(1).action());
    assertEquals("Temps partagé", Pipeline.codebook(study, null).code("type/temps").orElseThrow().label());
  }

  @Test
  void whenTheFileCannotBeWrittenNothingIsStored() throws Exception {
    Files.writeString(study.folder().resolve("codebooks"), "un fichier là où irait le dossier");
    StudyException refused = assertThrows(StudyException.class, () ->
        editing.change(study, null, null, "alice", b -> edits.merge(b, "type/formation", "type/levier")));
    assertTrue(refused.getMessage().contains("rien n'a été modifié"), refused.getMessage());
    assertEquals(7, codings("type/formation").size());
    assertTrue(editing.versions(study, null).isEmpty());
  }

  @Test
  void aQdcOrOutsideCodebookIsNotEditedInPlace() throws Exception {
    new fr.parole.coding.QdcCodebooks().write(Pipeline.codebook(study, null), study.folder().resolve("livre.qdc"));
    StudyException refused = assertThrows(StudyException.class, () ->
        editing.change(study, "livre.qdc", null, "alice", b -> edits.create(b, "type", null, "Temps", null)));
    assertTrue(refused.getMessage().contains("n'est pas un fichier YAML"), refused.getMessage());
    assertFalse(Files.exists(study.folder().resolve("codebooks")));
  }
}
