package fr.parole.stats;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Closed-answer distributions per item and establishment, and the HAS check-list score. */
public final class Questionnaires {

  /**
   * Per item then establishment (both sorted), answers in {@code answerOrder} (e.g. the Likert
   * labels, or Oui / Non / En cours) then any other answer alphabetically; an answer of the
   * order that nobody gave is listed with 0.
   */
  public List<AnswerDistribution> distributions(Collection<QuestionnaireAnswer> answers, List<String> answerOrder) {
    Map<String, Map<String, Map<String, Long>>> counts = new TreeMap<>();
    for (QuestionnaireAnswer a : answers) {
      counts.computeIfAbsent(a.item(), i -> new TreeMap<>()).computeIfAbsent(a.establishment(), e -> new TreeMap<>())
          .merge(a.answer(), 1L, Long::sum);
    }
    List<AnswerDistribution> result = new ArrayList<>();
    counts.forEach((item, byEstablishment) -> byEstablishment.forEach((establishment, byAnswer) -> {
      long blank = byAnswer.getOrDefault("", 0L);
      long answered = byAnswer.values().stream().mapToLong(Long::longValue).sum() - blank;
      LinkedHashSet<String> order = new LinkedHashSet<>(answerOrder);
      byAnswer.keySet().stream().filter(s -> !s.isEmpty()).forEach(order::add);
      List<AnswerDistribution.AnswerCount> rows = new ArrayList<>();
      for (String answer : order) {
        long n = byAnswer.getOrDefault(answer, 0L);
        rows.add(new AnswerDistribution.AnswerCount(answer, n, CodeFrequencies.percent(n, answered)));
      }
      result.add(new AnswerDistribution(item, establishment, rows, answered, blank));
    }));
    return List.copyOf(result);
  }

  /**
   * The check-list score of each establishment (sorted), over all its items and respondents.
   * Answers are matched without regard to case, accents or surrounding spaces ("OUI", "en cours").
   */
  public List<ChecklistScore> checklistScores(Collection<QuestionnaireAnswer> answers) {
    Map<String, long[]> tallies = new TreeMap<>();
    for (QuestionnaireAnswer a : answers) {
      long[] tally = tallies.computeIfAbsent(a.establishment(), e -> new long[4]);
      tally[checklistIndex(a.answer())]++;
    }
    List<ChecklistScore> scores = new ArrayList<>();
    tallies.forEach((establishment, t) -> {
      long answered = t[0] + t[1] + t[2];
      scores.add(new ChecklistScore(establishment, t[0], t[1], t[2], t[3], CodeFrequencies.percent(t[0], answered),
          CodeFrequencies.percent(t[1], answered), CodeFrequencies.percent(t[2], answered)));
    });
    return List.copyOf(scores);
  }

  /** Distributions as one long table: item, establishment, answer, count, percent. */
  public static Table toTable(List<AnswerDistribution> distributions) {
    List<String> items = new ArrayList<>();
    List<String> establishments = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<Double> percents = new ArrayList<>();
    for (AnswerDistribution d : distributions) {
      for (AnswerDistribution.AnswerCount a : d.answers()) {
        items.add(d.item());
        establishments.add(d.establishment());
        answers.add(a.answer());
        counts.add(a.count());
        percents.add(a.percent());
      }
    }
    Table table = Table.create("réponses");
    table.addColumns(StringColumn.create("item", items), StringColumn.create("establishment", establishments),
        StringColumn.create("answer", answers), LongColumn.create("count", counts.stream().mapToLong(Long::longValue).toArray()),
        DoubleColumn.create("percent", percents.stream().mapToDouble(Double::doubleValue).toArray()));
    return table;
  }

  private static int checklistIndex(String answer) {
    String folded = Normalizer.normalize(answer, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    return switch (folded) {
      case "oui" -> 0;
      case "non" -> 1;
      case "en cours" -> 2;
      default -> 3;
    };
  }
}
