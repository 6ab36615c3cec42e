package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
      store.segmentQueries().forEachSegment(0, s -> {
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
  void classifyWritesEverySuggestionWithItsThresholdAndWhetherItCounts() throws Exception {
    Path input = dir.resolve("verbatims.tsv");
    Files.writeString(input, "id\ttext\nv1\tLes repas étaient froids et l'attente interminable.\nv2\tMerci.\n");
    Run run = run("classify", "--codebook", "esatis", "--input", input.toString());
    assertEquals(0, run.exit(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals("id\tcode\tconfiance\torigine\tseuil\tretenu\tindice", lines[0]);
    List<String[]> v1 = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t");
      assertEquals(7, cells.length, line);
      if (cells[0].equals("v1")) {
        v1.add(cells);
      }
      if (!cells[0].equals("id")) {
        double confidence = Double.parseDouble(cells[2]);
        double threshold = Double.parseDouble(cells[4]);
        assertEquals(confidence >= threshold ? "oui" : "non", cells[5], line);
      }
    }
    // Two themes in one comment: both counted, each from its rule and the shipped model.
    for (String theme : List.of("esatis/repas", "esatis/attente")) {
      String[] row = v1.stream().filter(c -> c[1].equals(theme)).findFirst().orElseThrow(() -> new AssertionError(
          run.out()));
      assertEquals("rule+model", row[3]);
      assertEquals("oui", row[5], run.out());
    }
    assertTrue(run.out().lines().noneMatch(l -> l.startsWith("v2\t") && l.contains("\toui\t")), run.out());
  }

  @Test
  void classifyRefusesAModelFolderThatIsNotThere() throws Exception {
    Path input = dir.resolve("verbatims.tsv");
    Files.writeString(input, "id\ttext\nv1\tMerci.\n");
    Run run = run("classify", "--codebook", "esatis", "--input", input.toString(), "--model",
        dir.resolve("nulle-part").toString());
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("nulle-part") && run.err().contains("introuvable"), run.err());
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
  void classifyRefusesAnIdGivenTwiceBeforeWritingAnything() throws Exception {
    Path input = dir.resolve("doublon.tsv");
    Files.writeString(input, "id\ttext\nv1\tLe repas était froid.\nv2\tAccueil chaleureux.\nv1\tAttente longue.\n");
    Run run = run("classify", "--codebook", "esatis", "--input", input.toString(), "--rapide");
    assertEquals(ExitCodes.DATA, run.exit());
    assertTrue(run.err().contains("doublon.tsv, ligne 4") && run.err().contains("« v1 »"), run.err());
    assertEquals("", run.out(), "not even the header: the file is checked whole first");
  }

  @Test
  void evaluateWithFoldsComparesRulesModelAndBoth() {
    Run run = run("evaluate", "--codebook", "partenariat", "--gold",
        "corpora/demo/reference/gold-partenariat.tsv", "--folds", "4");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("niveau       règles+modèle"), run.out());
    assertTrue(run.out().contains("type (non exclusive) : 36 textes"), run.out());
    assertTrue(run.out().contains("niveau (exclusive) : 36 textes, exactitude"), run.out());
  }

  @Test
  void evaluateScoresSeveralCodesPerTextFromAColumnNamedOtherwise() throws Exception {
    Path gold = dir.resolve("avis.tsv");
    Files.writeString(gold, """
        id\tthemes\ttext
        a1\trepas|attente\tLes repas étaient froids et l'attente interminable.
        a2\taucun\tRien à dire.
        a3\tpec_paramedicale\tLes infirmières sont au top.
        """);
    Run run = run("evaluate", "--codebook", "esatis", "--gold", gold.toString(), "--column", "esatis=themes");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("esatis (non exclusive, colonne « themes ») : 3 textes, 14 codes possibles"),
        run.out());
    assertTrue(run.out().contains("micro : précision") && run.out().contains("perte de Hamming")
        && run.out().contains("textes sans code : 1 dans la référence"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+repas\\s+0\\.\\d+ \\(calibré\\)\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1")),
        run.out());
  }

  @Test
  void evaluateLearnsFromOtherCodedTextsAloneOrWithTheFolds() throws Exception {
    Path gold = dir.resolve("avis.tsv");
    Files.writeString(gold, """
        id\tesatis\ttext
        a1\trepas\tLes repas étaient froids.
        a2\tattente\tTrois heures d'attente aux urgences.
        a3\trepas\tRepas excellents, bravo au cuisinier.
        a4\tattente\tOn a attendu toute la matinée.
        """);
    Path train = dir.resolve("construits.tsv");
    Files.writeString(train, """
        id\tesatis\ttext
        c1\trepas\tLe repas du soir était immangeable.
        c2\tattente\tAttente beaucoup trop longue.
        c3\trepas|attente\tRepas servi avec une heure de retard.
        c4\taucun\tRien à dire.
        """);
    Run alone = run("evaluate", "--codebook", "esatis", "--gold", gold.toString(), "--train", train.toString());
    assertEquals(0, alone.exit(), alone.err());
    assertTrue(alone.out().contains("Codeur : règles et modèle appris (sur " + train + ")"), alone.out());
    assertTrue(alone.out().contains("esatis (non exclusive) : 4 textes"), alone.out());
    Run folds = run("evaluate", "--codebook", "esatis", "--gold", gold.toString(), "--folds", "2", "--train",
        train.toString());
    assertEquals(0, folds.exit(), folds.err());
    assertTrue(folds.out().contains("calibré sur les autres plis et sur " + train), folds.out());
    Run withModel = run("evaluate", "--codebook", "esatis", "--gold", gold.toString(), "--train", train.toString(),
        "--model", dir.toString());
    assertEquals(ExitCodes.USAGE, withModel.exit(), withModel.err());
    assertTrue(withModel.err().contains("--train apprend un modèle"), withModel.err());
  }

  @Test
  void evaluateRefusesAnUnknownColumnOrCodeNamingFileLineAndColumn() throws Exception {
    Path gold = dir.resolve("avis.tsv");
    Files.writeString(gold, "id\tthemes\ttext\na1\trepas|parking\tLe parking.\n");
    Run column = run("evaluate", "--codebook", "esatis", "--gold", gold.toString(), "--column", "esatis=thèmes");
    assertEquals(ExitCodes.DATA, column.exit());
    assertTrue(column.err().contains("avis.tsv, ligne 1") && column.err().contains("« thèmes »"), column.err());
    Run code = run("evaluate", "--codebook", "esatis", "--gold", gold.toString(), "--column", "esatis=themes");
    assertEquals(ExitCodes.DATA, code.exit());
    assertTrue(code.err().contains("avis.tsv, ligne 2") && code.err().contains("colonne « themes »")
        && code.err().contains("« parking »"), code.err());
    Run noColumn = run("evaluate", "--codebook", "esatis", "--gold", gold.toString());
    assertEquals(ExitCodes.DATA, noColumn.exit());
    assertTrue(noColumn.err().contains("--column"), noColumn.err());
    Run badOption = run("evaluate", "--codebook", "esatis", "--gold", gold.toString(), "--column", "themes");
    assertEquals(ExitCodes.USAGE, badOption.exit(), badOption.err());
  }

  @Test
  void codebookShowsEachCodesThresholdAndWhereItComesFrom() {
    Run esatis = run("codebook", "esatis");
    assertEquals(0, esatis.exit(), esatis.err());
    assertTrue(esatis.out().contains("non exclusive : plusieurs codes par segment"), esatis.out());
    assertTrue(esatis.out().lines().anyMatch(l -> l.contains("seuil 0.") && l.contains("(calibré : F1 0.")
        && l.contains("texte(s) codé(s) repas")), esatis.out());
    Run partenariat = run("codebook", "partenariat");
    assertTrue(partenariat.out().contains("niveau — Niveau de partenariat (3 codes, exclusive : un code par segment)"),
        partenariat.out());
    assertTrue(partenariat.out().lines().anyMatch(l -> l.contains("seuil 0.") && l.contains("(calibré : F1 0.")
        && l.contains("texte(s) codé(s) obstacle")), "the shipped model tells obstacles: " + partenariat.out());
    assertTrue(partenariat.out().contains("seuil 0.500 (défaut : le modèle n'y fait pas mieux que compter ce code "
        + "partout, 203 texte(s) codé(s) patient)"), partenariat.out());
    // Models learned from the 36 dev quotes alone: no acteur model, and obstacle no better told than given to all.
    Path quotes = dir.resolve("modeles-citations");
    assertEquals(0, run("train", "--codebook", "partenariat", "--gold", "corpora/demo/reference/gold-partenariat.tsv",
        "--out", quotes.toString()).exit());
    Run own = run("codebook", "partenariat", "--model", quotes.toString());
    assertTrue(own.out().contains("appris comme levier"), own.out());
    assertTrue(own.out().contains("seuil 0.500 (défaut : pas de modèle appris)"), "acteur: " + own.out());
    assertTrue(own.out().contains("seuil 0.500 (défaut : le modèle n'y fait pas mieux que compter ce code "
        + "partout, 12 texte(s) codé(s) obstacle)"), own.out());
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
    assertTrue(run.out().contains("type : appris sur 36 texte(s) codé(s) (textes par code : levier 7, obstacle 12, "
        + "pratique 6, representation 11)"), run.out());
    assertTrue(run.out().contains("acteur : pas de modèle — aucun texte codé dans cette dimension."), run.out());
    assertEquals("Attention : sur les textes mis de côté, le modèle n'a pas mieux reconnu type/obstacle qu'en le "
        + "donnant à tous : pas de seuil calibré (0.5 par défaut).", run.err().strip(),
        "every code has 5 texts or more; obstacle is no better told apart than given to all");
  }

  /** The shipped partnership models are what their documented command gives, byte for byte (models/README.md). */
  @Test
  void theShippedPartnershipModelsAreLearnedFromTheConstructedTurnsAndTheQuotes() throws Exception {
    Path out = dir.resolve("partenariat");
    Run run = run("train", "--codebook", "partenariat", "--gold", "models/training/partenariat-entretiens.tsv",
        "--gold", "corpora/demo/reference/gold-partenariat.tsv", "--out", out.toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("acteur : appris sur "), "the constructed turns are coded for acteur: " + run.out());
    for (String dimension : List.of("type", "niveau", "acteur")) {
      assertArrayEquals(Files.readAllBytes(Path.of("models/learned/partenariat/" + dimension + ".bin")),
          Files.readAllBytes(out.resolve(dimension + ".bin")), dimension);
    }
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
    // The 8 decisions and the shipped constructed turns (ShippedTraining): every dimension learned.
    java.util.regex.Matcher texts = java.util.regex.Pattern.compile("niveau : appris sur (\\d+) texte").matcher(train.out());
    assertTrue(texts.find() && Integer.parseInt(texts.group(1)) > 8, train.out());
    assertTrue(train.out().contains("type : appris sur"), train.out());
    Run code = run("code", study.toString(), "-q");
    assertEquals(0, code.exit(), code.err());
    assertTrue(code.out().contains("niveau/"), code.out());
  }

  @Test
  void trainWithoutEnoughHumanCodingsSaysWhy() {
    Path study = importedDemo();
    Run train = run("train", study.toString());
    assertEquals(ExitCodes.DATA, train.exit());
    assertTrue(train.err().contains("Pas encore de décision humaine sur « partenariat »"), train.err());
  }

  private static SegmentRecord first(Path folder, SegmentKind kind) {
    List<SegmentRecord> found = new ArrayList<>();
    try (StudyStore store = Study.open(folder).openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
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
