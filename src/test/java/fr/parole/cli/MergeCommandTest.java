package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.Progress;
import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.coding.ReviewDecision;
import fr.parole.pipeline.DiscussionService;
import fr.parole.pipeline.Documents;
import fr.parole.pipeline.Pipeline;
import fr.parole.study.DiscussionItem;
import fr.parole.study.SegmentRecord;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** parole merge on two copies of the demo coded apart, as a user runs it, and its bad input. */
class MergeCommandTest {
  private static final String MED1 = "entretiens/DQ2.md";

  @TempDir
  Path dir;

  private final Pipeline pipeline = new Pipeline(Progress.SILENT);

  private static Run run(String... args) {
    return TestCli.run(args);
  }

  /** A copy of the demo, imported; {@code shifted}: MED1.md imported last, so its segment ids differ. */
  private Path importedDemo(String name, boolean shifted) throws Exception {
    Path study = TestStudies.copyOfDemo(dir.resolve(name));
    if (shifted) {
      Path aside = dir.resolve(name + "-DQ2.md");
      Files.move(study.resolve(MED1), aside);
      assertEquals(0, run("import", study.toString(), "-q").exit());
      Files.move(aside, study.resolve(MED1));
    }
    Run imported = run("import", study.toString(), "-q");
    assertEquals(0, imported.exit(), imported.err());
    return study;
  }

  /** The participants' segments of MED1.md, in order. */
  private static List<SegmentRecord> med1(Path folder) {
    List<SegmentRecord> segments = new ArrayList<>();
    try (StudyStore store = Study.open(folder).openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.sourcePath().equals(MED1) && s.kind().isAnalysed()) {
          segments.add(s);
        }
      });
    }
    return segments;
  }

  private static void code(Path study, long segment, String code, String coder) {
    Run coded = run("code", study.toString(), "--segment", String.valueOf(segment), "--code", code, "--coder", coder);
    assertEquals(0, coded.exit(), coded.err());
  }

  private void reject(Path study, long segment, String code, String coder) {
    pipeline.recordDecisions(Study.open(study), null, "test", List.of(new ReviewDecision(segment, code,
        ReviewDecision.Kind.REJECT, null, coder, 0)));
  }

  /** "coder status code @ordinal at" of every human decision on MED1, sorted: comparable across copies. */
  private static List<String> decisions(Path folder) {
    Map<Long, Integer> ordinals = new LinkedHashMap<>();
    med1(folder).forEach(s -> ordinals.put(s.id(), s.ordinal()));
    List<String> rows = new ArrayList<>();
    try (StudyStore store = Study.open(folder).openStore()) {
      for (long id : ordinals.keySet()) {
        store.documentQueries().codingsOf(store.segmentQueries().segment(id).orElseThrow().sourceId(), id, id).stream()
            .filter(c -> c.human())
            .forEach(c -> rows.add(c.coder() + " " + c.status() + " " + c.code() + " @" + ordinals.get(id) + " "
                + c.at()));
      }
    }
    return rows.stream().sorted().toList();
  }

  private static byte[] bytes(Path file) throws Exception {
    return Files.readAllBytes(file);
  }

  @Test
  void bringsEachPersonsWorkKeepsBothSidesOfAConflictAndAddsNothingTheSecondTime() throws Exception {
    Path a = importedDemo("a", false);
    Path b = importedDemo("b", true);
    List<SegmentRecord> inA = med1(a);
    List<SegmentRecord> inB = med1(b);
    assertEquals(inA.size(), inB.size());
    assertFalse(inA.get(0).id() == inB.get(0).id(), "the copies must give MED1 different ids for this test");
    // Alice on her laptop (a), Bruno on his (b); alice also coded on b once.
    code(a, inA.get(0).id(), "type/levier", "alice");
    code(a, inA.get(2).id(), "type/levier", "alice");
    code(a, inA.get(3).id(), "type/obstacle", "alice");
    code(a, inA.get(4).id(), "type/levier", "alice");
    code(b, inB.get(0).id(), "type/levier", "bruno");
    code(b, inB.get(1).id(), "type/obstacle", "bruno");
    reject(b, inB.get(2).id(), "type/levier", "bruno");
    reject(b, inB.get(3).id(), "type/obstacle", "alice");
    code(b, inB.get(4).id(), "type/levier", "alice");
    new Documents().memo(Study.open(b), "segment", String.valueOf(inB.get(1).id()), "bruno",
        "Tour à relire avec l'équipe.");
    new DiscussionService(pipeline).comment(Study.open(b), new DiscussionItem.New("segment",
        String.valueOf(inB.get(1).id()), "bruno", "2026-12-01T10:00:00Z", "Obstacle ou pratique ?", null, null));
    // Machine suggestions in b are derived: they are not merged.
    assertEquals(0, run("code", b.toString(), "-q").exit());
    byte[] bBefore = bytes(b.resolve(".parole/study.db"));
    List<String> bDecisions = decisions(b);

    Run merged = run("merge", a.toString(), b.toString(), "--par", "alice");
    assertEquals(0, merged.exit(), merged.err());
    assertTrue(merged.out().startsWith("4 codages ajoutés (1 déjà présent), 1 mémo ajouté, 1 message ajouté,"
        + " 2 conflits."), merged.out());
    assertTrue(merged.out().contains(MED1 + ", ligne " + inA.get(2).line() + ", « Levier » (type/levier) : "),
        merged.out());
    assertTrue(merged.out().contains("appliqué par alice (") && merged.out().contains("rejeté par bruno ("),
        merged.out());
    // Every decision of b is now in a, with its person and date; a's own are still there.
    List<String> aDecisions = decisions(a);
    String alicesOwn = "alice accepted type/levier @" + inB.get(4).ordinal() + " ";
    assertTrue(aDecisions.containsAll(bDecisions.stream().filter(d -> !d.startsWith(alicesOwn)).toList()),
        aDecisions + "\n" + bDecisions);
    assertEquals(8, aDecisions.size(), aDecisions.toString());
    assertEquals(0, aDecisions.stream().filter(d -> d.contains("suggested")).count());
    try (StudyStore store = Study.open(a).openStore()) {
      List<DiscussionItem> items = store.discussions().all();
      assertEquals(3, items.size(), items.toString());
      assertTrue(items.stream().anyMatch(i -> i.author().equals("bruno") && i.target().equals(
          String.valueOf(inA.get(1).id())) && i.at().equals("2026-12-01T10:00:00Z")), items.toString());
      assertEquals(2, items.stream().filter(i -> i.text().startsWith("Conflit de fusion") && i.open()
          && i.proposedCode() != null).count(), items.toString());
      assertEquals(1, store.documentQueries().memos("segment", List.of(String.valueOf(inA.get(1).id()))).size());
    }
    // b was only read.
    assertArrayEquals(bBefore, bytes(b.resolve(".parole/study.db")));

    Run again = run("merge", a.toString(), b.toString(), "--par", "alice");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().startsWith("0 codage ajouté (5 déjà présents), 0 mémo ajouté, 0 message ajouté, 0 conflit :"
        + " rien de nouveau à fusionner."), again.out());
    assertEquals(aDecisions, decisions(a));
  }

  @Test
  void aTrialSaysWhatItWouldBringAndWritesNothing() throws Exception {
    Path a = importedDemo("a", false);
    Path b = importedDemo("b", true);
    code(b, med1(b).get(0).id(), "type/levier", "bruno");
    byte[] aBefore = bytes(a.resolve(".parole/study.db"));
    Run trial = run("merge", a.toString(), b.toString(), "--essai");
    assertEquals(0, trial.exit(), trial.err());
    assertTrue(trial.out().startsWith("Essai, rien n'a été écrit : 1 codage ajouté, 0 mémo ajouté"), trial.out());
    assertArrayEquals(aBefore, bytes(a.resolve(".parole/study.db")));
    assertTrue(decisions(a).isEmpty());
  }

  @Test
  void aCodingOfASegmentThisCopyDoesNotHaveIsListedNotDropped() throws Exception {
    Path a = importedDemo("a", false);
    Path b = TestStudies.copyOfDemo(dir.resolve("b"));
    // Bruno's copy of MED1.md has one turn written differently.
    SegmentRecord changed = med1(a).get(1);
    String text = Files.readString(b.resolve(MED1), StandardCharsets.UTF_8);
    String firstWords = changed.text().substring(0, Math.min(30, changed.text().length()));
    assertTrue(text.contains(firstWords));
    Files.writeString(b.resolve(MED1), text.replace(firstWords, "Autrement dit, " + firstWords),
        StandardCharsets.UTF_8);
    assertEquals(0, run("import", b.toString(), "-q").exit());
    List<SegmentRecord> inB = med1(b);
    code(b, inB.get(0).id(), "type/levier", "bruno");
    code(b, inB.get(1).id(), "type/obstacle", "bruno");

    Run merged = run("merge", a.toString(), b.toString(), "--par", "alice");
    assertEquals(0, merged.exit(), merged.err());
    assertTrue(merged.out().startsWith("1 codage ajouté, 0 mémo ajouté, 0 message ajouté, 0 conflit, 1 élément non"
        + " reporté."), merged.out());
    assertTrue(merged.out().contains("Non reportés (restent dans " + b + ") : 1\n  - le codage « Obstacle » de bruno ("),
        merged.out());
    assertTrue(merged.out().contains("sur " + MED1 + ", ligne " + inB.get(1).line() + " (segment n° "
        + inB.get(1).ordinal() + " de la source) : segment absent de « " + a + " »"), merged.out());
  }

  @Test
  void differentCodebooksAreMatchedByIdThenLabelAndTheRestListed() throws Exception {
    Path a = importedDemo("a", false);
    Path b = TestStudies.copyOfDemo(dir.resolve("b"));
    String book = Files.readString(Path.of("models/codebooks/partenariat.yaml"), StandardCharsets.UTF_8)
        .replace("      - id: levier\n        label: Levier", "      - id: facteur_favorable\n        label: Levier")
        .replace("      - id: obstacle\n        label: Obstacle", "      - id: frein\n        label: Frein");
    Files.writeString(b.resolve("livre.yaml"), book, StandardCharsets.UTF_8);
    Path yaml = b.resolve("study.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("codebook: partenariat\n", "codebook: livre.yaml\n"));
    assertEquals(0, run("import", b.toString(), "-q").exit());
    List<SegmentRecord> inB = med1(b);
    code(b, inB.get(0).id(), "type/facteur_favorable", "bruno");
    code(b, inB.get(1).id(), "type/frein", "bruno");
    code(b, inB.get(2).id(), "type/frein", "bruno");

    Run merged = run("merge", a.toString(), b.toString(), "--par", "alice");
    assertEquals(0, merged.exit(), merged.err());
    assertTrue(merged.out().startsWith("1 codage ajouté, 0 mémo ajouté, 0 message ajouté, 0 conflit, 2 différences"
        + " de livre de codes."), merged.out());
    assertTrue(merged.out().contains("Code type/facteur_favorable (« Levier ») de « " + b + " » : absent de « " + a
        + " » sous cet identifiant, apparié par libellé à type/levier."), merged.out());
    assertTrue(merged.out().contains("Code type/frein (« Frein ») du livre « partenariat » : absent du livre de codes"
        + " de « " + a + " » (ni par identifiant ni par libellé) ; 2 élément(s) non reporté(s)."), merged.out());
    assertEquals(List.of("bruno accepted type/levier @" + inB.get(0).ordinal()),
        decisions(a).stream().map(d -> d.substring(0, d.lastIndexOf(' '))).toList());
  }

  @Test
  void refusesWhatIsNotTwoCopiesOfOneStudyAndChangesNothing() throws Exception {
    Path a = importedDemo("a", false);
    Files.createDirectories(dir.resolve("vide"));
    Run notAStudy = run("merge", a.toString(), dir.resolve("vide").toString());
    assertEquals(3, notAStudy.exit());
    assertTrue(notAStudy.err().contains("n'est pas une étude Parole : study.yaml est introuvable"), notAStudy.err());
    assertFalse(notAStudy.err().contains("Exception"), notAStudy.err());

    Run twice = run("merge", a.toString(), a.resolve(".").toString());
    assertEquals(3, twice.exit());
    assertTrue(twice.err().contains("sont la même étude : donnez deux copies différentes"), twice.err());

    Path notImported = TestStudies.copyOfDemo(dir.resolve("c"));
    Run noStore = run("merge", a.toString(), notImported.toString());
    assertEquals(3, noStore.exit());
    assertTrue(noStore.err().contains("n'a pas de stockage (.parole/study.db introuvable) : rien à fusionner."),
        noStore.err());
    assertFalse(Files.exists(notImported.resolve(".parole")), "the other copy is never written, not even created");

    Path other = TestStudies.write(dir.resolve("autre"), "sources:\n  - path: e/\ncodebook: partenariat\n",
        "e/x.txt", "P1 : Le comité des usagers nous a vraiment aidés à avancer.\n");
    assertEquals(0, run("import", other.toString(), "-q").exit());
    long segment = med1Like(other);
    code(other, segment, "type/levier", "bruno");
    byte[] aBefore = bytes(a.resolve(".parole/study.db"));
    Run foreign = run("merge", a.toString(), other.toString());
    assertEquals(3, foreign.exit(), foreign.out());
    assertTrue(foreign.err().contains("Aucun segment codé de « " + other + " » ne se retrouve dans « " + a
        + " » (sources absentes ou modifiées) : ce ne sont pas deux copies de la même étude. Rien n'a été fusionné."),
        foreign.err());
    assertArrayEquals(aBefore, bytes(a.resolve(".parole/study.db")));
  }

  private static long med1Like(Path folder) {
    List<Long> ids = new ArrayList<>();
    try (StudyStore store = Study.open(folder).openStore()) {
      store.segmentQueries().forEachSegment(0, s -> {
        if (s.kind().isAnalysed()) {
          ids.add(s.id());
        }
      });
    }
    return ids.get(0);
  }
}
