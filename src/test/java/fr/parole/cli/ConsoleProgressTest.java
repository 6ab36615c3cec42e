package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console progress on a fake clock: the time left once the rate is known, the time taken at the end. */
class ConsoleProgressTest {
  private final StringWriter text = new StringWriter();
  private long now = 1_000_000;

  private ConsoleProgress progress(boolean terminal) {
    return new ConsoleProgress(new PrintWriter(text, true), terminal, false, () -> now);
  }

  private List<String> lines() {
    return text.toString().lines().toList();
  }

  @Test
  void aLogGetsALineEveryFiveSecondsAtMostWithTheTimeLeftThenTheTimeTaken() {
    ConsoleProgress progress = progress(false);
    progress.update("Codage", 0, 1000);
    for (int done = 10; done < 1000; done += 10) {
      now += 1_000; // 10 segments a second: 100 s in all
      progress.update("Codage", done, 1000);
    }
    now += 1_000;
    progress.update("Codage", 1000, 1000);
    List<String> lines = lines();
    // 99 updates over 99 s, one line each 5 s at most (the first update shows none), and the end.
    assertEquals(20, lines.size(), text.toString());
    assertEquals("Codage : 50/1000 (5 %) — reste environ 1 min 35 s", lines.get(0));
    assertTrue(lines.contains("Codage : 400/1000 (40 %) — reste environ 1 min 00 s"), text.toString());
    assertEquals("Codage : 1000/1000 (100 %) — terminé en 1 min 40 s", lines.get(lines.size() - 1));
  }

  @Test
  void noEstimateBeforeTheRateIsKnown() {
    ConsoleProgress progress = progress(true);
    progress.update("Indexation", 0, 100);
    now += 1_000;
    progress.update("Indexation", 5, 100);
    assertTrue(text.toString().endsWith("Indexation : 5/100 (5 %)"), text.toString());
    now += 3_000;
    progress.update("Indexation", 20, 100);
    // 20 in 4 s: 80 more take 16 s.
    assertTrue(text.toString().endsWith("Indexation : 20/100 (20 %) — reste environ 16 s"), text.toString());
  }

  @Test
  void theEstimateCountsFromTheTasksFirstUpdateNotFromZero() {
    ConsoleProgress progress = progress(true);
    progress.update("Codage", 1_000, 11_000); // the first update after a first batch
    now += 10_000;
    progress.update("Codage", 2_000, 11_000);
    assertTrue(text.toString().endsWith("reste environ 1 min 30 s"), text.toString());
  }

  @Test
  void aTerminalRewritesOneLineAndWipesALongerOne() {
    ConsoleProgress progress = progress(true);
    progress.update("Import", 0, 10);
    now += 5_000;
    progress.update("Import", 1, 10);
    now += 300;
    progress.update("Import", 2, 10);
    String shown = text.toString();
    assertFalse(shown.contains("\n"), shown);
    String last = shown.substring(shown.lastIndexOf('\r') + 1);
    assertTrue(last.startsWith("Import : 2/10 (20 %) — reste environ 21 s"), last);
    now += 20_000;
    progress.update("Import", 10, 10);
    String end = text.toString().substring(text.toString().lastIndexOf('\r') + 1);
    assertEquals("Import : 10/10 (100 %) — terminé en 25 s", end.stripTrailing(), end);
    assertTrue(end.endsWith("\n"), end);
  }

  @Test
  void aShortTaskLeavesNoLineInALog() {
    ConsoleProgress progress = progress(false);
    progress.update("Import", 0, 3);
    now += 400;
    progress.update("Import", 3, 3);
    assertEquals("", text.toString());
  }

  @Test
  void aNewTaskOfTheSameNameStartsItsClockAgain() {
    ConsoleProgress progress = progress(false);
    progress.update("Codage", 0, 100);
    now += 60_000;
    progress.update("Codage", 100, 100);
    assertTrue(text.toString().contains("terminé en 1 min 00 s"), text.toString());
    progress.update("Codage", 0, 100); // the next codebook
    now += 6_000;
    progress.update("Codage", 50, 100);
    assertTrue(text.toString().endsWith("Codage : 50/100 (50 %) — reste environ 6 s\n"), text.toString());
  }

  @Test
  void aMessageClosesTheTerminalLineFirst() {
    ConsoleProgress progress = progress(true);
    progress.update("Import", 1, 10);
    progress.warn("fichier illisible");
    assertEquals("\rImport : 1/10 (10 %)\nattention : fichier illisible\n", text.toString());
  }

  @Test
  void durationsReadAsAFrenchReaderSaysThem() {
    assertEquals("12 s", FrenchDuration.of(Duration.ofMillis(12_400)));
    assertEquals("1 min 40 s", FrenchDuration.of(Duration.ofSeconds(100)));
    assertEquals("3 min 05 s", FrenchDuration.of(Duration.ofSeconds(185)));
    assertEquals("1 h 02 min", FrenchDuration.of(Duration.ofSeconds(3_720)));
    assertEquals("0 s", FrenchDuration.of(Duration.ZERO));
  }
}
