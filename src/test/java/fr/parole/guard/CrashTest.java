package fr.parole.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestStudies;
import fr.parole.cli.Main;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} during an import and during a coding run: a child JVM runs the command on a
 * copy of the demo and is killed at a random moment of the command (seeded; the seed is printed).
 * The store must then be as it was before the command or as a complete run leaves it, the study
 * must open, and the command run again must succeed. A few trials here; {@code bench/crash.sh}
 * runs many ({@code -Dparole.crash.trials=50}).
 */
class CrashTest {
  private static final int TRIALS = Integer.getInteger("parole.crash.trials", 3);
  private static final long SEED = Long.getLong("parole.crash.seed", System.currentTimeMillis());
  private static final String STARTED = "--- commande lancée ---";

  @TempDir
  static Path dir;
  /** The demo with an empty store (before the import), and the demo imported (before the coding run). */
  private static Path empty;
  private static Path imported;

  @BeforeAll
  static void studies() {
    System.out.println("CrashTest : graine " + SEED + " (-Dparole.crash.seed=" + SEED + " pour rejouer), " + TRIALS
        + " essai(s) par commande");
    empty = TestStudies.copyOfDemo(dir.resolve("vide/demo"));
    Study.open(empty).openStore().close();
    imported = copy(empty, dir.resolve("importee/demo"));
    assertEquals(0, TestCli.run("import", imported.toString(), "-q").exit());
  }

  @Test
  void aKilledImportLeavesTheStoreBeforeOrAfter() throws Exception {
    trials("import", empty);
  }

  @Test
  void aKilledCodingRunLeavesTheStoreBeforeOrAfter() throws Exception {
    trials("code", imported);
  }

  private static void trials(String command, Path model) throws Exception {
    Map<String, String> before = StoreDigest.of(model);
    Path complete = copy(model, dir.resolve(command + "/complet/demo"));
    long started = System.nanoTime();
    Child reference = Child.start(command, complete);
    assertEquals(0, reference.process.waitFor(), "a complete run succeeds");
    long duration = (System.nanoTime() - reference.startedAt) / 1_000_000;
    Map<String, String> after = StoreDigest.of(complete);
    assertTrue(!before.equals(after), "the command changes the store");
    // Run again on a complete run's store, the command has its own effect (a coding run replaces the
    // machine's suggestions under new ids, a change is counted): what a re-run after a kill must give.
    Path twice = copy(complete, dir.resolve(command + "/deux-fois/demo"));
    assertEquals(0, TestCli.run(command, twice.toString(), "-q").exit());
    Map<String, String> afterTwice = StoreDigest.of(twice);

    Random random = new Random(SEED ^ command.hashCode());
    int asBefore = 0;
    int asAfter = 0;
    for (int trial = 1; trial <= TRIALS; trial++) {
      Path study = copy(model, dir.resolve(command + "/essai-" + trial + "/demo"));
      long delay = (long) (random.nextDouble() * duration);
      Child child = Child.start(command, study);
      Thread.sleep(delay);
      child.process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
      child.process.waitFor(30, TimeUnit.SECONDS);
      Map<String, String> state = StoreDigest.of(study);
      String where = command + " essai " + trial + " : tué après " + delay + " ms sur " + duration + " ms (graine "
          + SEED + ")";
      assertTrue(state.equals(before) || state.equals(after), where + ", le magasin n'est ni avant ni après :\n"
          + differences(before, after, state));
      asBefore += state.equals(before) ? 1 : 0;
      asAfter += state.equals(after) ? 1 : 0;
      stillWorks(command, study, state.equals(before) ? after : afterTwice, where);
    }
    System.out.printf("CrashTest : %s, %d essai(s) en %d s : %d avant, %d après, 0 incohérent (durée de la commande "
        + "%d ms)%n", command, TRIALS, (System.nanoTime() - started) / 1_000_000_000, asBefore, asAfter, duration);
  }

  /** The study opens, the command run again succeeds and leaves the store {@code expected}, search works. */
  private static void stillWorks(String command, Path study, Map<String, String> expected, String where) {
    try (StudyStore store = Study.open(study).openStore()) {
      store.queries().summary();
    }
    TestCli.Run again = TestCli.run(command, study.toString(), "-q");
    assertEquals(0, again.exit(), where + ", nouvelle exécution : " + again.err());
    assertEquals(expected, StoreDigest.of(study), where + ", après nouvelle exécution");
    TestCli.Run search = TestCli.run("search", study.toString(), "patient");
    assertEquals(0, search.exit(), where + ", recherche : " + search.err());
    assertTrue(search.out().contains("[patient"), where + " : " + search.out());
  }

  static String differences(Map<String, String> before, Map<String, String> after, Map<String, String> state) {
    StringBuilder shown = new StringBuilder();
    state.forEach((table, rows) -> {
      if (!rows.equals(before.get(table)) || !rows.equals(after.get(table))) {
        shown.append("  ").append(table).append(" : ").append(rows).append(" (avant ").append(before.get(table))
            .append(", après ").append(after.get(table)).append(")\n");
      }
    });
    return shown.toString();
  }

  /**
   * A copy of a study folder, its .parole/ store and index included, with the e-Satis folder beside
   * it. Each copy has a parent of its own: files are imported in the order of their absolute paths,
   * so « ../esatis/ » must stand to the study's folder as it does in every other copy.
   */
  static Path copy(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (Files.isDirectory(from.resolveSibling("esatis")) && !Files.exists(to.resolveSibling("esatis"))) {
      copy(from.resolveSibling("esatis"), to.resolveSibling("esatis"));
    }
    return to;
  }

  /** {@code parole <command> <study>} in a JVM of its own, once it says the command has started. */
  record Child(Process process, long startedAt) {
    static Child start(String command, Path study) throws IOException {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process = new ProcessBuilder(java.toString(), "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
          "-cp", System.getProperty("java.class.path"), InChild.class.getName(), command, study.toString(), "-q")
          .redirectErrorStream(true).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> before = new ArrayList<>();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals(STARTED)) {
          // What the command prints next is read away, so that a full pipe never holds it.
          Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
          drain.setDaemon(true);
          drain.start();
          return new Child(process, System.nanoTime());
        }
        before.add(line);
      }
      throw new IllegalStateException("the child JVM did not start: " + before);
    }
  }

  /** The command line, once the JVM is up: what is timed and killed is the command, not the JVM's start. */
  public static final class InChild {
    public static void main(String[] args) {
      System.out.println(STARTED);
      System.out.flush();
      Main.main(args);
    }
  }
}
