package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.pipeline.Accounts;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole assign and parole agreement --assignment, as a user runs them: blinded coding from the terminal. */
class AssignCommandTest {
  private static final String DQ2 = "entretiens/DQ2.md";

  @TempDir
  Path dir;

  private Path study;

  private static Run run(String... args) {
    return TestCli.run(args);
  }

  @BeforeEach
  void demoWithPeople() {
    study = TestStudies.copyOfDemo(dir.resolve("demo"));
    assertEquals(0, run("import", study.toString(), "-q").exit());
    Accounts accounts = new Accounts();
    Study s = Study.open(study);
    accounts.add(s, "claire", "chercheur", "mot-de-passe-long".toCharArray(), false, "test");
    accounts.add(s, "alice", "co-chercheur", "mot-de-passe-long".toCharArray(), true, "test");
    accounts.add(s, "bruno", "chercheur", "mot-de-passe-long".toCharArray(), false, "test");
    accounts.add(s, "lea", "co-chercheur", "mot-de-passe-long".toCharArray(), false, "test");
  }

  private List<Long> dq2() {
    return dq2(study);
  }

  /** The participants' segments of DQ2.md in {@code study}, by id. */
  static List<Long> dq2(Path study) {
    List<Long> ids = new ArrayList<>();
    try (StudyStore store = Study.open(study).openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.sourcePath().equals(DQ2) && s.kind().isAnalysed()) {
          ids.add(s.id());
        }
      });
    }
    return ids;
  }

  private void code(long segment, String code, String coder) {
    Run coded = run("code", study.toString(), "--segment", String.valueOf(segment), "--code", code, "--coder", coder);
    assertEquals(0, coded.exit(), coded.err());
  }

  @Test
  void assignCodeBlindThenAgreementMatchesAHandComputationAndAResolutionIsRecorded() {
    Run assigned = run("assign", study.toString(), "--coders", "alice,bruno", "--source", DQ2, "--par", "claire");
    assertEquals(0, assigned.exit(), assigned.err());
    assertTrue(assigned.out().startsWith("Créée : affectation n° 1 (en cours) : 5 segment(s), source " + DQ2
        + ", livre « partenariat », codeurs alice, bruno ; par claire le "), assigned.out());
    List<Long> ids = dq2();
    String[] alice = {"type/levier", "type/levier", "type/obstacle", "type/obstacle", "type/levier"};
    String[] bruno = {"type/levier", "type/obstacle", "type/obstacle", "type/obstacle", "type/levier"};
    for (int i = 0; i < 5; i++) {
      code(ids.get(i), alice[i], "alice");
      code(ids.get(i), bruno[i], "bruno");
    }
    // A coding outside the assignment does not count in its agreement.
    code(dq2Outside(), "type/levier", "alice");
    Run agreement = run("agreement", study.toString(), "--assignment", "1");
    assertEquals(0, agreement.exit(), agreement.err());
    // By hand: 4 of 5 agree (0.8). Alice {L:3, O:2}, Bruno {L:2, O:3}: chance 12/25 = 0.48,
    // κ = (0.8 − 0.48) / 0.52 = 0.615. Krippendorff: 10 values, 5 L and 5 O; D_o = 2/10,
    // D_e = 2·5·5 / (10·9) = 0.556, α = 1 − 0.2 / 0.556 = 0.640.
    assertTrue(agreement.out().contains("type (ensemble)                                    5    0.800   0.615   0.640"),
        agreement.out());
    assertTrue(agreement.out().contains("== alice et bruno =="), agreement.out());
    assertTrue(agreement.out().contains("  segment " + ids.get(1) + " · "), agreement.out());
    assertTrue(agreement.out().contains("    alice : type/levier (Levier)\n    bruno : type/obstacle (Obstacle)"),
        agreement.out());
    assertTrue(agreement.out().contains("0 désaccord(s) tranché(s)."), agreement.out());

    Run resolved = run("assign", study.toString(), "--resolve", "1", "--segment", ids.get(1).toString(),
        "--dimension", "type", "--codes", "type/obstacle", "--par", "claire");
    assertEquals(0, resolved.exit(), resolved.err());
    assertTrue(resolved.out().contains("Désaccord tranché par claire : segment " + ids.get(1) + ", dimension type :"
        + " type/obstacle."), resolved.out());
    try (StudyStore store = Study.open(study).openStore()) {
      List<String> decisions = store.codingQueries().codings("partenariat").stream()
          .filter(c -> c.segmentId() == ids.get(1)).map(c -> c.coder() + " " + c.status() + " " + c.code()).sorted()
          .toList();
      // The coders' codings stay; the reference is claire's, with her rejection of the other code.
      assertEquals(List.of("alice accepted type/levier", "bruno accepted type/obstacle",
          "claire accepted type/obstacle", "claire rejected type/levier"), decisions);
      assertEquals("claire", store.assignments().resolutions(1).get(0).decidedBy());
    }
    Run again = run("assign", study.toString(), "--resolve", "1", "--segment", ids.get(1).toString(),
        "--dimension", "type", "--codes", "type/levier", "--par", "bruno");
    assertEquals(3, again.exit());
    assertTrue(again.err().contains("Ce désaccord a déjà été tranché (segment " + ids.get(1) + ", dimension « type »)"),
        again.err());
    Run notADisagreement = run("assign", study.toString(), "--resolve", "1", "--segment", ids.get(0).toString(),
        "--dimension", "type", "--codes", "type/levier");
    assertEquals(3, notADisagreement.exit());
    assertTrue(notADisagreement.err().contains("n'est pas un désaccord de l'affectation n° 1"), notADisagreement.err());
    assertTrue(run("agreement", study.toString(), "--assignment", "1").out().contains("1 désaccord(s) tranché(s)."));

    Run closed = run("assign", study.toString(), "--close", "1", "--par", "claire");
    assertTrue(closed.out().contains("Affectation n° 1 close"), closed.out());
    assertTrue(run("assign", study.toString(), "--list").out().startsWith("affectation n° 1 (close) : 5 segment(s)"));
  }

  @Test
  void threeCodersGetOneFigurePerCodeForTheTeamComputedByHand() {
    assertEquals(0, run("assign", study.toString(), "--coders", "alice,bruno,claire", "--source", DQ2, "--par",
        "claire").exit());
    List<Long> ids = dq2();
    String[][] coded = {{"alice", "type/levier", "type/levier", "type/obstacle", "type/obstacle", "type/levier"},
        {"bruno", "type/levier", "type/obstacle", "type/obstacle", "type/obstacle", "type/levier"},
        {"claire", "type/levier", "type/obstacle", "type/obstacle", "type/levier", null}};
    for (String[] coder : coded) {
      for (int i = 0; i < 5; i++) {
        if (coder[i + 1] != null) {
          code(ids.get(i), coder[i + 1], coder[0]);
        }
      }
    }
    Run agreement = run("agreement", study.toString(), "--assignment", "1");
    assertEquals(0, agreement.exit(), agreement.err());
    String out = agreement.out();
    // By hand. Type per segment: LLL, LOO, OOO, OOL, LL· (claire did not code the fifth: not read).
    // Pairs: 3/3 + 1/3 + 3/3 + 1/3 + 1/1 = 9 of 13 = 0.692.
    // Fleiss (the four segments read by all three): P̄ = (6 + 2 + 6 + 2) / 24 = 0.667; L 5, O 7 of 12:
    // P̄e = (25 + 49) / 144 = 0.514; κ = (0.667 − 0.514) / (1 − 0.514) = 0.314.
    // Alpha: n = 14 (7 L, 7 O), Σ o_cc = 3 + 1 + 3 + 1 + 2 = 10; α = (13·10 − 84) / (14·13 − 84) = 46/98 = 0.469.
    assertTrue(out.contains("== Toute l'équipe (3 codeurs) =="), out);
    assertTrue(out.contains("  claire a codé 4 segment(s)"), out);
    assertTrue(out.contains("type (ensemble)                                    5    0.692   0.314   0.469"), out);
    // Levier present/absent is the same study here (one code of two in one dimension).
    assertTrue(out.contains(String.format("%-44s %7d %8s %7s %7s", "  type/levier (Levier)", 5, "0.692", "0.314",
        "0.469")), out);
    assertTrue(out.indexOf("Toute l'équipe") < out.indexOf("Détail par paire de codeurs"), out);
    assertTrue(out.contains("== alice et bruno ==") && out.contains("== alice et claire ==")
        && out.contains("== bruno et claire =="), out);
  }

  private long dq2Outside() {
    try (StudyStore store = Study.open(study).openStore()) {
      List<Long> other = new ArrayList<>();
      store.segmentQueries().forEachSegment(0, s -> {
        if (!s.sourcePath().equals(DQ2) && s.kind().isAnalysed() && s.sourcePath().startsWith("entretiens/")) {
          other.add(s.id());
        }
      });
      return other.get(0);
    }
  }

  @Test
  void aSampleIsSeededAndBadAssignmentsAreRefusedInFrench() {
    Run sample = run("assign", study.toString(), "--coders", "alice,bruno", "--sample", "20", "--seed", "7");
    assertEquals(0, sample.exit(), sample.err());
    assertTrue(sample.out().contains("20 segment(s), échantillon aléatoire de 20 (graine 7)"), sample.out());
    Run query = run("assign", study.toString(), "--coders", "alice,bruno", "--query", "formation");
    assertEquals(0, query.exit(), query.err());
    assertTrue(query.out().contains("recherche « formation »"), query.out());

    assertRefused("Une affectation demande au moins deux codeurs différents", "--coders", "alice,alice", "--source",
        DQ2);
    assertRefused("« zoe » n'est pas une personne de l'étude", "--coders", "alice,zoe", "--source", DQ2);
    assertRefused("« lea » ne peut pas coder (rôle co-chercheur, sans droit de relecture)", "--coders", "alice,lea",
        "--source", DQ2);
    assertRefused("Aucun segment à coder dans la source « entretiens/X.md »", "--coders", "alice,bruno", "--source",
        "entretiens/X.md");
    assertRefused("Échantillon de 100000 segments impossible", "--coders", "alice,bruno", "--sample", "100000");
    assertRefused("Choisissez les segments d'une seule façon", "--coders", "alice,bruno", "--sample", "3",
        "--source", DQ2);
    Run unknown = run("agreement", study.toString(), "--assignment", "99");
    assertEquals(3, unknown.exit());
    assertTrue(unknown.err().contains("Affectation n° 99 inconnue"), unknown.err());
  }

  private void assertRefused(String message, String... options) {
    List<String> args = new ArrayList<>(List.of("assign", study.toString()));
    args.addAll(List.of(options));
    Run refused = run(args.toArray(String[]::new));
    assertEquals(3, refused.exit(), refused.out());
    assertTrue(refused.err().contains(message), refused.err());
  }
}
