package fr.parole.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.study.Study;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C (SIGINT) and {@code kill -9} (SIGKILL) during each stage of {@code parole run}: import,
 * index, coding, the lemma counts' write, report. A child JVM runs the command on a small study of
 * generated comments; {@link StageWatch}, in that JVM, sees the stage the command is in and raises
 * the signal at a seeded random moment of it. The store must then be as it was before that stage
 * or as the stage leaves it, and {@code parole run} again must complete. One round here (five
 * kills, SIGKILL and SIGINT in turn), to stay under a minute on two idle cores;
 * {@code -Dparole.stagekill.rounds=N} runs N (two kill every stage with both signals; bench/crash.sh).
 */
class StageKillTest {
  private static final int ROUNDS = Integer.getInteger("parole.stagekill.rounds", 1);
  private static final long SEED = Long.getLong("parole.stagekill.seed", System.currentTimeMillis());
  /** Copies of the demo's comments: a few thousand segments, each stage long enough to be caught. */
  private static final int COPIES = 1;

  @TempDir
  static Path dir;
  private static Path fresh;
  /** The store before the run, after its import, after its coding, after the whole run. */
  private static Map<String, String> empty;
  private static Map<String, String> imported;
  private static Map<String, String> coded;
  private static Map<String, String> done;
  /** How long each stage lasted in a complete run, in milliseconds. */
  private static Map<String, Long> durations;

  @BeforeAll
  static void studies() throws Exception {
    System.out.println("StageKillTest : graine " + SEED + " (-Dparole.stagekill.seed=" + SEED + " pour rejouer), "
        + ROUNDS + " tour(s)");
    fresh = study(dir.resolve("neuve/etude"));
    Study.open(fresh).openStore().close();
    empty = StoreDigest.of(fresh);
    Path stages = CrashTest.copy(fresh, dir.resolve("etapes/etude"));
    assertEquals(0, TestCli.run("import", stages.toString(), "-q").exit());
    imported = StoreDigest.of(stages);
    assertEquals(0, TestCli.run("code", stages.toString(), "-q").exit());
    coded = StoreDigest.of(stages);
    Path complete = CrashTest.copy(fresh, dir.resolve("complete/etude"));
    StageWatch.Outcome reference = StageWatch.run(complete, null, 0, null);
    assertEquals(0, reference.exit(), "a complete run succeeds: " + reference.lines());
    durations = reference.durations();
    assertEquals(StageWatch.STAGES, List.copyOf(durations.keySet()), "every stage is seen: " + reference.lines());
    done = StoreDigest.of(complete);
    assertNotEquals(empty, imported);
    assertNotEquals(imported, coded);
    System.out.println("StageKillTest : étapes d'une exécution complète (ms) " + durations);
  }

  @Test
  void aRunKilledDuringAnyStageLeavesTheStoreBeforeOrAfterThatStage() throws Exception {
    Random random = new Random(SEED);
    long started = System.nanoTime();
    int trial = 0;
    List<String> seen = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      for (String stage : StageWatch.STAGES) {
        // Signals alternate from one stage to the next and from one round to the next: two rounds
        // kill every stage with both.
        String signal = (StageWatch.STAGES.indexOf(stage) + round) % 2 == 0 ? "KILL" : "INT";
        trial++;
        // In the stage's first half: its length varies with the machine's load from run to run.
        long after = (long) (random.nextDouble() * durations.get(stage) / 2);
        Path study = CrashTest.copy(fresh, dir.resolve("essai-" + trial + "/etude"));
        StageWatch.Outcome outcome = StageWatch.run(study, stage, after, signal);
        // A stage of a few hundred milliseconds can pass while the watching thread waits for a
        // core (the JIT's threads and the test's JVM share two): that run proves nothing, run again.
        for (int again = 0; again < 2 && outcome.killedIn() == null && outcome.exit() == 0; again++) {
          study = CrashTest.copy(fresh, dir.resolve("essai-" + trial + "-" + (again + 2) + "/etude"));
          outcome = StageWatch.run(study, stage, after, signal);
        }
        String where = "essai " + trial + " : SIG" + signal + " " + after + " ms après le début de « " + stage
            + " » (graine " + SEED + ")";
        assertTrue(outcome.killedIn() != null, where + ", la commande n'a pas été arrêtée : " + outcome.lines());
        assertNotEquals(0, outcome.exit(), where);
        Map<String, String> state = StoreDigest.of(study);
        assertTrue(expected(outcome.killedIn()).contains(numberingAside(outcome.killedIn(), state)), where
            + ", arrêtée pendant « "
            + outcome.killedIn() + " » : le magasin n'est ni avant ni après l'étape\n"
            + CrashTest.differences(empty, done, state) + outcome.lines());
        seen.add(outcome.killedIn() + "/" + signal + "→" + name(state));
        stillRuns(study, where);
      }
    }
    System.out.printf("StageKillTest : %d essai(s) en %d s, 0 incohérent : %s%n", trial,
        (System.nanoTime() - started) / 1_000_000_000, seen);
  }

  /** The states a kill during {@code stage} may leave: the store before it, or as it leaves it. */
  private static Set<Map<String, String>> expected(String stage) {
    return switch (stage) {
      case "import" -> Set.of(empty, imported);
      case "index" -> Set.of(imported); // the index is not the store: the store is as the import left it
      case "coding", "lemmas" -> Set.of(imported, coded);
      case "report" -> Set.of(coded, done);
      default -> throw new IllegalArgumentException(stage);
    };
  }

  /**
   * The report numbers each person it names for the first time in its own short transaction
   * ({@code study.Pseudonyms}: two processes must never give one number twice), and each commit
   * moves the store's change number ({@code meta}) on: killed during the report, the store may
   * hold some of the report's numbers. Those two tables are then left out of the comparison (the
   * numbers no more than a complete run gives); every other table must be as before or after.
   */
  private static Map<String, String> numberingAside(String stage, Map<String, String> state) {
    if (!stage.equals("report") || state.equals(coded) || state.equals(done)) {
      return state;
    }
    int numbered = Integer.parseInt(state.getOrDefault("pseudonyms", "0:").split(":")[0]);
    assertTrue(numbered <= Integer.parseInt(done.getOrDefault("pseudonyms", "0:").split(":")[0]),
        "no more names numbered than a complete run numbers: " + state);
    Map<String, String> rest = new java.util.TreeMap<>(state);
    Map<String, String> doneRest = new java.util.TreeMap<>(done);
    Map<String, String> codedRest = new java.util.TreeMap<>(coded);
    for (String table : List.of("pseudonyms", "meta")) {
      rest.remove(table);
      doneRest.remove(table);
      codedRest.remove(table);
    }
    return rest.equals(doneRest) ? done : rest.equals(codedRest) ? coded : state;
  }

  private static String name(Map<String, String> state) {
    return state.equals(empty) ? "vide" : state.equals(imported) ? "importée" : state.equals(coded) ? "codée" : "finie";
  }

  /** {@code parole run} again completes: every comment imported and coded, the report written, search works. */
  private static void stillRuns(Path study, String where) {
    Path reports = study.resolveSibling("rapports-bis");
    TestCli.Run again = TestCli.run("run", study.toString(), "-q", "--out", reports.toString());
    assertEquals(0, again.exit(), where + ", nouvelle exécution : " + again.err());
    Map<String, String> state = StoreDigest.of(study);
    assertEquals(done.get("segments"), state.get("segments"), where);
    assertEquals(done.get("codings").split(":")[0], state.get("codings").split(":")[0], where);
    assertTrue(Files.isRegularFile(reports.resolve("etude/index.html")), where);
    TestCli.Run search = TestCli.run("search", study.toString(), "accueil");
    assertEquals(0, search.exit(), where + ", recherche : " + search.err());
    assertTrue(search.out().contains("[accueil"), where + " : " + search.out());
  }

  /**
   * A study of {@value #COPIES} copies of the demo's comments, each copy with a line of its own
   * (identical files would be taken for one file renamed), coded with the e-Satis codebook.
   */
  private static Path study(Path folder) throws IOException {
    Path demo = Path.of("corpora", "demo", "verbatims", "esatis-verbatims-demo.csv");
    String comments = Files.readString(demo, StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve("verbatims"));
    for (int copy = 1; copy <= COPIES; copy++) {
      Files.writeString(folder.resolve("verbatims").resolve("commentaires-" + copy + ".csv"), comments
          + "01/01/2021;CHU1;Cardiologie;+48h MCO;\"Copie " + copy + " : un accueil chaleureux.\";\r\n",
          StandardCharsets.UTF_8);
    }
    Files.writeString(folder.resolve("study.yaml"), "name: etude\nsources:\n  - path: verbatims/\n"
        + "    type: verbatims\n    codebook: esatis\nattributes: [establishment, polarity, service]\n");
    return folder;
  }
}
