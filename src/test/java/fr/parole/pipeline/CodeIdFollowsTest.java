package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.CodebookEdits;
import fr.parole.coding.CodebookException;
import fr.parole.study.CodebookHistory.Version;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A code's new id (renamed, merged into another) is followed by its memos, its discussion, the codes
 * proposed in the discussion, the undo journal and its threshold, and a restore puts them back; a
 * merge that would give a segment two codes of an exclusive dimension is refused.
 */
class CodeIdFollowsTest {
  @TempDir
  Path dir;
  private Study study;
  private final CodebookEditing editing = new CodebookEditing();
  private final CodebookEdits edits = new CodebookEdits();
  private final List<Long> segments = new ArrayList<>();

  @BeforeEach
  void importDemo() {
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    new Pipeline(Progress.SILENT).importStudy(study);
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed() && s.sourcePath().startsWith("entretiens")) {
          segments.add(s.id());
        }
      });
    }
  }

  private void sql(String... statements) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study.storeFile())) {
      for (String statement : statements) {
        c.createStatement().executeUpdate(statement);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private List<String> column(String query) {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        ResultSet rs = c.createStatement().executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private void aboutFormation() {
    String now = "'2026-12-03T10:00:00Z'";
    sql("INSERT INTO memos (target_kind, target, author, at, text) VALUES ('code', 'partenariat/type/formation', "
        + "'alice', " + now + ", 'À revoir avec l''équipe')",
        "INSERT INTO memos (target_kind, target, author, at, text) VALUES ('code', 'partenariat/type/levier', 'alice', "
        + now + ", 'Le levier')",
        "INSERT INTO discussion (target_kind, target, author, at, text) VALUES ('code', 'partenariat/type/formation', "
        + "'Claire', " + now + ", 'Ce thème me parle')",
        "INSERT INTO discussion (target_kind, target, author, at, text, codebook, proposed_code) VALUES ('segment', '"
        + segments.get(0) + "', 'Claire', " + now + ", 'Je propose ce code.', 'partenariat', 'type/formation')",
        "INSERT INTO code_thresholds (codebook, code, threshold, origin) VALUES ('partenariat', 'type/formation', 0.4, "
        + "'calibrated')",
        "INSERT INTO code_thresholds (codebook, code, threshold, origin) VALUES ('partenariat', 'type/levier', 0.6, "
        + "'calibrated')",
        "INSERT INTO coding_actions (id, person, kind, label, at) VALUES (1, 'alice', 'retirer', 'Retrait', " + now + ")",
        "INSERT INTO coding_action_rows (action_id, change, coding_id, segment_id, codebook, code, coder, origin, status,"
        + " at) VALUES (1, 'removed', 999, " + segments.get(1) + ", 'partenariat', 'type/formation', 'alice', 'human', "
        + "'accepted', " + now + ")");
  }

  @Test
  void aNewIdIsFollowedByMemosDiscussionProposalsUndoJournalAndThresholdAndARestoreReversesIt() {
    aboutFormation();
    Version v = editing.change(study, null, null, "alice", b -> edits.renameId(b, "type/formation", "acculturation"));
    assertEquals(List.of("partenariat/type/acculturation", "partenariat/type/levier"),
        column("SELECT target FROM memos ORDER BY id"));
    assertEquals(List.of("partenariat/type/acculturation"), column("SELECT target FROM discussion WHERE target_kind = "
        + "'code'"));
    assertEquals(List.of("type/acculturation"), column("SELECT proposed_code FROM discussion WHERE proposed_code IS NOT"
        + " NULL"));
    assertEquals(List.of("type/acculturation", "type/levier"), column("SELECT code FROM code_thresholds ORDER BY code"));
    assertEquals(List.of("type/acculturation"), column("SELECT code FROM coding_action_rows"));
    assertTrue(column("SELECT detail FROM audit_log WHERE action = 'livre-de-codes:renommage'").get(0)
        .contains("Suivent le nouvel identifiant : 1 mémo(s), 1 fil(s) de discussion, 1 code(s) proposé(s), 1 action(s)"
        + " à annuler, 1 seuil(s)."), column("SELECT detail FROM audit_log").toString());

    editing.restore(study, null, v.number() - 1, null, "bob");
    assertEquals(List.of("partenariat/type/formation", "partenariat/type/levier"),
        column("SELECT target FROM memos ORDER BY id"));
    assertEquals(List.of("type/formation"), column("SELECT proposed_code FROM discussion WHERE proposed_code IS NOT NULL"));
    assertEquals(List.of("partenariat/type/formation"), column("SELECT target FROM discussion WHERE target_kind = 'code'"));
    assertEquals(List.of("type/formation", "type/levier"), column("SELECT code FROM code_thresholds ORDER BY code"));
    assertEquals(List.of("type/formation"), column("SELECT code FROM coding_action_rows"));
  }

  @Test
  void aMergeCarriesTheMemosAndDiscussionToTheTargetKeepsItsThresholdAndTwoRestoresGoBackAndForth() {
    aboutFormation();
    editing.change(study, null, null, "alice", b -> edits.renameId(b, "type/formation", "acculturation"));
    Version merged = editing.merge(study, null, null, "alice", "type/acculturation", "type/levier");
    assertEquals(List.of("partenariat/type/levier", "partenariat/type/levier"),
        column("SELECT target FROM memos ORDER BY id"));
    assertEquals(List.of("partenariat/type/levier"), column("SELECT target FROM discussion WHERE target_kind = 'code'"));
    assertEquals(List.of("0.4", "0.6"), column("SELECT threshold FROM code_thresholds ORDER BY threshold"),
        "the target keeps its own threshold");
    assertEquals(List.of("type/acculturation", "type/levier"), column("SELECT code FROM code_thresholds ORDER BY code"));
    editing.restore(study, null, 1, null, "bob");
    assertEquals(List.of("partenariat/type/formation", "partenariat/type/levier"),
        column("SELECT target FROM memos ORDER BY id"), "both versions undone, latest first");
    assertEquals(List.of("type/formation"), column("SELECT code FROM coding_action_rows"));
    editing.restore(study, null, merged.number(), null, "bob");
    assertEquals(List.of("partenariat/type/levier", "partenariat/type/levier"),
        column("SELECT target FROM memos ORDER BY id"), "restoring the merge's version does it again");
  }

  @Test
  void aMergeThatWouldGiveASegmentTwoCodesOfAnExclusiveDimensionIsRefusedAndSaysWhere() {
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(segments.get(2), "partenariat", "type/formation", "alice", "human", null,
          "accepted", null, null, null));
      tx.codings().add(new NewCoding(segments.get(2), "partenariat", "niveau/intermediaire", "alice", "human", null,
          "accepted", null, null, null));
      // bob's codings on the same segment do not add up with alice's: two coders may disagree.
      tx.codings().add(new NewCoding(segments.get(3), "partenariat", "type/formation", "bob", "human", null,
          "accepted", null, null, null));
      tx.codings().add(new NewCoding(segments.get(3), "partenariat", "niveau/intermediaire", "alice", "human", null,
          "accepted", null, null, null));
      tx.commit();
    }
    CodebookEditing.MergePreview preview = editing.mergePreview(study, null, "type/formation", "niveau/institutionnel");
    assertEquals(1, preview.doubled().count());
    assertEquals(2, preview.moved().human());
    CodebookException refused = assertThrows(CodebookException.class, () -> editing.merge(study, null, null, "alice",
        "type/formation", "niveau/institutionnel"));
    String where = column("SELECT so.path || ' ligne ' || s.line FROM segments s JOIN sources so ON so.id = s.source_id"
        + " WHERE s.id = " + segments.get(2)).get(0);
    assertTrue(refused.getMessage().contains("la dimension « Niveau") && refused.getMessage().contains("est exclusive")
        && refused.getMessage().contains("1 segment porterait alors deux de ses codes pour une même personne : " + where
        + " (alice : « Intermédiaire (méso) » et « Formation et acculturation »)") && refused.getMessage()
        .contains("Rien n'a été modifié"), refused.getMessage());
    assertTrue(editing.versions(study, null).isEmpty());
    assertEquals(List.of("type/formation", "type/formation"), column("SELECT code FROM codings WHERE code = "
        + "'type/formation'"));

    // Within the dimension, the two codes of one person become one: no segment doubled.
    assertEquals(0, editing.mergePreview(study, null, "niveau/intermediaire", "niveau/institutionnel").doubled().count());
    editing.merge(study, null, null, "alice", "niveau/intermediaire", "niveau/institutionnel");
    assertEquals(2, column("SELECT id FROM codings WHERE code = 'niveau/institutionnel'").size());
  }

  @Test
  void aMoveIntoAnExclusiveDimensionThatWouldDoubleASegmentIsRefusedButARenameIsNot() {
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(segments.get(2), "partenariat", "type/formation", "alice", "human", null,
          "accepted", null, null, null));
      tx.codings().add(new NewCoding(segments.get(2), "partenariat", "niveau/intermediaire", "alice", "human", null,
          "accepted", null, null, null));
      // Already two codes of « Niveau » for bob: renaming one of them makes nothing new.
      tx.codings().add(new NewCoding(segments.get(3), "partenariat", "niveau/intermediaire", "bob", "human", null,
          "accepted", null, null, null));
      tx.codings().add(new NewCoding(segments.get(3), "partenariat", "niveau/institutionnel", "bob", "human", null,
          "accepted", null, null, null));
      tx.commit();
    }
    CodebookEdits edits = new CodebookEdits();
    CodebookException refused = assertThrows(CodebookException.class, () -> editing.change(study, null, null, "alice",
        book -> edits.move(book, "type/formation", "niveau", null)));
    assertTrue(refused.getMessage().startsWith("Changement refusé (Code « Formation et acculturation » déplacé")
        && refused.getMessage().contains("la dimension « Niveau") && refused.getMessage().contains("1 segment porterait")
        && refused.getMessage().contains("(alice : « Intermédiaire (méso) » et « Formation et acculturation »)")
        && refused.getMessage().endsWith("Rien n'a été modifié."), refused.getMessage());
    assertTrue(editing.versions(study, null).isEmpty());

    editing.change(study, null, null, "bob", book -> edits.renameId(book, "niveau/intermediaire", "meso"));
    assertEquals(2, column("SELECT id FROM codings WHERE code = 'niveau/meso'").size());
  }
}
