package fr.parole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.TestCli;
import fr.parole.TestCli.Run;
import fr.parole.TestStudies;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentRecord;
import fr.parole.study.SegmentTimes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech-to-text transcripts (corpora/reconnaissance-vocale) imported as a user does: turns, speakers,
 * roles from the cases file, times kept in the store and shown by parole search; a broken file left out whole.
 */
class TranscriptTimesCommandTest {
  private static final Path FIXTURES = Path.of("corpora", "reconnaissance-vocale");

  @TempDir
  Path dir;

  private Path study() throws IOException {
    Path study = TestStudies.write(dir.resolve("s"), "sources:\n  - path: entretiens/\n    type: transcript\n"
        + "attributes: [establishment, role]\ncases: cas.csv\n"
        + "speakers:\n  interviewers: [Enquêtrice, SPEAKER_00, S01]\n",
        "cas.csv", "speaker;establishment;role\nIDE 4;CHU1;IDE\nSPEAKER_01;CH2;RU\nS02;CHU3;PP\n",
        "entretiens/notes.md", "Enquêtrice : Une question ?\n\nIDE 4 : Une réponse.\n");
    for (String name : List.of("entretien-ide4.vtt", "entretien-ru4.srt", "entretien-p4.html")) {
      Files.copy(FIXTURES.resolve(name), study.resolve("entretiens").resolve(name));
    }
    return study;
  }

  private static List<SegmentRecord> of(Path study, String file) {
    return TestStudies.segments(study).stream().filter(s -> s.sourcePath().equals("entretiens/" + file)).toList();
  }

  @Test
  void transcriptsFromSpeechToTextToolsKeepTurnsRolesAndTimes() throws IOException {
    Path study = study();
    Run imported = TestCli.run("import", study.toString());
    assertEquals(0, imported.exit(), imported.err());
    List<SegmentRecord> vtt = of(study, "entretien-ide4.vtt");
    assertEquals(List.of(SegmentKind.INTERVIEWER, SegmentKind.TURN, SegmentKind.INTERVIEWER, SegmentKind.TURN,
        SegmentKind.INTERVIEWER, SegmentKind.TURN), vtt.stream().map(SegmentRecord::kind).toList());
    assertEquals(new SegmentTimes(12100, 33750), vtt.get(1).times());
    assertEquals(new SegmentTimes(61600, 75800), vtt.get(5).times());
    assertEquals("IDE", vtt.get(1).attributes().get("role"));
    assertEquals("CHU1", vtt.get(1).attributes().get("establishment"));
    List<SegmentRecord> srt = of(study, "entretien-ru4.srt");
    assertEquals("RU", srt.get(1).attributes().get("role"));
    assertEquals(SegmentKind.INTERVIEWER, srt.get(0).kind());
    List<SegmentRecord> html = of(study, "entretien-p4.html");
    assertEquals("PP", html.get(1).attributes().get("role"));
    assertEquals(new SegmentTimes(7600, 19500), html.get(1).times());
    // A transcript typed by hand has no times, and shows none.
    assertNull(of(study, "notes.md").get(1).times());
    assertTrue(imported.err().contains("entretien-ide4.vtt") && imported.err().contains("chevauchent"),
        "err: " + imported.err() + "\nout: " + imported.out());

    Run kwic = TestCli.run("search", study.toString(), "vocabulaire OR réponse", "--context", "30");
    assertEquals(0, kwic.exit(), kwic.err());
    assertTrue(kwic.out().contains("IDE 4 · entretiens/entretien-ide4.vtt:41 à 00:00:40"), kwic.out());
    String handTyped = kwic.out().lines().filter(l -> l.contains("notes.md")).findFirst().orElseThrow();
    assertFalse(handTyped.contains(" à "), handTyped);
    List<String> tsv = TestCli.run("search", study.toString(), "vocabulaire OR réponse", "--format", "tsv").out().lines()
        .toList();
    assertEquals(List.of("segment_id", "source", "line", "speaker", "time"),
        List.of(tsv.get(0).split("\t")).subList(0, 5));
    assertEquals("00:00:40", tsv.get(1).split("\t")[4], tsv.get(1));
    assertEquals("", tsv.get(2).split("\t")[4], tsv.get(2));
  }

  @Test
  void theReportsQuoteSaysWhenItWasSaid() throws IOException {
    Path study = study();
    Files.writeString(study.resolve("study.yaml"), "codebook: partenariat\n", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(0, TestCli.run("import", study.toString(), "-q").exit());
    String id = TestCli.run("search", study.toString(), "vocabulaire", "--format", "tsv").out().split("\n")[1]
        .split("\t")[0];
    Run coded = TestCli.run("code", study.toString(), "--segment", id, "--code", "type/levier", "--coder", "alice");
    assertEquals(0, coded.exit(), coded.err());
    Path out = dir.resolve("rapports");
    Run report = TestCli.run("report", study.toString(), "--out", out.toString());
    assertEquals(0, report.exit(), report.err());
    String html = Files.readString(out.resolve("s/index.html"));
    assertTrue(html.contains("entretiens/entretien-ide4.vtt ligne 41 à 00:00:40</span>"), html);
  }

  @Test
  void aBrokenSubtitleFileIsLeftOutWholeWithItsLine() throws IOException {
    Path study = study();
    Files.writeString(study.resolve("entretiens/casse.vtt"), "WEBVTT\n\n00:00:10.000 --> 00:00:12.000\n<v A>Oui\n\n"
        + "00:00:05.000 --> 00:00:06.000\n<v B>Non\n");
    Run imported = TestCli.run("import", study.toString());
    assertEquals(3, imported.exit(), imported.out());
    assertTrue(imported.err().contains("entretiens/casse.vtt, ligne 6 : ce sous-titre commence (00:00:05.000) avant le "
        + "précédent"), imported.err());
    assertFalse(imported.err().contains("Exception"), imported.err());
    assertTrue(of(study, "casse.vtt").isEmpty());
    assertEquals(6, of(study, "entretien-ide4.vtt").size(), "the other files are imported");
  }
}
