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
      spool.add(3, 7, new Suggestion("esatis/repas", 0.81, "model", "modèle appris"));
      spool.add(4, 9, new Suggestion("esatis/accueil", 1.0, "rule", null));
      spool.add(4, 10, new Suggestion("esatis/repas", 1.0, "rule", null));
      List<SuggestionSpool.Spooled> read = new ArrayList<>();
      spool.forEach(read::add);
      spool.forEach(s -> { }); // a retried write reads it again
      assertEquals(List.of(new SuggestionSpool.Spooled(3, 7, new Suggestion("esatis/repas", 0.81, "model", "modèle appris")),
          new SuggestionSpool.Spooled(4, 9, new Suggestion("esatis/accueil", 1.0, "rule", null)),
          new SuggestionSpool.Spooled(4, 10, new Suggestion("esatis/repas", 1.0, "rule", null))), read,
          "each with its source");
      try (var files = Files.list(folder)) {
        spoolFile = files.findFirst().orElseThrow();
      }
      assertTrue(spoolFile.getFileName().toString().startsWith("codage-" + ProcessHandle.current().pid() + "@" + SuggestionSpool.THIS_HOST + "-"),
          "the spool names its process: " + spoolFile);
    }
    assertFalse(Files.exists(spoolFile), "closed, the spool is deleted");
  }

  @Test
  void repeatedWordsTakeAFewBytesAndEvidenceForEachTextStillComesBack(@TempDir Path folder) throws Exception {
    String rule = "repas OR nourriture OR bouffe OR \"plateau repas\" OR \"plateaux repas\" OR collation";
    try (SuggestionSpool spool = new SuggestionSpool(folder)) {
      for (int i = 0; i < 1_000; i++) {
        spool.add(1, i, new Suggestion("esatis/repas", 0.5, "rule+model", rule));
      }
      spool.forEach(s -> { }); // flushes
      long bytes;
      try (var files = Files.list(folder)) {
        bytes = Files.size(files.findFirst().orElseThrow());
      }
      assertTrue(bytes < 40 * 1_000, "a repeated rule is written once, then as a number: " + bytes + " bytes");
    }
    // More different evidence than the spool keeps numbers for: written out, read back the same.
    try (SuggestionSpool spool = new SuggestionSpool(folder)) {
      int n = 12_000;
      for (int i = 0; i < n; i++) {
        spool.add(1, i, new Suggestion("esatis/repas", 0.5, "model", "mots : repas " + i));
      }
      List<String> evidence = new ArrayList<>();
      spool.forEach(s -> evidence.add(s.suggestion().evidence()));
      assertEquals(n, evidence.size());
      for (int i = 0; i < n; i++) {
        assertEquals("mots : repas " + i, evidence.get(i));
      }
    }
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
