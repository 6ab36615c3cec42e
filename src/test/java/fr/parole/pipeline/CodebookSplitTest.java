package fr.parole.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestStudies;
import fr.parole.coding.CodebookException;
import fr.parole.index.KwicLine;
import fr.parole.index.SearchRequest;
import fr.parole.study.CodebookHistory.Version;
import fr.parole.study.CodingRecord;
import fr.parole.study.NewCoding;
import fr.parole.study.StoreTransaction;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A split moves the codings the person chose (by a search, by ticked segments) and a restore puts them back. */
class CodebookSplitTest {
  @TempDir
  Path dir;
  private Study study;
  private final Pipeline pipeline = new Pipeline(Progress.SILENT);
  private final CodebookEditing editing = new CodebookEditing();
  private CodebookSplit split;
  /** A segment « flèchent » finds, then three it does not. */
  private long found;
  private final List<Long> others = new ArrayList<>();

  @BeforeEach
  void codeTheDemo() {
    study = Study.open(TestStudies.copyOfDemo(dir.resolve("demo")));
    pipeline.importStudy(study);
    split = new CodebookSplit(pipeline, editing);
    List<KwicLine> hits = pipeline.search(study, new SearchRequest("flèchent", Map.of(), false, 0, 0)).lines();
    found = hits.get(0).segmentId();
    try (StudyStore store = study.openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed() && s.sourcePath().startsWith("entretiens") && others.size() < 3
            && hits.stream().noneMatch(h -> h.segmentId() == s.id())) {
          others.add(s.id());
        }
      });
    }
    try (StudyStore store = study.openStore(); StoreTransaction tx = store.begin()) {
      tx.codings().add(new NewCoding(found, "partenariat", "type/formation", "alice", "human", null, "accepted", null,
          null, null));
      tx.codings().add(new NewCoding(others.get(0), "partenariat", "type/formation", "alice", "human", null, "accepted",
          null, null, null));
      tx.codings().add(new NewCoding(others.get(1), "partenariat", "type/formation", "bob", "human", null, "accepted",
          null, null, null));
      tx.codings().add(new NewCoding(others.get(2), "partenariat", "type/formation", "regles", "rule", 0.7, "suggested",
          "formation", null, null));
      tx.commit();
    }
  }

  private List<CodingRecord> codings(String code) {
    try (StudyStore store = study.openStore()) {
      return store.codingQueries().codings("partenariat").stream().filter(c -> c.code().equals(code)).toList();
    }
  }

  private String at(long coding) {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + study.storeFile());
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT at FROM codings WHERE id = " + coding)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSearchMovesTheCodingsOfTheSegmentsItFindsKeepingCoderOriginAndDateAndARestorePutsThemBack() {
    CodingRecord before = codings("type/formation").stream().filter(c -> c.segmentId() == found).findFirst().orElseThrow();
    String dateBefore = at(before.id());
    CodebookSplit.Plan plan = split.plan(study, null, "type/formation", new CodebookSplit.Choice("flèchent", Set.of()));
    assertEquals(Set.of(found), plan.segments());
    assertEquals(1, plan.codings());
    Version v = split.split(study, null, null, "alice", "type/formation", null, "Repérage des patients",
        new CodebookSplit.Choice("flèchent", Set.of()));
    assertTrue(v.summary().contains("1 codage passe de « Formation et acculturation » à « Repérage des patients » "
        + "(recherche « flèchent » : 1 segment(s))"), v.summary());
    List<CodingRecord> moved = codings("type/reperage_des_patients");
    assertEquals(1, moved.size());
    CodingRecord after = moved.get(0);
    assertEquals(List.of(before.id(), before.coder(), before.origin(), before.segmentId()),
        List.of(after.id(), after.coder(), after.origin(), after.segmentId()));
    assertEquals(dateBefore, at(after.id()), "its date kept");
    assertEquals(3, codings("type/formation").size(), "the other codings stay on the old code");

    editing.restore(study, null, v.number() - 1, null, "bob");
    assertTrue(codings("type/reperage_des_patients").isEmpty());
    assertEquals(4, codings("type/formation").size());
    assertTrue(codings("type/formation").stream().anyMatch(c -> c.id() == before.id() && c.coder().equals("alice")));
    assertTrue(Pipeline.codebook(study, null).code("type/reperage_des_patients").isEmpty());
  }

  @Test
  void tickedSegmentsAndASearchTogetherMoveEveryOnesCodingsTheMachinesSuggestionStillASuggestion() {
    split.split(study, null, null, "alice", "type/formation", "orientation", "Orientation",
        new CodebookSplit.Choice("flèchent", Set.of(others.get(1), others.get(2))));
    List<CodingRecord> moved = codings("type/orientation");
    assertEquals(3, moved.size());
    assertTrue(moved.stream().anyMatch(c -> c.coder().equals("bob") && c.origin().equals("human")));
    assertTrue(moved.stream().anyMatch(c -> c.coder().equals("regles") && c.status().equals("suggested")));
    assertEquals(List.of(others.get(0)), codings("type/formation").stream().map(CodingRecord::segmentId).toList());
  }

  @Test
  void aSearchThatFindsNothingABadQueryOrASegmentOfAnotherCodeChangeNothing() {
    CodebookException nothing = assertThrows(CodebookException.class, () -> split.split(study, null, null, "alice",
        "type/formation", null, "Vide", new CodebookSplit.Choice("zqxwvk", Set.of())));
    assertTrue(nothing.getMessage().contains("la recherche « zqxwvk » ne trouve aucun segment")
        && nothing.getMessage().contains("Rien n'a été modifié"), nothing.getMessage());
    CodebookException bad = assertThrows(CodebookException.class, () -> split.plan(study, null, "type/formation",
        new CodebookSplit.Choice("patient AND (", Set.of())));
    assertTrue(bad.getMessage().startsWith("Scission de « Formation et acculturation » : "), bad.getMessage());
    assertTrue(bad.getMessage().contains("Exemples"), bad.getMessage());
    long elsewhere = others.get(0) + 1000;
    CodebookException off = assertThrows(CodebookException.class, () -> split.plan(study, null, "type/formation",
        new CodebookSplit.Choice(null, Set.of(elsewhere))));
    assertTrue(off.getMessage().contains("le segment n° " + elsewhere + " n'est pas codé(s) « Formation et "
        + "acculturation »"), off.getMessage());
    assertTrue(editing.versions(study, null).isEmpty(), "no version written");
    assertEquals(4, codings("type/formation").size());
  }

  @Test
  void theCodesSegmentsArePagedInDocumentOrder() {
    CodebookSplit.Segments first = split.coded(study, null, "type/formation", 0, 2);
    assertEquals(4, first.total());
    assertEquals(2, first.shown().size());
    CodebookSplit.Segments last = split.coded(study, null, "type/formation", 2, 2);
    assertEquals(2, last.shown().size());
    assertTrue(first.shown().stream().noneMatch(s -> last.shown().contains(s)));
  }
}
