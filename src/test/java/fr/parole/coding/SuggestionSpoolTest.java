package fr.parole.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionSpoolTest {
  @Test
  void suggestionsComeBackInOrderAndTheFileGoesOnClose(@TempDir Path folder) throws Exception {
    Path spoolFile;
    try (SuggestionSpool spool = new SuggestionSpool(folder)) {
      spool.add(7, new Suggestion("esatis/repas", 0.81, "model", "modèle appris"));
      spool.add(9, new Suggestion("esatis/accueil", 1.0, "rule", null));
      List<SuggestionSpool.Spooled> read = new ArrayList<>();
      spool.forEach(read::add);
      spool.forEach(s -> { }); // a retried write reads it again
      assertEquals(List.of(new SuggestionSpool.Spooled(7, new Suggestion("esatis/repas", 0.81, "model", "modèle appris")),
          new SuggestionSpool.Spooled(9, new Suggestion("esatis/accueil", 1.0, "rule", null))), read);
      try (var files = Files.list(folder)) {
        spoolFile = files.findFirst().orElseThrow();
      }
      assertTrue(spoolFile.getFileName().toString().startsWith("codage-" + ProcessHandle.current().pid() + "@" + SuggestionSpool.THIS_HOST + "-"),
          "the spool names its process: " + spoolFile);
    }
    assertFalse(Files.exists(spoolFile), "closed, the spool is deleted");
  }

  @Test
  void aKilledRunsSpoolIsRemovedAndALiveOnesKept(@TempDir Path folder) throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path dead = Files.writeString(folder.resolve("codage-" + ended.pid() + "-123.tmp"), "x");
    Path old = Files.writeString(folder.resolve("codage-8812734.tmp"), "x");
    Path live = Files.writeString(folder.resolve("codage-" + ProcessHandle.current().pid() + "-456.tmp"), "x");
    Path other = Files.writeString(folder.resolve("study.db"), "x");
    Path deadHere = Files.writeString(folder.resolve("codage-" + ended.pid() + "@" + SuggestionSpool.THIS_HOST
        + "-789.tmp"), "x");
    Path elsewhere = Files.writeString(folder.resolve("codage-" + ended.pid() + "@autre.poste-321.tmp"), "x");
    new SuggestionSpool(folder).close();
    assertFalse(Files.exists(dead), "the spool of a process that is gone");
    assertFalse(Files.exists(old), "a spool without a process id");
    assertTrue(Files.exists(live), "the spool of a live process (another shard) stays");
    assertTrue(Files.exists(other), "nothing else is touched");
    assertFalse(Files.exists(deadHere), "the spool of a process of this machine that is gone");
    assertTrue(Files.exists(elsewhere), "the spool of another machine sharing the folder: its process cannot be seen "
        + "from here, so it stays");
  }
}
