package fr.parole.importer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportException;
import fr.parole.importer.ImportedSegment;
import fr.parole.importer.ImportedSource;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TextDecoder;
import fr.parole.study.SegmentKind;
import fr.parole.study.SegmentTimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WebVTT, SRT and noScribe transcripts: turns, speakers, roles, times, and every way a file can be wrong. */
class SubtitleImporterTest {
  private static final Path FIXTURES = Path.of("corpora", "reconnaissance-vocale");
  private final SubtitleImporter importer = new SubtitleImporter(new TextDecoder(),
      new SpeakerLabels(List.of("Enquêtrice", "SPEAKER_00", "S01")));

  private ImportedSource fixture(String name) throws IOException {
    Path path = FIXTURES.resolve(name);
    return importer.read(new SourceFile(path, name, Files.readAllBytes(path)));
  }

  private ImportedSource read(String name, String text) {
    return importer.read(new SourceFile(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8)));
  }

  private ImportException refused(String name, String text) {
    return assertThrows(ImportException.class, () -> read(name, text));
  }

  private static void assertTurn(ImportedSegment s, SegmentKind kind, String speaker, long start, long end,
      String textStart) {
    assertEquals(kind, s.kind(), s.toString());
    assertEquals(speaker, s.speaker(), s.toString());
    assertEquals(new SegmentTimes(start, end), s.times(), s.toString());
    assertTrue(s.text().startsWith(textStart), s.text());
  }

  @Test
  void aWebVttInterviewBecomesTurnsWithTheirTimes() throws IOException {
    ImportedSource source = fixture("entretien-ide4.vtt");
    List<ImportedSegment> turns = source.segments();
    assertEquals(6, turns.size(), turns.toString());
    // Two cues of the interviewer, one turn; the voice tag closed or not, with a class or not.
    assertTurn(turns.get(0), SegmentKind.INTERVIEWER, "Enquêtrice", 1200, 11400, "Merci d'avoir accepté");
    assertTrue(turns.get(0).text().endsWith("comment les patients partenaires sont-ils associés dans votre service ?"));
    // Three cues of IDE 4 (an empty cue between them, the last one with <v.loud …> and without hours).
    assertTurn(turns.get(1), SegmentKind.TURN, "IDE 4", 12100, 33750, "Alors, depuis deux ans");
    assertTrue(turns.get(1).text().contains("qui vient aux réunions de l'unité, une fois par mois. Au début, "
        + "honnêtement, on ne savait pas trop quoi lui dire. Maintenant elle relit"), turns.get(1).text());
    assertTurn(turns.get(2), SegmentKind.INTERVIEWER, "Enquêtrice", 34000, 39500, "Et qu'est-ce que");
    // A cue without a voice goes on with the speaker before it; markup and references are gone.
    assertTurn(turns.get(3), SegmentKind.TURN, "IDE 4", 40200, 55000, "Ça nous oblige");
    assertTrue(turns.get(3).text().endsWith("Le vocabulaire, surtout. Euh certains collègues trouvent que ça prend du "
        + "temps & qu'on n'en a pas."), turns.get(3).text());
    assertEquals(3, turns.stream().filter(t -> t.speaker().equals("IDE 4")).count());
    for (ImportedSegment s : turns) {
      assertEquals(s.text(), source.content().substring(s.start(), s.end()));
      assertTrue(!s.text().contains("<") && !s.text().contains("\r"), s.text());
    }
    assertTrue(source.content().startsWith("Enquêtrice : Merci"), source.content());
    assertEquals(13, turns.get(0).line(), "the line of the first cue's timing in the file");
    assertTrue(source.warnings().stream().anyMatch(w -> w.contains("sans texte") && w.contains("ligne 30")),
        source.warnings().toString());
    assertTrue(source.warnings().stream().anyMatch(w -> w.contains("chevauchent") && w.contains("ligne 26")),
        source.warnings().toString());
  }

  @Test
  void whisperXSubtitlesNameTheirSpeakersInBrackets() throws IOException {
    List<ImportedSegment> turns = fixture("entretien-ru4.srt").segments();
    assertEquals(4, turns.size(), turns.toString());
    assertTurn(turns.get(0), SegmentKind.INTERVIEWER, "SPEAKER_00", 500, 5900,
        "Bonjour, vous êtes représentante des usagers depuis combien de temps ?");
    assertTurn(turns.get(1), SegmentKind.TURN, "SPEAKER_01", 6300, 18400, "Depuis 2019, à la commission des usagers "
        + "et je participe aussi");
    assertTurn(turns.get(3), SegmentKind.TURN, "SPEAKER_01", 24600, 33000, "On reçoit la synthèse");
    assertTrue(turns.get(3).text().endsWith("souvent trop tard pour la lire vraiment."), turns.get(3).text());
  }

  @Test
  void noScribeHtmlGivesOneTurnPerParagraphWithTheAnchorsTimes() throws IOException {
    ImportedSource source = fixture("entretien-p4.html");
    List<ImportedSegment> turns = source.segments();
    assertEquals(4, turns.size(), turns.toString());
    assertTurn(turns.get(0), SegmentKind.INTERVIEWER, "S01", 1000, 7000,
        "Qu'est-ce qui vous a décidée à devenir patiente partenaire ?");
    assertTurn(turns.get(1), SegmentKind.TURN, "S02", 7600, 19500, "Après ma greffe, j'avais envie d'être utile aux "
        + "autres. L'infirmière d'éducation m'en a parlé.");
    assertEquals(6, turns.get(0).line(), "the line of the paragraph in the file");
    assertTrue(!source.content().contains("noScribe") && !source.content().contains("[00:"), source.content());
  }

  @Test
  void noScribeWithoutSpeakersInItsAnchorsOrWithoutSpeakerDetection() {
    List<ImportedSegment> older = read("old.html", "<p><a name=\"ts_0_900\">S01: Bonjour</a><a name=\"ts_900_1500\"> madame.</a>"
        + "</p><p><a name=\"ts_1600_3000\">S02: //Bonjour.//</a></p>").segments();
    assertEquals(List.of("S01", "S02"), older.stream().map(ImportedSegment::speaker).toList());
    assertEquals("Bonjour madame.", older.get(0).text());
    assertEquals("Bonjour.", older.get(1).text());
    ImportedSource alone = read("seul.html", "<p><a name=\"ts_0_900_\">Bon alors : on commence.</a></p>");
    assertEquals(SegmentKind.WHOLE, alone.segments().get(0).kind());
    assertEquals("Bon alors : on commence.", alone.segments().get(0).text());
    ImportException e = refused("b.html", "<p><a name=\"ts_900_100_S01\">S01: Non.</a></p>");
    assertTrue(e.getMessage().startsWith("b.html, ligne 1 : le passage « ts_900_100_S01 » finit avant de commencer"),
        e.getMessage());
  }

  @Test
  void speakerPrefixesOfEveryToolAndSeveralVoicesInOneCue() {
    List<ImportedSegment> turns = read("a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Roger Bingham>Bonjour\n"
        + "<v Esme>Bonjour à vous\n\n00:02.500 --> 00:04.000\nSPEAKER_01: Je reprends\n[Marie] : Et moi\n\n"
        + "00:04.000 --> 00:05.000\nEnquêtrice : Merci\n").segments();
    assertEquals(List.of("Roger Bingham", "Esme", "SPEAKER_01", "Marie", "Enquêtrice"),
        turns.stream().map(ImportedSegment::speaker).toList());
    assertEquals(new SegmentTimes(1000, 2000), turns.get(1).times());
    assertEquals("Et moi", turns.get(3).text());
    assertEquals(SegmentKind.INTERVIEWER, turns.get(4).kind());
  }

  @Test
  void withoutAnySpeakerTheTranscriptIsOneSegmentWithAWarning() {
    ImportedSource source = read("w.srt", "1\n00:00:01,000 --> 00:00:02,000\nBonjour.\n\n2\n00:00:02,000 --> "
        + "00:00:04,500\nOn commence ?\n");
    assertEquals(1, source.segments().size());
    ImportedSegment whole = source.segments().get(0);
    assertEquals(SegmentKind.WHOLE, whole.kind());
    assertNull(whole.speaker());
    assertEquals("Bonjour. On commence ?", whole.text());
    assertEquals(new SegmentTimes(1000, 4500), whole.times());
    assertTrue(source.warnings().get(0).contains("aucun locuteur"), source.warnings().toString());
  }

  @Test
  void cuesBeforeTheFirstSpeakerArePreamble() {
    List<ImportedSegment> turns = read("p.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n[Musique]\n\n"
        + "00:01.000 --> 00:02.000\n<v Marie>Bonjour\n").segments();
    assertEquals(SegmentKind.PREAMBLE, turns.get(0).kind());
    assertEquals("[Musique]", turns.get(0).text());
    assertEquals(SegmentKind.TURN, turns.get(1).kind());
  }

  @Test
  void aVttWithoutItsHeaderIsRefusedWithItsLine() {
    ImportException e = refused("e.vtt", "00:00:01.000 --> 00:00:02.000\n<v A>Bonjour\n");
    assertTrue(e.getMessage().startsWith("e.vtt, ligne 1 : attendu « WEBVTT »"), e.getMessage());
    ImportException srt = refused("f.vtt", "1\n00:00:01,000 --> 00:00:02,000\nBonjour\n");
    assertTrue(srt.getMessage().contains("renommez-le en .srt"), srt.getMessage());
  }

  @Test
  void aFileThatIsNotSubtitlesIsRefused() {
    ImportException e = refused("notes.srt", "Entretien du 3 mars\nMarie : bonjour\n");
    assertTrue(e.getMessage().startsWith("notes.srt, ligne 1 : attendu le numéro du sous-titre"), e.getMessage());
    assertTrue(e.getMessage().contains("ce n'est pas un fichier de sous-titres SRT"), e.getMessage());
    ImportException vtt = refused("v.srt", "WEBVTT\n\n00:01.000 --> 00:02.000\nBonjour\n");
    assertTrue(vtt.getMessage().contains("Renommez-le en .vtt"), vtt.getMessage());
    ImportException html = refused("page.html", "<html><body><p>Compte rendu</p></body></html>");
    assertTrue(html.getMessage().startsWith("page.html : aucun passage horodaté de noScribe"), html.getMessage());
    ImportException header = refused("h.vtt", "WEBVTT\n\nNOTE rien\n");
    assertTrue(header.getMessage().startsWith("h.vtt : aucun sous-titre avec du texte"), header.getMessage());
  }

  @Test
  void aTimestampThatIsNotOneIsRefusedWithItsLine() {
    for (String timing : List.of("00:61:00.000 --> 00:62:00.000", "00:00:01.000 --> bientôt", "0:1:2.000 --> 0:1:3.000",
        "00:00:01.0 --> 00:00:02.000")) {
      ImportException e = refused("t.vtt", "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\n<v A>Oui\n\n2\n" + timing
          + "\n<v A>Non\n");
      assertTrue(e.getMessage().startsWith("t.vtt, ligne 8 : "), timing + " → " + e.getMessage());
      assertTrue(e.getMessage().contains("n'est pas un temps") || e.getMessage().contains("illisible"), e.getMessage());
    }
    ImportException hours = refused("t.srt", "1\n00:01,000 --> 00:02,000\nOui\n");
    assertTrue(hours.getMessage().startsWith("t.srt, ligne 2 : « 00:01,000 » n'est pas un temps (attendu hh:mm:ss,ttt"),
        hours.getMessage());
    ImportException backwards = refused("b.vtt", "WEBVTT\n\n00:05.000 --> 00:04.000\n<v A>Oui\n");
    assertTrue(backwards.getMessage().startsWith("b.vtt, ligne 3 : le sous-titre finit"), backwards.getMessage());
  }

  @Test
  void cuesOutOfOrderAreRefusedButOverlapsAreKeptWithAWarning() {
    ImportException e = refused("o.vtt", "WEBVTT\n\n00:10.000 --> 00:12.000\n<v A>Oui\n\n00:05.000 --> 00:06.000\n"
        + "<v B>Non\n");
    assertTrue(e.getMessage().startsWith("o.vtt, ligne 6 : ce sous-titre commence (00:00:05.000) avant le précédent "
        + "(00:00:10.000, ligne 3)"), e.getMessage());
    ImportedSource overlapping = read("c.vtt", "WEBVTT\n\n00:10.000 --> 00:12.000\n<v A>Oui\n\n00:11.500 --> 00:13.000\n"
        + "<v B>Non\n");
    assertEquals(2, overlapping.segments().size());
    assertTrue(overlapping.warnings().get(0).contains("le premier ligne 6"), overlapping.warnings().toString());
  }

  @Test
  void aBlockWithoutTimingIsRefused() {
    ImportException e = refused("x.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Oui\n\nune ligne perdue\n");
    assertTrue(e.getMessage().startsWith("x.vtt, ligne 6 : attendu une ligne de temps"), e.getMessage());
  }
}
