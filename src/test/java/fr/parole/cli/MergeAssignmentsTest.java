package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.pipeline.Accounts;
import fr.parole.pipeline.BlindCoding;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Assignments.Assignment;
import fr.parole.study.Assignments.Resolution;
import fr.parole.study.DiscussionItem;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * parole merge carries blinded coding: an assignment made before the study was copied to a second
 * laptop, coded on each, settled on one; an assignment made on the other laptop only; merging twice
 * adds nothing; a disagreement settled differently on each laptop is a conflict opened in the discussion.
 */
class MergeAssignmentsTest {
  private static final String DQ2 = "entretiens/DQ2.md";
  private static final String PASSWORD = "mot-de-passe-long";

  @TempDir
  Path dir;

  private final BlindCoding blind = new BlindCoding(new Pipeline(Progress.SILENT));

  private static Run run(String... args) {
    return TestCli.run(args);
  }

  private Path demoWithCoders() {
    Path study = TestStudies.copyOfDemo(dir.resolve("a"));
    assertEquals(0, run("import", study.toString(), "-q").exit());
    Accounts accounts = new Accounts();
    for (String person : List.of("anne", "bruno", "claire")) {
      accounts.add(Study.open(study), person, "chercheur", PASSWORD.toCharArray(), false, "test");
    }
    return study;
  }

  /** The laptop copy: the whole folder, store included. */
  private Path copy(Path from, String name) {
    Path target = from.resolveSibling(name);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path destination = target.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else {
          Files.copy(source, destination);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private static List<Long> dq2(Path study) {
    return AssignCommandTest.dq2(study);
  }

  private List<Assignment> assignments(Path study) {
    return blind.assignments(Study.open(study));
  }

  @Test
  void assignmentsCodingsAndResolutionsComeAcrossOnceAndADifferentResolutionIsAConflict() {
    Path a = demoWithCoders();
    Study here = Study.open(a);
    blind.assign(here, "claire", null, List.of("anne", "bruno"), new BlindCoding.Selection(DQ2, null, null, 1));
    Path b = copy(a, "b");
    Study there = Study.open(b);
    List<Long> ids = dq2(a);
    // Anne codes on laptop A, Bruno on laptop B; Claire settles the first disagreement on B, after
    // Bruno's copy of Anne's work came there (merged A into B), and makes a second assignment on B.
    blind.code(here, 1, "anne", ids.get(0), List.of("type/levier"));
    blind.code(here, 1, "anne", ids.get(1), List.of("type/levier"));
    blind.code(there, 1, "bruno", ids.get(0), List.of("type/obstacle"));
    blind.code(there, 1, "bruno", ids.get(1), List.of("type/obstacle"));
    assertEquals(0, run("merge", b.toString(), a.toString(), "--par", "claire").exit());
    blind.resolve(there, 1, ids.get(0), "type", List.of("type/obstacle"), "claire");
    blind.close(there, 1, "claire");
    blind.assign(there, "claire", null, List.of("bruno", "claire"), new BlindCoding.Selection(null, null, 3, 7));

    Run merged = run("merge", a.toString(), b.toString(), "--par", "claire");
    assertEquals(0, merged.exit(), merged.err());
    assertTrue(merged.out().contains("1 affectation ajoutée, 1 affectation complétée, 1 résolution ajoutée"),
        merged.out());
    List<Assignment> onA = assignments(a).stream().sorted(java.util.Comparator.comparingLong(Assignment::id)).toList();
    assertEquals(2, onA.size());
    assertTrue(!onA.get(0).open() && onA.get(0).coders().equals(List.of("anne", "bruno")), onA.toString());
    assertEquals(List.of("bruno", "claire"), onA.get(1).coders());
    assertEquals(3, onA.get(1).segments());
    try (StudyStore store = here.openStore()) {
      Resolution resolution = store.assignments().resolutions(1).get(0);
      assertEquals(List.of(ids.get(0), List.of("type/obstacle"), "claire"), List.of(resolution.segmentId(),
          resolution.codes(), resolution.decidedBy()));
      assertEquals(3, store.assignments().segments(onA.get(1).id()).size());
    }
    // Bruno's codings came too: the agreement on A is now the same as on B.
    assertEquals(blind.agreement(there, 1).team().dimensions().toString(),
        blind.agreement(here, 1).team().dimensions().toString());

    Run again = run("merge", a.toString(), b.toString(), "--par", "claire");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("rien de nouveau à fusionner"), again.out());
    assertEquals(2, assignments(a).size());

    // The second disagreement settled differently on each laptop.
    blind.resolve(here, 1, ids.get(1), "type", List.of("type/levier"), "claire");
    blind.resolve(there, 1, ids.get(1), "type", List.of("type/obstacle"), "bruno");
    Run conflict = run("merge", a.toString(), b.toString(), "--par", "claire");
    assertEquals(0, conflict.exit(), conflict.err());
    assertTrue(conflict.out().contains("dimension « type » de l'affectation « source " + DQ2 + " » de claire")
        && conflict.out().contains("tranché ici par claire") && conflict.out().contains(": Levier ; dans « " + b
            + " » par bruno") && conflict.out().contains(": Obstacle"), conflict.out());
    try (StudyStore store = here.openStore()) {
      assertEquals(List.of("type/levier"), store.assignments().resolutions(1).stream()
          .filter(r -> r.segmentId() == ids.get(1)).findFirst().orElseThrow().codes(), "this study's decision kept");
      List<DiscussionItem> opened = store.discussions().all().stream()
          .filter(d -> d.text().startsWith("Conflit de fusion : deux résolutions différentes.")).toList();
      assertEquals(1, opened.size());
      assertEquals(String.valueOf(ids.get(1)), opened.get(0).target());
    }
    Run twice = run("merge", a.toString(), b.toString(), "--par", "claire");
    assertTrue(twice.out().contains("0 conflit"), twice.out());
    try (StudyStore store = here.openStore()) {
      assertEquals(1, store.discussions().all().stream()
          .filter(d -> d.text().startsWith("Conflit de fusion : deux résolutions différentes.")).count());
    }
  }

  @Test
  void anAssignmentWhoseSegmentsAreNotHereIsLeftBehindAndSaidSo() throws IOException {
    Path a = demoWithCoders();
    Path b = copy(a, "b");
    blind.assign(Study.open(b), "claire", null, List.of("anne", "bruno"), new BlindCoding.Selection(DQ2, null, null, 1));
    blind.code(Study.open(b), 1, "anne", dq2(b).get(0), List.of("type/levier"));
    // A coding elsewhere, found on A: the two are copies of one study.
    long elsewhere;
    try (StudyStore store = Study.open(b).openStore()) {
      List<Long> other = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, s -> {
        if (!s.sourcePath().equals(DQ2) && s.kind().isAnalysed() && s.sourcePath().startsWith("entretiens/")) {
          other.add(s.id());
        }
      });
      elsewhere = other.get(0);
    }
    assertEquals(0, run("code", b.toString(), "--segment", String.valueOf(elsewhere), "--code", "type/levier",
        "--coder", "anne").exit());
    // Laptop A's DQ2 was edited: no segment of B's assignment is found there.
    Path source = a.resolve(DQ2);
    Files.writeString(source, Files.readString(source).replace("a", "à"));
    assertEquals(0, run("import", a.toString(), "-q").exit());
    Run merged = run("merge", a.toString(), b.toString(), "--par", "claire");
    assertEquals(0, merged.exit(), merged.err());
    assertTrue(merged.out().contains("un segment de l'affectation « source " + DQ2 + " » de claire"), merged.out());
    assertTrue(merged.out().contains("segment absent de « " + a + " »"), merged.out());
    assertEquals(0, assignments(a).size());
  }
}
