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
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Closed answers per item and establishment (counts and percentages), and for items answered
 * Oui / Non / En cours (the HAS partnership check-list) the score of each establishment: the
 * share of Oui, with En cours shown apart.
 */
final class QuestionnairesSection {
  /** The check-list's answers in the order people read them: done, under way, not done. */
  static final List<String> CHECKLIST = List.of("Oui", "En cours", "Non");
  /** Their colours (Okabe-Ito): bluish green for Oui, orange for En cours, vermilion for Non, never green. */
  static final Map<String, java.awt.Color> CHECKLIST_COLOURS = Map.of("Oui", Charts.PALETTE.get(2),
      "En cours", Charts.PALETTE.get(1), "Non", Charts.PALETTE.get(5));
  private final Charts charts;
  private final ObjectMapper json = new ObjectMapper();

  QuestionnairesSection(Charts charts) {
    this.charts = charts;
  }

  /** The section, when the study has closed answers: without them there is nothing to show. */
  void write(ReportPage page, ReportContext context) {
    List<AnswerRow> rows = context.data().closedAnswers();
    if (rows.isEmpty()) {
      return;
    }
    page.section("questionnaires", page.text().get("questionnaires.title"));
    Map<String, List<AnswerRow>> byQuestionnaire = rows.stream().collect(Collectors.groupingBy(AnswerRow::questionnaire,
        TreeMap::new, Collectors.toList()));
    byQuestionnaire.forEach((name, answers) -> questionnaire(page, name, answers));
  }

  private void questionnaire(ReportPage page, String name, List<AnswerRow> rows) {
    page.heading("questionnaire-" + ReportText.slug(name), rows.get(0).title());
    long respondents = rows.stream().map(AnswerRow::respondent).distinct().count();
    ReportText text = page.text();
    page.paragraph(text.get("questionnaires.respondents", text.integer(respondents)));
    Map<String, List<AnswerRow>> byItem = new LinkedHashMap<>();
    rows.forEach(r -> byItem.computeIfAbsent(r.item(), i -> new java.util.ArrayList<>()).add(r));
    Questionnaires stats = new Questionnaires();
    List<AnswerDistribution> distributions = new java.util.ArrayList<>();
    byItem.forEach((item, answers) -> distributions.addAll(stats.distributions(
        answers.stream().map(QuestionnairesSection::answer).toList(), order(answers.get(0)))));
    page.table(answersTable(text, name, distributions, byItem));
    page.note(text.get("questionnaires.answers.note"));
    List<QuestionnaireAnswer> checklist = rows.stream().filter(r -> r.type().equals("oui_non_en_cours"))
        .map(QuestionnairesSection::answer).toList();
    if (!checklist.isEmpty()) {
      checklist(page, name, stats.checklistScores(checklist));
    }
  }

  /**
   * The distributions as the statistics give them (a Tablesaw table: item, establishment, answer,
   * count, percent), for reading: the item's wording beside its id, the establishment's label, and
   * without the answers nobody gave (a row of 0 for every « Non » nobody said drowned the others).
   */
  private static ReportTable answersTable(ReportText text, String name, List<AnswerDistribution> distributions,
      Map<String, List<AnswerRow>> byItem) {
    Table data = Questionnaires.toTable(distributions);
    data = data.where(data.longColumn("count").isPositive());
    StringColumn item = data.stringColumn("item").setName("item_id");
    data.insertColumn(1, StringColumn.create(text.get("questionnaires.column.item"),
        item.asList().stream().map(i -> byItem.get(i).get(0).label()).toList()));
    data.replaceColumn("establishment", StringColumn.create(text.get("questionnaires.column.establishment"),
        data.stringColumn("establishment").asList().stream().map(e -> text.value("establishment", e)).toList()));
    data.column("answer").setName(text.get("questionnaires.column.answer"));
    data.column("count").setName(text.get("questionnaires.column.count"));
    data.column("percent").setName(text.get("questionnaires.column.answerPercent"));
    return ReportTable.of(name + "-reponses", text.get("questionnaires.answers.title"), data);
  }

  private void checklist(ReportPage page, String name, List<ChecklistScore> scores) {
    ReportText text = page.text();
    ReportTable.Builder t = new ReportTable.Builder(name + "-score", text.get("questionnaires.checklist.title"),
        text.get("questionnaires.column.establishment"), "Oui", "En cours", "Non",
        text.get("questionnaires.column.otherAnswers"), "% Oui", "% En cours", "% Non");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChecklistScore s : scores) {
      String establishment = text.value("establishment", s.establishment());
      t.row(establishment, s.oui(), s.enCours(), s.non(), s.other(), ReportTable.percent(s.ouiPercent()),
          ReportTable.percent(s.enCoursPercent()), ReportTable.percent(s.nonPercent()));
      data.addValue(s.ouiPercent(), "Oui", establishment);
      data.addValue(s.enCoursPercent(), "En cours", establishment);
      data.addValue(s.nonPercent(), "Non", establishment);
    }
    page.table(t.build());
    page.note(text.get("questionnaires.checklist.note"));
    page.chart(charts.bars(name + "-score", text.get("questionnaires.checklist.chart"), text.label("establishment"),
        text.get("questionnaires.checklist.axis"), data, true, CHECKLIST_COLOURS));
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
