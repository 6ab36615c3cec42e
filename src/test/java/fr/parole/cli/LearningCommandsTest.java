package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.Study;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify --explain and « le modèle a appris de N décisions » in parole status, as a user runs them. */
class LearningCommandsTest {
  @TempDir
  Path dir;

  @Test
  void classifyExplainSaysTheRuleAndTheWordsAndNeverAName() throws Exception {
    Path input = dir.resolve("verbatims.tsv");
    Files.writeString(input, "id\ttext\nv1\tLes repas étaient froids. Le docteur Martin Durand était charmant.\n");
    Run run = TestCli.run("classify", "--codebook", "esatis", "--input", input.toString(), "--explain");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals("id\tcode\tconfiance\torigine\tseuil\tretenu\tindice\tpourquoi", lines.get(0));
    String repas = lines.stream().filter(l -> l.startsWith("v1\tesatis/repas\t")).findFirst()
        .orElseThrow(() -> new AssertionError(run.out()));
    String why = repas.split("\t")[7];
    assertTrue(why.startsWith("règle : ") && why.contains(" ; mots : ") && why.contains("repas ("), why);
    assertTrue(lines.stream().allMatch(l -> l.split("\t").length == 8), run.out());
    assertFalse(run.out().contains("Durand") || run.out().contains("Martin") || run.out().contains("NOM"), run.out());
  }

  @Test
  void explainWithoutAModelIsAFrenchMessageNotATrace() throws Exception {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    Path empty = Files.createDirectories(study.resolve(".parole/models/esatis"));
    Path input = dir.resolve("verbatims.tsv");
    Files.writeString(input, "id\ttext\nv1\tLes repas étaient froids.\n");
    Run run = TestCli.run("classify", "--codebook", "esatis", "--input", input.toString(), "--model", empty.toString(),
        "--explain");
    assertEquals(3, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains("--explain : aucun modèle appris pour le livre de codes « esatis »")
        && run.err().contains(empty.toString()) && run.err().contains("parole train"), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    assertEquals("", run.out(), "nothing written");
  }

  @Test
  void helpSaysWhatExplainDoesWithAnExample() {
    Run run = TestCli.run("classify", "--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("--explain") && run.out().contains("jamais un nom")
        && run.out().contains("parole classify --codebook esatis --input verbatims.tsv --explain"), run.out());
  }

  @Test
  void statusSaysHowManyDecisionsTheModelLearnedFrom() {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", folder.toString(), "-q").exit());
    Run before = TestCli.run("status", folder.toString());
    assertTrue(before.out().contains("modèle appris pour « ") && before.out().contains("pas encore entraîné"),
        before.out());
    Study study = Study.open(folder);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    List<Long> turns = TestStudies.segments(folder).stream().filter(s -> s.kind().name().equals("TURN"))
        .map(s -> s.id()).limit(14).toList();
    for (int i = 0; i < turns.size(); i++) {
      pipeline.codeByHand(study, "partenariat", turns.get(i), i % 2 == 0 ? "type/levier" : "type/obstacle", "alice",
          null, null);
    }
    Run train = TestCli.run("train", folder.toString(), "--codebook", "partenariat");
    assertEquals(0, train.exit(), train.err());
    Run after = TestCli.run("status", folder.toString());
    assertTrue(after.out().contains("Le modèle a appris de 14 décisions (mis à jour à l'instant)"), after.out());
  }

  @Test
  void decisionsImportedWithReviewTrainTheModelAgain() throws Exception {
    Path folder = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, TestCli.run("import", folder.toString(), "-q").exit());
    assertEquals(0, TestCli.run("code", folder.toString(), "-q").exit());
    Study study = Study.open(folder);
    Pipeline pipeline = new Pipeline(Progress.SILENT);
    List<Long> turns = TestStudies.segments(folder).stream().filter(s -> s.kind().name().equals("TURN"))
        .map(s -> s.id()).limit(14).toList();
    for (int i = 0; i < turns.size(); i++) {
      pipeline.codeByHand(study, "partenariat", turns.get(i), i % 2 == 0 ? "type/levier" : "type/obstacle", "alice",
          null, null);
    }
    Path sheet = dir.resolve("a-relire.tsv");
    assertEquals(0, TestCli.run("review", folder.toString(), "--codebook", "partenariat", "--export",
        sheet.toString()).exit());
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(sheet));
    lines.set(1, lines.get(1).replaceFirst("\t\t$", "\taccepté\tbob"));
    Files.write(sheet, lines);
    Run imported = TestCli.run("review", folder.toString(), "--codebook", "partenariat", "--import", sheet.toString());
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.out().contains("1 décision(s) enregistrée(s).")
        && imported.out().contains("Le modèle a appris de 15 décisions (mis à jour à l'instant)."), imported.out());
  }
}
