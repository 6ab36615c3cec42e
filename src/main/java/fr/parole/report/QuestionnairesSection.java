package fr.parole.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.parole.stats.AnswerDistribution;
import fr.parole.stats.ChecklistScore;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.QuestionnaireAnswer;
import fr.parole.stats.Questionnaires;
import fr.parole.study.ReportQueries.AnswerRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Closed answers per item and establishment (counts and percentages), and for items answered
 * Oui / Non / En cours (the HAS partnership check-list) the score of each establishment: the
 * share of Oui, with En cours shown apart.
 */
final class QuestionnairesSection {
  static final List<String> CHECKLIST = List.of("Oui", "Non", "En cours");
  private final Charts charts;
  private final ObjectMapper json = new ObjectMapper();

  QuestionnairesSection(Charts charts) {
    this.charts = charts;
  }

  void write(ReportPage page, ReportContext context) {
    page.section("questionnaires", page.text().get("questionnaires.title"));
    List<AnswerRow> rows = context.data().closedAnswers();
    if (rows.isEmpty()) {
      page.note(page.text().get("questionnaires.none"));
      return;
    }
    Map<String, List<AnswerRow>> byQuestionnaire = rows.stream().collect(Collectors.groupingBy(AnswerRow::questionnaire,
        TreeMap::new, Collectors.toList()));
    byQuestionnaire.forEach((name, answers) -> questionnaire(page, name, answers));
  }

  private void questionnaire(ReportPage page, String name, List<AnswerRow> rows) {
    page.heading("questionnaire-" + ReportText.slug(name), rows.get(0).title());
    long respondents = rows.stream().map(AnswerRow::respondent).distinct().count();
    ReportText text = page.text();
    page.paragraph(text.get("questionnaires.respondents", text.integer(respondents)));
    ReportTable.Builder t = new ReportTable.Builder(name + "-reponses", text.get("questionnaires.answers.title"),
        text.get("questionnaires.column.item"), text.get("column.label"), text.get("questionnaires.column.establishment"),
        text.get("questionnaires.column.answer"), text.get("questionnaires.column.count"),
        text.get("questionnaires.column.answerPercent"));
    Map<String, List<AnswerRow>> byItem = new LinkedHashMap<>();
    rows.forEach(r -> byItem.computeIfAbsent(r.item(), i -> new java.util.ArrayList<>()).add(r));
    Questionnaires stats = new Questionnaires();
    byItem.forEach((item, answers) -> {
      for (AnswerDistribution d : stats.distributions(answers.stream().map(QuestionnairesSection::answer).toList(),
          order(answers.get(0)))) {
        for (AnswerDistribution.AnswerCount a : d.answers()) {
          t.row(item, answers.get(0).label(), text.value(d.establishment()), a.answer(), a.count(),
              ReportTable.percent(a.percent()));
        }
      }
    });
    page.table(t.build());
    List<QuestionnaireAnswer> checklist = rows.stream().filter(r -> r.type().equals("oui_non_en_cours"))
        .map(QuestionnairesSection::answer).toList();
    if (!checklist.isEmpty()) {
      checklist(page, name, stats.checklistScores(checklist));
    }
  }

  private void checklist(ReportPage page, String name, List<ChecklistScore> scores) {
    ReportText text = page.text();
    ReportTable.Builder t = new ReportTable.Builder(name + "-score", text.get("questionnaires.checklist.title"),
        text.get("questionnaires.column.establishment"), "Oui", "Non", "En cours",
        text.get("questionnaires.column.otherAnswers"), "% Oui", "% En cours", "% Non");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChecklistScore s : scores) {
      String establishment = text.value(s.establishment());
      t.row(establishment, s.oui(), s.non(), s.enCours(), s.other(), ReportTable.percent(s.ouiPercent()),
          ReportTable.percent(s.enCoursPercent()), ReportTable.percent(s.nonPercent()));
      data.addValue(s.ouiPercent(), "Oui", establishment);
      data.addValue(s.enCoursPercent(), "En cours", establishment);
      data.addValue(s.nonPercent(), "Non", establishment);
    }
    page.table(t.build());
    page.note(text.get("questionnaires.checklist.note"));
    page.chart(charts.bars(name + "-score", text.get("questionnaires.checklist.chart"), text.label("establishment"),
        text.get("questionnaires.checklist.axis"), data, true));
  }

  private List<String> order(AnswerRow item) {
    if (item.type().equals("oui_non_en_cours")) {
      return CHECKLIST;
    }
    if (item.choices() == null || item.choices().isBlank()) {
      return List.of();
    }
    try {
      return List.of(json.readValue(item.choices(), String[].class));
    } catch (JsonProcessingException e) {
      // Written by the importer: unreadable means no known order, answers then go alphabetically.
      return List.of();
    }
  }

  private static QuestionnaireAnswer answer(AnswerRow r) {
    return new QuestionnaireAnswer(String.valueOf(r.respondent()),
        CodeFrequencies.groupValue(r.attributes().get("establishment")), r.item(), r.value());
  }
}
