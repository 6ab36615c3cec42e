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

    assertEquals(input.exit(), run.exit(), said);
    String message = input.exit() == 0 ? run.err() : errorLines(run);
    if (input.where() != null) {
      assertTrue(message.contains(input.file()), "the file « " + input.file() + " » named in: " + said);
      assertTrue(message.contains(input.where()), "« " + input.where() + " » in: " + said);
    }
    String lower = said.toLowerCase(Locale.ROOT);
    FOREIGN.forEach(word -> assertFalse(lower.contains(word), "« " + word.strip() + " » in: " + said));
    assertTrue(said.lines().allMatch(line -> line.length() < 1000), "nothing echoed at length: " + said.length());
    assertFalse(said.contains("\u001b"), "no escape sequence printed");

    if (input.bad() == null && input.good() == null) {
      Map<String, String> after = StoreDigest.of(study);
      if (before.isEmpty()) { // a store made by the refused command holds nothing
        after.forEach((table, rows) -> assertTrue(table.equals("meta") || rows.startsWith("0:"), table + " " + rows));
      } else {
        assertEquals(before, after, "the store is as it was");
      }
      return;
    }
    List<SegmentRecord> segments = new ArrayList<>();
    List<String> sources;
    try (StudyStore store = Study.open(study).openStore()) {
      sources = store.queries().sources().stream().map(s -> s.path()).toList();
      store.queries().forEachSegment(0, segments::add);
    }
    if (input.bad() != null) {
      assertFalse(sources.contains(input.bad()), input.bad() + " not in the store: " + sources);
      assertTrue(segments.stream().noneMatch(s -> s.sourcePath().equals(input.bad())), "no segment of " + input.bad());
    }
    if (input.good() != null) {
      assertTrue(sources.contains(input.good()), "the good file imported: " + sources);
    }
    if (input.forbidden() != null) {
      assertTrue(segments.stream().noneMatch(s -> s.text().contains(input.forbidden())), "nothing of « "
          + input.forbidden() + " » stored");
    }
  }

  /** The lines that say what was refused: a command's errors, or picocli's usage message. */
  private static String errorLines(TestCli.Run run) {
    return run.err();
  }
}
