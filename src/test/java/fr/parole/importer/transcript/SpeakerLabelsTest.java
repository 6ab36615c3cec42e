package fr.parole.importer.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpeakerLabelsTest {
  private final SpeakerLabels labels = new SpeakerLabels(List.of());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      CGS 3 : Je ne fais aucun projet sans inviter un usager                | CGS 3      | Je ne fais aucun projet
      P.3 : J’avais peur de ne pas être légitime.                           | P.3        | J’avais peur
      RU1 : Mon implication dépend des périodes, des directeurs.           | RU1        | Mon implication
      Q : Comment avez-vous procédé ?                                       | Q          | Comment avez-vous
      R : Les équipes flèchent des patients                                 | R          | Les équipes
      [00:12:03] Marie : si c’est pour construire d’accord                  | Marie      | si c’est pour
      00:12:03 Marie : sans crochets                                        | Marie      | sans crochets
      **Enquêteur** : Quelles sont vos représentations ?                    | Enquêteur  | Quelles sont
      **Enquêteur :** Quelles sont vos représentations ?                    | Enquêteur  | Quelles sont
      - Dr Martin : une puce devant le nom                                  | Dr Martin  | une puce
      Jean de La Fontaine : une particule dans le nom                       | Jean de La Fontaine | une particule
      """)
  void findsTheLabelAndWhereTheWordsBegin(String line, String speaker, String wordsStart) {
    Optional<SpeakerLabels.Label> label = labels.find(line);

    assertTrue(label.isPresent(), line);
    assertEquals(speaker, label.get().speaker());
    assertTrue(line.substring(label.get().textStart()).startsWith(wordsStart),
        () -> "les mots commencent à « " + line.substring(label.get().textStart()) + " »");
  }

  @ParameterizedTest(name = "[{index}] « {0} »")
  @ValueSource(strings = {
      "Il a dit : oui",
      "Le médecin m’a répondu : pas maintenant",
      "et alors c’est un vrai partenaire : il décide",
      "Voir https://www.has-sante.fr pour le guide",
      "   ",
      "Il y a un gros problème de communication dans les relations usagers- professionnels.",
      "[00:15:00]",
  })
  void sentencesWithAColonAreNotTurns(String line) {
    // Only a short label that looks like a name or a code ("CGS 3", "Marie") opens a turn.
    assertFalse(labels.find(line).isPresent(), () -> line + " → " + labels.find(line));
  }

  @ParameterizedTest(name = "[{index}] « {0} »")
  @ValueSource(strings = {"00:12:03", "00:00:03 Intervenant 1", "12:30 on s’est revus", "9:05", "00:15:40 - Marie"})
  void aClockTimeIsNotASpeakerCalled00(String line) {
    // "00:12:03" once read as a speaker "00" saying "12:03": timestamp lines of Word or Teams
    // exports, between turns, then became participants' turns.
    assertFalse(labels.find(line).isPresent(), () -> line + " → " + labels.find(line));
  }

  @Test
  void numberedSpeakersAreStillLabels() {
    assertEquals("2", labels.find("2 : Oui, tout à fait.").orElseThrow().speaker());
    assertEquals("Marie", labels.find("00:15:40 - Marie : D’accord.").orElseThrow().speaker());
  }

  @Test
  void discourseWordsBeforeAColonAreNotSpeakers() {
    // "Donc : …" or a header line "Date : 12 mars" opens a sentence, not a turn.
    assertFalse(labels.find("Donc : on a monté un comité de pilotage.").isPresent());
    assertFalse(labels.find("Date : 12 mars 2022").isPresent());
    // …but written in bold, the author said it is a speaker.
    assertTrue(labels.find("**Remarque** : bonjour").isPresent());
  }

  @Test
  void labelMustOpenTheLine() {
    assertFalse(labels.find("Elle a répondu. Marie : oui").isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q", "q", "Question", "Enquêteur", "ENQUETEUR", "Enquêtrice", "enquetrice", "Enquêteuse",
      "Intervieweur", "I", "E", "Q1", "Enquêteur 2"})
  void defaultInterviewerLabels(String speaker) {
    // Compared without case, accents, and a trailing number (two interviewers: "Enquêteur 2").
    assertTrue(labels.isInterviewer(speaker), speaker);
  }

  @ParameterizedTest
  @ValueSource(strings = {"R", "CGS 3", "P.3", "Marie", "RU1", "Dr Martin"})
  void participantsAreNotInterviewers(String speaker) {
    assertFalse(labels.isInterviewer(speaker), speaker);
  }

  @Test
  void interviewerLabelsCanBeAddedThroughTheConstructor() {
    SpeakerLabels withModerator = new SpeakerLabels(List.of("Modératrice", "Dr  Martin"));

    assertTrue(withModerator.isInterviewer("Modératrice"));
    // Accents, case and repeated spaces do not matter.
    assertTrue(withModerator.isInterviewer("MODERATRICE"));
    assertTrue(withModerator.isInterviewer("Dr Martin"));
    // The defaults are still there.
    assertTrue(withModerator.isInterviewer("Enquêtrice"));
    // Other labels stay participants; the default set itself is not changed.
    assertFalse(withModerator.isInterviewer("Marie"));
    assertFalse(labels.isInterviewer("Modératrice"));
  }
}
