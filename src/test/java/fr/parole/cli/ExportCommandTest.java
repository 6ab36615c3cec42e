package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.exchange.QdpxFixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code parole export --format qdpx} as a user runs it: valid REFI-QDA, exact positions, coders, memos. */
class ExportCommandTest {
  @TempDir
  Path dir;

  @Test
  void theProjectIsValidAndEveryPersonsCodingIsAtItsExactPlaceWithItsCoder() throws Exception {
    Path study = QdpxFixtures.codedStudy(dir.resolve("s"));
    Path out = dir.resolve("projet.qdpx");
    Run run = TestCli.run("export", study.toString(), "--format", "qdpx", "--out", out.toString(), "--raw");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("3 codage(s)") && run.out().contains("laissée(s) de côté"), run.out());
    Map<String, byte[]> entries = QdpxFixtures.entries(out);
    QdpxFixtures.validate(entries.get("project.qde"));
    assertEquals(2, entries.size(), "project.qde and one source: " + entries.keySet());
    assertEquals(List.of(
        "107:139 Chaque patient reçoit un livret. | Livret d'accueil | alice",
        "52:97 Les patients 😀 sont informés par Mme Lefèvre. | Information des patients | alice",
        "85:96 Mme Lefèvre | Livret d'accueil | bob"),
        QdpxFixtures.codings(out), "code points, not Java chars: the emoji counts one");
    String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
    assertTrue(qde.contains("<Code guid=\"") && qde.contains("name=\"Information des patients\" isCodable=\"true\" "
        + "color=\"#d04040\"><Description>Ce que les patients savent"), qde);
    assertFalse(qde.contains("machine"), "pending suggestions are not exported by default");
    Document doc = QdpxFixtures.parse(entries.get("project.qde"));
    assertEquals(3, doc.getElementsByTagNameNS("*", "Note").getLength());
    assertEquals(2, doc.getElementsByTagNameNS("*", "NoteRef").getLength(), "code and segment memos are referenced");
    assertTrue(qde.contains("<TextValue>CHU1</TextValue>") && qde.contains("name=\"Établissement\""), qde);

    Path again = dir.resolve("encore.qdpx");
    assertEquals(0, TestCli.run("export", study.toString(), "--format", "qdpx", "--out", again.toString(), "--raw")
        .exit());
    assertArrayEquals(Files.readAllBytes(out), Files.readAllBytes(again), "same study, same GUIDs, same bytes");
  }

  @Test
  void byDefaultTheTextIsPseudonymisedAndPositionsAreCountedOnTheTextWritten() throws Exception {
    Path study = QdpxFixtures.codedStudy(dir.resolve("s"));
    Path out = dir.resolve("projet.qdpx");
    assertEquals(0, TestCli.run("export", study.toString(), "--format", "qdpx", "--out", out.toString()).exit());
    Map<String, byte[]> entries = QdpxFixtures.entries(out);
    QdpxFixtures.validate(entries.get("project.qde"));
    String all = new String(entries.values().stream().reduce(new byte[0], ExportCommandTest::concat),
        StandardCharsets.UTF_8);
    assertFalse(all.contains("Lefèvre"), all);
    List<String> codings = QdpxFixtures.codings(out);
    assertTrue(codings.stream().anyMatch(c -> c.matches("\\d+:\\d+ Mme \\[[^]]+\\] \\| Livret d'accueil \\| bob")),
        "bob's span is the placeholder that replaced the name: " + codings);
    assertTrue(codings.stream().anyMatch(c -> c.contains(" Les patients 😀 sont informés par Mme [")), codings.toString());
  }

  @Test
  void withSuggestionsTheMachinesPendingOnesAreExportedInItsOwnName() throws Exception {
    Path study = QdpxFixtures.codedStudy(dir.resolve("s"));
    Path out = dir.resolve("projet.qdpx");
    assertEquals(0, TestCli.run("export", study.toString(), "--format", "qdpx", "--out", out.toString(), "--raw",
        "--avec-suggestions").exit());
    QdpxFixtures.validate(QdpxFixtures.entries(out).get("project.qde"));
    assertTrue(QdpxFixtures.codings(out).stream().anyMatch(c -> c.endsWith("| Parole (suggestions de la machine)")),
        QdpxFixtures.codings(out).toString());
  }

  @Test
  void aWrongFormatIsAUsageError() {
    Run run = TestCli.run("export", dir.toString(), "--format", "nvivo", "--out", "x");
    assertEquals(2, run.exit());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
