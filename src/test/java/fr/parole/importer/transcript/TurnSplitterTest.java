package fr.parole.importer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.parole.importer.ImportedSegment;
import fr.parole.importer.SourceFile;
import fr.parole.importer.TextDecoder;
import fr.parole.study.SegmentKind;
import fr.parole.study.StudyConfig.SectionSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TurnSplitterTest {
  private static final Optional<SectionRule> LEVELS = SectionRule.from(new SectionSpec("level", null, Map.of(
      "Niveau institutionnel", "institutionnel",
      "Niveau intermédiaire", "intermediaire",
      "Niveau relation de soins", "relation_de_soins")));

  private final TurnSplitter splitter = new TurnSplitter(new SpeakerLabels(List.of()), LEVELS);

  /** Reads {@code text} the way a .md file is read, so '#' lines are headings. */
  static TranscriptText markdown(String text) {
    return new PlainTextReader(new TextDecoder())
        .read(new SourceFile(Path.of("entretien.md"), "entretien.md", text.getBytes(StandardCharsets.UTF_8)));
  }

  private TurnSplitter.Result split(String text) {
    TranscriptText transcript = markdown(text);
    TurnSplitter.Result result = splitter.split(transcript);
    assertOffsets(transcript.text(), result.segments());
    return result;
  }

  /** Every segment is exactly text[start, end), segments are in order and never overlap. */
  static void assertOffsets(String text, List<ImportedSegment> segments) {
    int previousEnd = 0;
    for (ImportedSegment segment : segments) {
      assertTrue(segment.start() >= previousEnd, () -> "chevauchement ou désordre : " + segment);
      assertTrue(segment.start() < segment.end(), () -> "segment vide : " + segment);
      assertEquals(text.substring(segment.start(), segment.end()), segment.text(), segment::toString);
      assertEquals(segment.text().strip(), segment.text(), () -> "blancs en bord de segment : " + segment);
      previousEnd = segment.end();
    }
  }

  @Test
  void eachFormatOfTurnGivesASpeakerAndTheWordsAfterTheLabel() {
    String text = """
        CGS 3 : Je ne fais aucun projet sans inviter un usager
        P.3 : J’avais peur de ne pas être légitime.
        RU1 : Mon implication dépend des périodes.
        Q : Et du côté des équipes ?
        R : La dynamique n’est pas pleinement intégrée.
        [00:12:03] Marie : si c’est pour construire d’accord
        **Enquêteur** : Quelle implication souhaiteriez-vous ?
        **Enquêteur :** Sur quoi vous appuyez-vous ?
        """;

    List<ImportedSegment> segments = split(text).segments();

    assertEquals(List.of("CGS 3", "P.3", "RU1", "Q", "R", "Marie", "Enquêteur", "Enquêteur"),
        segments.stream().map(ImportedSegment::speaker).toList());
    assertEquals("Je ne fais aucun projet sans inviter un usager", segments.get(0).text());
    assertEquals("si c’est pour construire d’accord", segments.get(5).text());
    // The bold markers around the label are not part of the words.
    assertEquals("Sur quoi vous appuyez-vous ?", segments.get(7).text());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), segments.stream().map(ImportedSegment::line).toList());
  }

  @Test
  void interviewerTurnsAreKeptApartFromParticipantTurns() {
    List<ImportedSegment> segments = split("""
        Q : Comment avez-vous procédé ?
        CGS 3 : Je les invite partout.
        Enquêtrice : Et ensuite ?
        CGS 3 : Ils ont quelque chose à apporter.
        """).segments();

    assertEquals(List.of(SegmentKind.INTERVIEWER, SegmentKind.TURN, SegmentKind.INTERVIEWER, SegmentKind.TURN),
        segments.stream().map(ImportedSegment::kind).toList());
  }

  @Test
  void anInterviewerAddedInStudyYamlIsAnInterviewer() {
    TurnSplitter withModerator = new TurnSplitter(new SpeakerLabels(List.of("Modératrice")), Optional.empty());

    List<ImportedSegment> segments = withModerator.split(markdown("""
        Modératrice : Qu’est-ce qui freine le partenariat ?
        IDE 3 : Il faut du temps pour écouter les patients
        """)).segments();

    assertEquals(SegmentKind.INTERVIEWER, segments.get(0).kind());
    assertEquals(SegmentKind.TURN, segments.get(1).kind());
  }

  @Test
  void aTurnRunsOverSeveralLinesAndParagraphsUntilTheNextLabel() {
    String text = """
        Q : Pourriez-vous m’expliquer ?
        Et de quelle manière ?

        CGS 3 : Le DS doit impulser.
        Il doit acculturer les cadres.

        Il a dit : oui, on y va.
        Q : Merci.
        """;

    List<ImportedSegment> segments = split(text).segments();

    assertEquals(3, segments.size());
    assertEquals("Pourriez-vous m’expliquer ?\nEt de quelle manière ?", segments.get(0).text());
    // "Il a dit : oui" is a sentence inside the turn, not a turn of a speaker "Il a dit".
    assertEquals("Le DS doit impulser.\nIl doit acculturer les cadres.\n\nIl a dit : oui, on y va.",
        segments.get(1).text());
    assertEquals("CGS 3", segments.get(1).speaker());
    assertEquals(4, segments.get(1).line());
  }

  @Test
  void aTimestampLineDoesNotOpenATurn() {
    List<ImportedSegment> segments = split("""
        MED 2 : Les professionnels ne sont pas reconnus
        00:15:40
        Q : Merci.
        """).segments();

    assertEquals(List.of("MED 2", "Q"), segments.stream().map(ImportedSegment::speaker).toList());
  }

  @Test
  void textBeforeTheFirstTurnIsAPreamble() {
    List<ImportedSegment> segments = split("""
        # Entretien P 3

        Entretien semi-directif, anonymisé.
        Les questions reprennent le guide d’entretien.

        Q : Comment voyiez-vous votre place ?
        P 3 : J’avais peur de ne pas être légitime.
        """).segments();

    assertEquals(SegmentKind.PREAMBLE, segments.get(0).kind());
    assertNull(segments.get(0).speaker());
    assertEquals("Entretien semi-directif, anonymisé.\nLes questions reprennent le guide d’entretien.",
        segments.get(0).text());
    assertEquals(3, segments.get(0).line());
    // The title is a heading: it is in no segment.
    assertTrue(segments.stream().noneMatch(s -> s.text().contains("Entretien P 3")));
    assertEquals(List.of(SegmentKind.PREAMBLE, SegmentKind.INTERVIEWER, SegmentKind.TURN),
        segments.stream().map(ImportedSegment::kind).toList());
  }

  @Test
  void aTranscriptWithoutTurnsIsOneWholeSegmentWithAWarning() {
    String text = "\n\nLe patient raconte son parcours.\nIl parle de l’ETP et de son autonomie.\n\n";

    TurnSplitter.Result result = split(text);

    assertEquals(1, result.segments().size());
    ImportedSegment whole = result.segments().get(0);
    assertEquals(SegmentKind.WHOLE, whole.kind());
    assertEquals("Le patient raconte son parcours.\nIl parle de l’ETP et de son autonomie.", whole.text());
    assertEquals(3, whole.line());
    assertEquals(1, result.warnings().size());
    assertTrue(result.warnings().get(0).contains("aucun tour de parole"), result.warnings().get(0));
  }

  @Test
  void sectionHeadingsSetTheAttributeOfTheTurnsBelowThem() {
    List<ImportedSegment> segments = split("""
        # Entretien DQ 2
        ## Niveau institutionnel
        DQ 2 : Les RU ont été impliqués dans la méthode AMPATTI
        ## Sous-partie sans valeur
        DQ 2 : Un RU a été formé à la méthode
        ## NIVEAU INTERMEDIAIRE
        DQ 2 : Nous n’avons aucun programme d’éducation thérapeutique
        ## niveau Relation de Soins
        DQ 2 : crise covid a modifié la relation avec les usagers
        """).segments();

    assertEquals(List.of("institutionnel", "institutionnel", "intermediaire", "relation_de_soins"),
        segments.stream().map(s -> s.attributes().get("level")).toList());
    // The second turn is under a heading that is not in the values map: the level it sits in stays.
    // Headings are compared without case or accents ("NIVEAU INTERMEDIAIRE").
  }

  @Test
  void turnsBeforeAnySectionHaveNoSectionAttribute() {
    List<ImportedSegment> segments = split("""
        Q : Bonjour.
        ## Niveau institutionnel
        Q : Comment procédez-vous ?
        """).segments();

    assertEquals(Map.of(), segments.get(0).attributes());
    assertEquals(Map.of("level", "institutionnel"), segments.get(1).attributes());
  }

  @Test
  void aHeadingEndsTheTurnAboveIt() {
    List<ImportedSegment> segments = split("""
        CGS 3 : Je les invite partout
        ## Niveau intermédiaire
        CGS 3 : Le DS doit impulser
        """).segments();

    assertEquals("Je les invite partout", segments.get(0).text());
    assertTrue(segments.stream().noneMatch(s -> s.text().contains("Niveau")));
  }

  @Test
  void randomTranscriptsKeepExactOffsetsInOrderWithoutOverlap() {
    String[] labels = {"CGS 3 : ", "P.3 : ", "RU1 : ", "Q : ", "R : ", "[00:12:03] Marie : ", "**Enquêteur** : ",
        "**Enquêteur :** ", "Enquêtrice : ", "  - IDE 3 : ", "Q :", "Q :   "};
    String[] words = {"l’hôpital", "à côté", "être légitime", "Il a dit : oui", "c’est ça", "éducation",
        "  ", "\t", "…", "œuvre", "patient·e", "ÉTP", "« citation »", ":", "*", "#"};
    String[] headings = {"# Entretien", "## Niveau institutionnel", "## Niveau intermédiaire", "### Détail", "#",
        "## niveau relation de soins"};
    Random random = new Random(20240611L);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(25);
      for (int i = 0; i < lines; i++) {
        switch (random.nextInt(6)) {
          case 0 -> { }
          case 1 -> text.append(headings[random.nextInt(headings.length)]);
          case 2, 3 -> text.append(labels[random.nextInt(labels.length)]).append(phrase(random, words));
          default -> text.append(phrase(random, words));
        }
        text.append(random.nextInt(8) == 0 ? "\r\n" : "\n");
      }
      String raw = text.toString();
      if (raw.isBlank()) {
        continue; // the decoder refuses a blank file before any splitting
      }
      TranscriptText transcript = markdown(raw);
      TurnSplitter.Result result = splitter.split(transcript);
      String context = "tour " + round + " :\n" + raw;
      try {
        assertOffsets(transcript.text(), result.segments());
      } catch (AssertionError e) {
        throw new AssertionError(context, e);
      }
      long turns = result.segments().stream().filter(s -> s.kind() == SegmentKind.TURN
          || s.kind() == SegmentKind.INTERVIEWER).count();
      boolean whole = result.segments().stream().anyMatch(s -> s.kind() == SegmentKind.WHOLE);
      // Either turns were found, or the non-blank text became exactly one WHOLE segment.
      assertTrue(turns > 0 ^ whole, context);
      if (whole) {
        assertEquals(1, result.segments().size(), context);
        assertEquals(transcript.text().strip(), result.segments().get(0).text(), context);
      }
    }
  }

  private static String phrase(Random random, String[] words) {
    List<String> parts = new ArrayList<>();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      parts.add(words[random.nextInt(words.length)]);
    }
    return String.join(random.nextBoolean() ? " " : "", parts);
  }
}
