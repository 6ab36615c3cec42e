package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole code --shard k/N and --tout, as a user types them. */
class CodeShardCommandTest {
  @TempDir
  Path dir;

  @Test
  void aBadShardNamesTheOptionAndExitsTwoWritingNothing() {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    for (String bad : new String[] {"0/4", "5/4", "abc", "3/0"}) {
      Run run = TestCli.run("code", study.toString(), "--shard", bad, "-q");
      assertEquals(2, run.exit(), bad + ": " + run.err());
      assertTrue(run.err().contains("--shard") && run.err().contains("« " + bad + " »"), run.err());
      assertTrue(!run.err().contains("Exception"), run.err());
    }
    try (StudyStore store = Study.open(study).openStore()) {
      assertTrue(store.codingQueries().codeCounts().isEmpty(), "nothing coded");
    }
  }

  @Test
  void theHelpSaysWhichSourcesAShardTakesWithAnExample() {
    Run help = TestCli.run("code", "--help");
    assertTrue(help.out().contains("--shard") && help.out().contains("modulo N") && help.out().contains("3/8"),
        help.out());
    assertTrue(help.out().contains("--tout"), help.out());
  }
}
