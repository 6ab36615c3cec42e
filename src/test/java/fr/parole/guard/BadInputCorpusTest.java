package fr.parole.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestStudies;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The permanent guard of issue 12: every bad input of {@link BadInputCorpus} and {@link
 * CommandCorpus} through the command line. Each must give its exit code, a message naming the file
 * and the line, cell or entry, no stack trace, nothing of the bad file in the store, and the good
 * files of the same study imported.
 */
class BadInputCorpusTest {
  /** Words of the libraries and of Java that must never reach a user. */
  private static final List<String> FOREIGN = List.of("exception", "\tat ", "at fr.parole", "at java.", "caused by",
      "jackson", "sqlite_", "lucene", "cannot ", "unexpected", "invalid ", "not found", "error:");

  @TempDir
  static Path shared;
  @TempDir
  Path dir;

  private static Path coded;

  @BeforeAll
  static void codedStudy() {
    coded = TestStudies.write(shared.resolve("codee"),
        "name: codee\nsources:\n  - path: entretiens/\n    type: transcript\ncodebook: partenariat\n",
        "entretiens/CGS1.md", CommandCorpus.CODED_TRANSCRIPT);
    assertEquals(0, TestCli.run("import", coded.toString(), "-q").exit());
    assertEquals(0, TestCli.run("code", coded.toString(), "-q").exit());
    assertFalse(StoreDigest.of(coded).get("codings").startsWith("0:"), "review sheets are checked against suggestions");
  }

  static Stream<BadInput> corpus() {
    return Stream.concat(BadInputCorpus.all().stream(), CommandCorpus.all().stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void badInputIsRefusedWithItsPlaceNamedAndLeavesNothingBehind(BadInput input) {
    Path study = switch (input.study()) {
      case FRESH, NONE -> dir.resolve("etude");
      case CODED -> coded;
    };
    input.write(study);
    Map<String, String> before = StoreDigest.of(study);

    TestCli.Run run = TestCli.run(input.command().apply(study).toArray(String[]::new));
    String said = run.out() + run.err();
    String who = input.name() + " : ";
    assertEquals(input.exit(), run.exit(), who + said);
    if (input.where() != null) {
      assertTrue(run.err().contains(input.file()), who + "the file « " + input.file() + " » named in: " + said);
      assertTrue(run.err().contains(input.where()), who + "« " + input.where() + " » in: " + said);
    }
    String lower = said.toLowerCase(Locale.ROOT);
    FOREIGN.forEach(word -> assertFalse(lower.contains(word), who + "« " + word.strip() + " » in: " + said));
    assertTrue(said.lines().allMatch(line -> line.length() < 1000), who + "nothing echoed at length: " + said.length());
    assertFalse(said.contains("\u001b"), who + "no escape sequence printed");

    if (input.bad() == null && input.good() == null) {
      assertStoreUnchanged(who, before, StoreDigest.of(study));
    } else {
      assertOnlyTheGoodPartStored(who, input, study);
    }
  }

  /**
   * One coding command is one transaction over all its codebooks: when one source's codebook cannot
   * be read, the sources of the other codebook are not coded either (they were, before).
   */
  @Test
  void aCodingRunWithOneBadCodebookCodesNothing() {
    Path study = TestStudies.write(dir.resolve("deux-livres"), "name: x\nsources:\n  - path: entretiens/\n"
        + "    type: transcript\n  - path: avis/\n    type: verbatims\n    codebook: faux.yaml\ncodebook: partenariat\n",
        "entretiens/CGS1.md", CommandCorpus.CODED_TRANSCRIPT, "avis/avis.csv",
        BadInputCorpus.VERBATIM_HEADER + "\n" + BadInputCorpus.VERBATIM_ROW + "\n",
        "faux.yaml", "id: faux\ndimensions:\n  - id: type\n    codes:\n      - id: levier\n        rules: ['(levier']\n");
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    Map<String, String> before = StoreDigest.of(study);
    TestCli.Run run = TestCli.run("code", study.toString(), "-q");
    assertEquals(3, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("faux.yaml, ligne 6 : règle invalide"), run.err());
    assertEquals(before, StoreDigest.of(study), "nothing coded, with either codebook");
  }

  /** The store as it was; or, when the refused command made it, empty. */
  private static void assertStoreUnchanged(String who, Map<String, String> before, Map<String, String> after) {
    if (before.isEmpty()) {
      after.forEach((table, rows) -> assertTrue(table.equals("meta") || rows.startsWith("0:"), who + table + " " + rows));
    } else {
      assertEquals(before, after, who + "the store is as it was");
    }
  }

  private static void assertOnlyTheGoodPartStored(String who, BadInput input, Path study) {
    List<SegmentRecord> segments = new ArrayList<>();
    List<String> sources;
    try (StudyStore store = Study.open(study).openStore()) {
      sources = store.queries().sources().stream().map(s -> s.path()).toList();
      store.segmentQueries().forEachSegment(0, segments::add);
    }
    if (input.bad() != null) {
      assertFalse(sources.contains(input.bad()), who + input.bad() + " not in the store: " + sources);
      assertTrue(segments.stream().noneMatch(s -> s.sourcePath().equals(input.bad())), who + "no segment of "
          + input.bad());
    }
    if (input.good() != null) {
      assertTrue(sources.contains(input.good()), who + "the good file imported: " + sources);
    }
    if (input.forbidden() != null) {
      assertTrue(segments.stream().noneMatch(s -> s.text().contains(input.forbidden())), who + "nothing of « "
          + input.forbidden() + " » stored");
    }
  }
}
