package fr.parole.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Answer distributions and the HAS check-list score against reference.py ("likert.", "chk." lines). */
class QuestionnairesTest {
  private static final List<String> LIKERT = List.of("Tout à fait d'accord", "Plutôt d'accord", "Plutôt pas d'accord", "Pas d'accord");

  private final Questionnaires questionnaires = new Questionnaires();

  @Test
  void likertDistributionInTheQuestionnaireOrder() {
    List<QuestionnaireAnswer> answers = new ArrayList<>();
    add(answers, "CHU 1", "Q1", "Tout à fait d'accord", 4);
    add(answers, "CHU 1", "Q1", "Plutôt d'accord", 3);
    add(answers, "CHU 1", "Q1", "Pas d'accord", 1);
    add(answers, "CHU 1", "Q1", "  ", 2);
    List<AnswerDistribution> distributions = questionnaires.distributions(answers, LIKERT);

    AnswerDistribution q1 = distributions.get(0);
    assertEquals(8, q1.answered());
    assertEquals(2, q1.blank());
    assertEquals(LIKERT, q1.answers().stream().map(AnswerDistribution.AnswerCount::answer).toList());
    assertEquals(50.0, q1.answers().get(0).percent(), 1e-9);
    assertEquals(37.5, q1.answers().get(1).percent(), 1e-9);
    assertEquals(0.0, q1.answers().get(2).percent(), 1e-9);
    assertEquals(12.5, q1.answers().get(3).percent(), 1e-9);
    Table table = Questionnaires.toTable(distributions);
    assertEquals(4, table.rowCount());
    assertEquals(3L, table.longColumn("count").get(1));
  }

  @Test
  void itemsAndEstablishmentsAreSortedAndUnexpectedAnswersFollowTheOrder() {
    List<QuestionnaireAnswer> answers = new ArrayList<>();
    add(answers, "CHU 3", "Q2", "Oui", 1);
    add(answers, "CH 2", "Q2", "Ne sait pas", 1);
    add(answers, "CH 2", "Q1", "Non", 2);
    List<AnswerDistribution> distributions = questionnaires.distributions(answers, List.of("Oui", "Non", "En cours"));
    assertEquals(List.of("Q1/CH 2", "Q2/CH 2", "Q2/CHU 3"),
        distributions.stream().map(d -> d.item() + "/" + d.establishment()).toList());
    assertEquals(List.of("Oui", "Non", "En cours", "Ne sait pas"),
        distributions.get(1).answers().stream().map(AnswerDistribution.AnswerCount::answer).toList());
  }

  @Test
  void checklistScoreIsTheShareOfOuiWithEnCoursApart() {
    List<QuestionnaireAnswer> answers = new ArrayList<>();
    add(answers, "CHU 1", "item", "Oui", 5);
    add(answers, "CHU 1", "item", "OUI", 1); // spelling and case do not matter
    add(answers, "CHU 1", "item", "Non", 2);
    add(answers, "CHU 1", "item", "en  cours", 2);
    add(answers, "CH 2", "item", "Oui", 3);
    add(answers, "CH 2", "item", "Non", 4);
    add(answers, "CH 2", "item", "En cours", 2);
    add(answers, "CH 2", "item", "", 1);
    List<ChecklistScore> scores = questionnaires.checklistScores(answers);

    assertEquals(List.of("CH 2", "CHU 1"), scores.stream().map(ChecklistScore::establishment).toList());
    ChecklistScore ch2 = scores.get(0);
    assertEquals(33.333333333333336, ch2.ouiPercent(), 1e-9);
    assertEquals(22.22222222222222, ch2.enCoursPercent(), 1e-9);
    assertEquals(1, ch2.other());
    assertEquals(9, ch2.answered());
    ChecklistScore chu1 = scores.get(1);
    assertEquals(60.0, chu1.ouiPercent(), 1e-9);
    assertEquals(20.0, chu1.enCoursPercent(), 1e-9);
    assertEquals(20.0, chu1.nonPercent(), 1e-9);
  }

  private static void add(List<QuestionnaireAnswer> answers, String establishment, String item, String answer, int times) {
    for (int i = 0; i < times; i++) {
      answers.add(new QuestionnaireAnswer("r" + answers.size(), establishment, item, answer));
    }
  }
}
