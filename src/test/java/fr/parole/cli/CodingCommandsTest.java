package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tag, agreement, code, classify and evaluate, as a user runs them. */
class CodingCommandsTest {
  @TempDir
  Path dir;

  private static Run run(String... args) {
    return TestCli.run(args);
  }

  private Path importedDemo() {
    Path study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, run("import", study.toString(), "-q").exit());
    return study;
  }

  private static List<Long> participantSegments(Path folder) {
    List<Long> ids = new ArrayList<>();
    try (StudyStore store = Study.open(folder).openStore()) {
      store.queries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed()) {
          ids.add(s.id());
        }
      });
    }
    return ids;
  }

  @Test
  void twoCodersAgreementMatchesAHandComputation() {
    Path study = importedDemo();
    List<Long> ids = participantSegments(study);
    String[] alice = {"type/levier", "type/obstacle", "type/levier", "type/obstacle"};
    String[] bob = {"type/levier", "type/obstacle", "type/obstacle", "type/obstacle"};
    for (int i = 0; i < 4; i++) {
      assertEquals(0, run("code", study.toString(), "--segment", ids.get(i).toString(), "--code", alice[i],
          "--coder", "alice").exit());
      assertEquals(0, run("code", study.toString(), "--segment", ids.get(i).toString(), "--code", bob[i],
          "--coder", "bob").exit());
    }
    Run status = run("status", study.toString());
    assertTrue(status.out().contains("type/levier") && status.out().contains("acceptés"), status.out());
    Run agreement = run("agreement", study.toString(), "--coders", "alice,bob");
    assertEquals(0, agreement.exit(), agreement.err());
    // 3 of 4 agree; A_e = (2·1 + 2·3) / 16 = 0.5, so κ = (0.75 − 0.5) / (1 − 0.5) = 0.5.
    assertTrue(agreement.out().contains("type (ensemble)                                    4    0.750   0.500"),
        agreement.out());
    assertTrue(agreement.out().contains("  type/levier (Levier)"), agreement.out());
    // The one segment where they differ is listed, with an excerpt and each one's codes with labels.
    assertTrue(agreement.out().contains("Désaccords : 1 (segment et dimension où alice et bob n'ont pas mis les mêmes "
        + "codes)"), agreement.out());
    assertTrue(agreement.out().contains("  segment " + ids.get(2) + " · "), agreement.out());
    assertTrue(agreement.out().contains("    alice : type/levier (Levier)\n    bob   : type/obstacle (Obstacle)"),
        agreement.out());
    assertTrue(agreement.out().contains("    « "), agreement.out());
  }

  @Test
  void disagreementsGoToAFileWithTheirTextPseudonymised() throws Exception {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\ncodebook: partenariat\n",
        "entretiens/a.md", "IDE 1 : Le Dr Martin nous forme, appelez le 06 12 34 56 78.\n\nIDE 1 : Rien à dire.\n");
    assertEquals(0, run("import", study.toString(), "-q").exit());
    List<Long> ids = participantSegments(study);
    for (long id : ids) {
      assertEquals(0, run("code", study.toString(), "--segment", String.valueOf(id), "--code", "type/levier",
          "--coder", "alice").exit());
    }
    assertEquals(0, run("code", study.toString(), "--segment", String.valueOf(ids.get(0)), "--code", "type/obstacle",
        "--coder", "bob").exit());
    assertEquals(0, run("code", study.toString(), "--segment", String.valueOf(ids.get(1)), "--code", "type/levier",
        "--coder", "bob").exit());
    Path file = dir.resolve("desaccords.tsv");
    Run run = run("agreement", study.toString(), "--coders", "alice,bob", "--disagreements", file.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("1 désaccord(s) écrit(s) dans " + file), run.out());
    List<String> lines = Files.readAllLines(file);
    assertEquals("\uFEFFsegment\tsource\tligne\tlocuteur\tdimension\tcodes de alice\tlibellés (alice)\tcodes de bob\t"
        + "libellés (bob)\ttexte", lines.get(0));
    assertEquals(ids.get(0) + "\tentretiens/a.md\t1\tIDE 1\ttype\ttype/levier\tLevier\ttype/obstacle\tObstacle\t"
        + "Le Dr [NOM-1] nous forme, appelez le [TEL].", lines.get(1));
    assertEquals(2, lines.size());
    assertTrue(run.out().contains("Le Dr [NOM-1] nous forme") && !run.out().contains("Martin"), run.out());
  }

  @Test
  void agreementRefusesCodersItCannotCompare() {
    Path study = importedDemo();
    for (String coders : new String[] {"alice", "alice,alice", "alice,", "alice,bob,carol"}) {
      Run run = run("agreement", study.toString(), "--coders", coders);
      assertEquals(ExitCodes.USAGE, run.exit(), coders);
      assertTrue(run.err().contains("--coders attend deux noms différents"), run.err());
    }
    Run limit = run("agreement", study.toString(), "--coders", "alice,bob", "--limit", "-1");
    assertEquals(ExitCodes.USAGE, limit.exit());
  }

  @Test
  void tagRefusesAnUnknownCodeOrSegment() {
    Path study = importedDemo();
    Run badCode = run("code", study.toString(), "--segment", "1", "--code", "type/levir",
        "--coder", "alice");
    assertEquals(ExitCodes.DATA, badCode.exit());
    assertTrue(badCode.err().contains("type/levir"), badCode.err());
    Run badSegment = run("code", study.toString(), "--segment", "99999", "--code", "type/levier",
        "--coder", "alice");
    assertEquals(ExitCodes.DATA, badSegment.exit());
    assertTrue(badSegment.err().contains("99999"), badSegment.err());
  }

  @Test
  void classifyWritesOneRowPerSuggestion() throws Exception {
    Path input = dir.resolve("verbatims.tsv");
    Files.writeString(input, "id\ttext\nv1\tLes repas étaient froids.\nv2\tMerci.\n");
    Run run = run("classify", "--codebook", "esatis", "--input", input.toString());
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals("id\tcode\tconfidence\torigin", lines[0]);
    assertTrue(run.out().contains("v1\tesatis/repas\t0.800\trule"), run.out());
  }

  @Test
  void classifyRefusesAFileWithoutTextColumn() throws Exception {
    Path input = dir.resolve("mauvais.tsv");
    Files.writeString(input, "id\tcommentaire_libre\nv1\tx\n");
    Run run = run("classify", "--codebook", "esatis", "--input", input.toString());
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("mauvais.tsv, ligne 1"), run.err());
  }

  @Test
  void evaluateWithFoldsComparesRulesModelAndBoth() {
    Run run = run("evaluate", "--codebook", "partenariat", "--gold",
        "corpora/demo/reference/gold-partenariat.tsv", "--folds", "4");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("niveau       règles+modèle"), run.out());
    assertTrue(run.out().contains("type : 36 unités"), run.out());
  }

  @Test
  void pseudonymiseKeepsOtherColumnsAndRefusesARaggedFile() throws Exception {
    Path input = dir.resolve("verbatims.tsv");
    Files.writeString(input, "id\tservice\ttext\nv1\tcardiologie\tMerci au Dr Martin, joignable au 06 12 34 56 78.\n");
    Run run = run("pseudonymise", "--input", input.toString());
    assertEquals(0, run.exit(), run.err());
    assertEquals("id\tservice\ttext\nv1\tcardiologie\tMerci au Dr [NOM-1], joignable au [TEL].\n", run.out());
    Path output = dir.resolve("pseudo.tsv");
    assertEquals(0, run("pseudonymise", "--input", input.toString(), "--output", output.toString()).exit());
    assertEquals("\uFEFF" + run.out(), Files.readString(output), "a file for a spreadsheet starts with a BOM");
    assertEquals(0, run("pseudonymise", "--input", output.toString()).exit(), "and reads back");
    Files.writeString(input, "id\ttext\nv1\tBien\tde trop\n");
    Run ragged = run("pseudonymise", "--input", input.toString());
    assertEquals(ExitCodes.DATA, ragged.exit());
    assertTrue(ragged.err().contains("ligne 2"), ragged.err());
  }

  @Test
  void trainFromAGoldFileWritesOneModelPerDimension() {
    Path out = dir.resolve("modeles");
    Run run = run("train", "--codebook", "partenariat", "--gold",
        "corpora/demo/reference/gold-partenariat.tsv", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(Files.exists(out.resolve("type.bin")) && Files.exists(out.resolve("niveau.bin")));
  }

  @Test
  void trainFromTheStudysAcceptedCodingsThenCodeUsesTheModel() {
    Path study = importedDemo();
    List<Long> ids = participantSegments(study);
    for (int i = 0; i < 8; i++) {
      String code = i % 2 == 0 ? "niveau/institutionnel" : "niveau/relation_de_soins";
      assertEquals(0, run("code", study.toString(), "--segment", ids.get(i).toString(), "--code", code,
          "--coder", "alice").exit());
    }
    Run train = run("train", study.toString());
    assertEquals(0, train.exit(), train.err());
    assertTrue(Files.exists(study.resolve(".parole/models/partenariat/niveau.bin")));
    Run code = run("code", study.toString(), "-q");
    assertEquals(0, code.exit(), code.err());
    assertTrue(code.out().contains("niveau/"), code.out());
  }

  @Test
  void trainWithoutEnoughHumanCodingsSaysWhy() {
    Path study = importedDemo();
    Run train = run("train", study.toString());
    assertEquals(ExitCodes.DATA, train.exit());
    assertTrue(train.err().contains("codages humains"), train.err());
  }

  private static SegmentRecord first(Path folder, SegmentKind kind) {
    List<SegmentRecord> found = new ArrayList<>();
    try (StudyStore store = Study.open(folder).openStore()) {
      store.queries().forEachSegment(0, s -> {
        if (s.kind() == kind && found.isEmpty()) {
          found.add(s);
        }
      });
    }
    return found.get(0);
  }

  @Test
  void codingAnInterviewerTurnByHandIsRefusedUnlessAskedFor() {
    Path study = importedDemo();
    SegmentRecord question = first(study, SegmentKind.INTERVIEWER);
    Run refused = run("code", study.toString(), "--segment", String.valueOf(question.id()), "--code", "type/levier",
        "--coder", "alice");
    assertEquals(ExitCodes.DATA, refused.exit());
    assertTrue(refused.err().contains("Le segment " + question.id() + " (" + question.sourcePath() + ", ligne "
        + question.line() + ") est un tour de l'enquêteur : il n'est ni codé ni compté."), refused.err());
    assertTrue(refused.err().contains("--allow-interviewer"), refused.err());
    assertFalse(run("status", study.toString()).out().contains("type/levier"), "nothing recorded");

    Run allowed = run("code", study.toString(), "--segment", String.valueOf(question.id()), "--code", "type/levier",
        "--coder", "alice", "--allow-interviewer");
    assertEquals(0, allowed.exit(), allowed.err());
  }

  @Test
  void aSpanOutsideTheSegmentIsRefusedNamingItsLength() {
    Path study = importedDemo();
    SegmentRecord turn = first(study, SegmentKind.TURN);
    int length = turn.text().length();
    for (String span : new String[] {"0:" + (length + 1), "-1:3", "5:5", "9:2"}) {
      Run run = run("code", study.toString(), "--segment", String.valueOf(turn.id()), "--code", "type/levier",
          "--coder", "alice", "--span", span);
      assertEquals(ExitCodes.DATA, run.exit(), span);
      assertTrue(run.err().contains("Passage invalide " + span + " pour le segment " + turn.id() + ", qui fait "
          + length + " caractère(s)"), run.err());
    }
    for (String span : new String[] {"0-3", "a:b", "1:2:3", ":4"}) {
      Run run = run("code", study.toString(), "--segment", String.valueOf(turn.id()), "--code", "type/levier",
          "--coder", "alice", "--span", span);
      assertEquals(ExitCodes.USAGE, run.exit(), span);
      assertTrue(run.err().contains("--span attend début:fin"), run.err());
    }
    assertFalse(run("status", study.toString()).out().contains("type/levier"), "nothing recorded");
    Run whole = run("code", study.toString(), "--segment", String.valueOf(turn.id()), "--code", "type/levier",
        "--coder", "alice", "--span", "0:" + length);
    assertEquals(0, whole.exit(), whole.err());
  }
}
