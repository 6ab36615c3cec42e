package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.coding.FastCoder;
import fr.parole.study.CodingRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** code, run, classify, train and evaluate with --rapide, as a user runs them. */
class FastCodingCommandsTest {
  @TempDir
  Path dir;

  private static List<CodingRecord> codings(Path study, String codebook) {
    try (StudyStore store = Study.open(study).openStore()) {
      return store.codingQueries().codings(codebook);
    }
  }

  private static long firstComment(Path study) {
    try (StudyStore store = Study.open(study).openStore()) {
      long[] id = {-1};
      store.segmentQueries().forEachSegment(0, s -> {
        if (id[0] < 0 && s.kind().isAnalysed() && s.sourcePath().startsWith("verbatims/")) {
          id[0] = s.id();
        }
      });
      return id[0];
    }
  }

  @Test
  void codeRapideSuggestsAsTheFastCoderAndNeverTouchesAPersonsCoding() {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    long comment = firstComment(study);
    assertEquals(0, TestCli.run("code", study.toString(), "--segment", String.valueOf(comment), "--code",
        "esatis/cout", "--coder", "alice", "--codebook", "esatis").exit());
    Run fast = TestCli.run("code", study.toString(), "--rapide", "-q");
    assertEquals(0, fast.exit(), fast.err());
    List<CodingRecord> esatis = codings(study, "esatis");
    List<CodingRecord> machine = esatis.stream().filter(c -> !"human".equals(c.origin())).toList();
    assertFalse(machine.isEmpty());
    assertTrue(machine.stream().allMatch(c -> c.coder().equals(FastCoder.CODER) && c.status().equals("suggested")),
        machine.toString());
    assertTrue(esatis.stream().anyMatch(c -> c.coder().equals("alice") && c.segmentId() == comment
        && c.code().equals("esatis/cout") && c.origin().equals("human")));
    // The interviews' codebook is coded the fast way too, with its shipped fast model.
    assertTrue(codings(study, "partenariat").stream().allMatch(c -> c.coder().equals(FastCoder.CODER)));
    // A full run replaces the fast suggestions; alice's coding is still there.
    assertEquals(0, TestCli.run("code", study.toString(), "-q").exit());
    List<CodingRecord> after = codings(study, "esatis");
    assertTrue(after.stream().noneMatch(c -> c.coder().equals(FastCoder.CODER)));
    assertTrue(after.stream().anyMatch(c -> c.coder().equals("alice") && c.segmentId() == comment));
  }

  @Test
  void runRapideSaysInTheReportWhichCoderSuggested() throws Exception {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    Run run = TestCli.run("run", study.toString(), "--rapide", "-q", "--out", dir.resolve("rapports").toString());
    assertEquals(0, run.exit(), run.err());
    String html = Files.readString(dir.resolve("rapports").resolve("demo").resolve("index.html"));
    assertTrue(html.contains("suggestions du codage rapide"), "the method section names the fast coder");
    assertFalse(html.contains("suggestions du codage complet"));
  }

  @Test
  void codeRapideRefusesHandCoding() {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    Run run = TestCli.run("code", study.toString(), "--rapide", "--segment", "1", "--code", "type/levier", "--coder",
        "alice");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.err().contains("--rapide sert au codage automatique"), run.err());
  }

  @Test
  void trainRapideWritesAFastModelThatClassifyAndEvaluateRead() throws Exception {
    Path out = dir.resolve("modeles");
    Run train = TestCli.run("train", "--rapide", "--codebook", "esatis", "--gold",
        "models/training/esatis-commentaires.tsv", "--out", out.toString());
    assertEquals(0, train.exit(), train.err());
    assertTrue(train.out().contains("Modèles rapides (esatis) écrits dans " + out), train.out());
    assertTrue(Files.isRegularFile(out.resolve("esatis.rapide.bin")));
    assertFalse(Files.exists(out.resolve("esatis.bin")));
    Path input = dir.resolve("textes.tsv");
    Files.writeString(input, "id\ttext\n1\tL'agent de sécurité à l'entrée des urgences nous a bien orientés\n"
        + "2\tRepas froids\n");
    Run classify = TestCli.run("classify", "--codebook", "esatis", "--input", input.toString(), "--rapide", "--model",
        out.toString());
    assertEquals(0, classify.exit(), classify.err());
    assertTrue(classify.out().contains("\tmodel\t") && classify.out().contains(FastCoder.EVIDENCE), classify.out());
    assertTrue(classify.out().contains("2\tesatis/repas\t"), classify.out());
    Run evaluate = TestCli.run("evaluate", "--codebook", "esatis", "--gold", "models/training/esatis-commentaires.tsv",
        "--rapide", "--model", out.toString());
    assertEquals(0, evaluate.exit(), evaluate.err());
    assertTrue(evaluate.out().contains("codage rapide (racines, sans étiquetage), règles et modèle rapide"),
        evaluate.out());
    // Learned by evaluate itself (--train): the same fast model as train --rapide's, so the same scores.
    Run learning = TestCli.run("evaluate", "--codebook", "esatis", "--gold", "models/training/esatis-commentaires.tsv",
        "--rapide", "--train", "models/training/esatis-commentaires.tsv");
    assertEquals(0, learning.exit(), learning.err());
    assertTrue(learning.out().contains("codage rapide (racines, sans étiquetage), règles et modèle rapide (sur "
        + "models/training/esatis-commentaires.tsv)"), learning.out());
    assertEquals(scores(evaluate.out()), scores(learning.out()));
  }

  /** An evaluation's report without its first line (which names the coder). */
  private static String scores(String report) {
    return report.substring(report.indexOf('\n'));
  }

  @Test
  void trainRapideOnAStudyWritesItsFastModelBesideTheFullOnes() throws Exception {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    long comment = firstComment(study);
    assertEquals(0, TestCli.run("code", study.toString(), "--segment", String.valueOf(comment), "--code",
        "esatis/cout", "--coder", "alice", "--codebook", "esatis").exit());
    Run train = TestCli.run("train", study.toString(), "--codebook", "esatis", "--rapide");
    assertEquals(0, train.exit(), train.err());
    Path models = study.resolve(".parole").resolve("models").resolve("esatis");
    assertTrue(Files.isRegularFile(models.resolve("esatis.rapide.bin")));
    assertFalse(Files.exists(models.resolve("esatis.bin")), "the full model is not retrained by --rapide");
    assertFalse(Files.exists(models.resolve("apprentissage.properties")), "nor its note of what it learned from");
    // The study's fast model is the one coding uses now: the suggestions still come from the fast coder.
    assertEquals(0, TestCli.run("code", study.toString(), "--rapide", "-q").exit());
    assertTrue(codings(study, "esatis").stream().filter(c -> !"human".equals(c.origin()))
        .allMatch(c -> c.coder().equals(FastCoder.CODER)));
  }

  @Test
  void classifyRapideRefusesExplainAndAFolderWithoutAFastModel() throws Exception {
    Path input = dir.resolve("textes.tsv");
    Files.writeString(input, "id\ttext\n1\tRepas froids\n");
    Run explain = TestCli.run("classify", "--codebook", "esatis", "--input", input.toString(), "--rapide", "--explain");
    assertEquals(ExitCodes.USAGE, explain.exit());
    assertTrue(explain.err().contains("--explain ne va pas avec --rapide"), explain.err());
    Files.createDirectories(dir.resolve("vide"));
    Run none = TestCli.run("classify", "--codebook", "esatis", "--input", input.toString(), "--rapide", "--model",
        dir.resolve("vide").toString());
    assertEquals(ExitCodes.DATA, none.exit());
    assertTrue(none.err().contains("aucun modèle rapide") && !none.err().contains("Exception"), none.err());
  }

  @Test
  void helpSaysWhatRapideDoesWithAnExample() {
    for (String command : List.of("code", "run", "classify", "train", "evaluate")) {
      Run help = TestCli.run(command, "--help");
      assertTrue(help.out().contains("--rapide") && help.out().contains("racines"), command + ": " + help.out());
    }
    assertTrue(TestCli.run("code", "--help").out().contains("parole code mon-etude --rapide"));
    assertTrue(TestCli.run("run", "--help").out().contains("parole run mon-etude --rapide"));
    assertTrue(TestCli.run("train", "--help").out().contains("parole train --rapide"));
  }
}
