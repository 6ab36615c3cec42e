package fr.parole.report;

import fr.parole.stats.LemmaSpecificities;
import fr.parole.stats.Specificities;
import fr.parole.stats.Specificity;
import fr.parole.stats.StatisticsException;
import fr.parole.study.LemmaCounts;
import fr.parole.study.StudyException;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The words each group over- and under-uses (Lafon's specificities on the content lemmas counted
 * when the study was coded): what establishments or levels talk about more, or less, than the
 * others.
 */
final class SpecificitiesView {
  /** Lemmas shown per group and direction. */
  private static final int TOP = 10;
  /** Below this corpus frequency a lemma's score says little: too rare to compare. */
  private static final long MIN_FREQUENCY = 3;

  void write(ReportPage page, LemmaTables counts, String attribute, String attributeLabel) {
    ReportText text = page.text();
    page.heading("specificites-" + ReportText.slug(attribute), text.get("specificities.heading",
        text.lower(attributeLabel)));
    LemmaCounts.LemmaTable table;
    try {
      table = counts.byAttribute(attribute);
    } catch (StudyException e) {
      // An attribute the coding runs did not count (asked with --par): said, not a failed report.
      page.note(e.getMessage());
      return;
    }
    text.coverage(table.coverage()).ifPresent(page::note);
    List<LemmaSpecificities.GroupSpecificities> groups;
    try {
      groups = new LemmaSpecificities().top(table, TOP, MIN_FREQUENCY);
    } catch (StatisticsException e) {
      page.note(text.problem(e));
      return;
    }
    page.table(table(text, attribute, attributeLabel, groups));
    page.note(text.get("specificities.note", MIN_FREQUENCY));
  }

  /**
   * The statistics' table of the specificities, as it is ({@link Specificities#toTable}: group,
   * word, frequencies, expected, score), for reading: the group's label (and its value in
   * {@code <attribute>_id} when the label differs), the direction, columns in the order one reads
   * a specificity (observed, expected, total, score).
   */
  private static ReportTable table(ReportText text, String attribute, String attributeLabel,
      List<LemmaSpecificities.GroupSpecificities> groups) {
    List<Specificity> words = new ArrayList<>();
    List<String> directions = new ArrayList<>();
    for (LemmaSpecificities.GroupSpecificities group : groups) {
      group.overUsed().forEach(w -> directions.add(text.get("specificities.over")));
      words.addAll(group.overUsed());
      group.underUsed().forEach(w -> directions.add(text.get("specificities.under")));
      words.addAll(group.underUsed());
    }
    Table data = Specificities.toTable(words);
    StringColumn group = data.stringColumn("group");
    boolean ids = text.relabels(attribute, group.unique().asList());
    List<String> order = new ArrayList<>(List.of(attributeLabel));
    data.addColumns(StringColumn.create(attributeLabel, group.asList().stream().map(g -> text.value(attribute, g))
        .toList()), StringColumn.create(text.get("specificities.direction"), directions));
    if (ids) {
      // The segments without the attribute have no value: an empty id, not the statistics' marker.
      data.replaceColumn("group", StringColumn.create(attribute + "_id", group.asList().stream()
          .map(g -> text.value(g).equals(g) ? g : "").toList()));
      order.add(attribute + "_id");
    }
    rename(data, "word", "specificities.lemma", text, order);
    order.add(1 + (ids ? 1 : 0), text.get("specificities.direction"));
    rename(data, "groupFrequency", "specificities.inGroup", text, order);
    rename(data, "expected", "specificities.expected", text, order);
    rename(data, "corpusFrequency", "specificities.inCorpus", text, order);
    rename(data, "score", "specificities.score", text, order);
    return ReportTable.of("specificites-par-" + attribute, text.get("specificities.title", text.lower(attributeLabel)),
        data.selectColumns(order.toArray(String[]::new))).digits(text.get("specificities.score"), 2);
  }

  private static void rename(Table data, String column, String key, ReportText text, List<String> order) {
    data.column(column).setName(text.get(key));
    order.add(text.get(key));
  }
}
