package fr.parole.report;

import fr.parole.stats.LemmaSpecificities;
import fr.parole.stats.Specificity;
import fr.parole.stats.StatisticsException;
import fr.parole.study.LemmaCounts;
import java.util.List;

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

  void write(ReportPage page, LemmaCounts counts, String attribute, String attributeLabel) {
    ReportText text = page.text();
    page.heading("specificites-" + ReportText.slug(attribute), text.get("specificities.heading",
        text.lower(attributeLabel)));
    LemmaCounts.LemmaTable table = counts.byAttribute(attribute);
    text.coverage(table.coverage()).ifPresent(page::note);
    List<LemmaSpecificities.GroupSpecificities> groups;
    try {
      groups = new LemmaSpecificities().top(table, TOP, MIN_FREQUENCY);
    } catch (StatisticsException e) {
      page.note(text.problem(e));
      return;
    }
    ReportTable.Builder t = new ReportTable.Builder("specificites-par-" + attribute,
        text.get("specificities.title", text.lower(attributeLabel)), attributeLabel, text.get("specificities.direction"),
        text.get("specificities.lemma"), text.get("specificities.inGroup"), text.get("specificities.expected"),
        text.get("specificities.inCorpus"), text.get("specificities.score"));
    for (LemmaSpecificities.GroupSpecificities group : groups) {
      rows(t, text, group.group(), text.get("specificities.over"), group.overUsed());
      rows(t, text, group.group(), text.get("specificities.under"), group.underUsed());
    }
    page.table(t.build());
    page.note(text.get("specificities.note", MIN_FREQUENCY));
  }

  private static void rows(ReportTable.Builder t, ReportText text, String group, String direction,
      List<Specificity> words) {
    for (Specificity s : words) {
      t.row(text.value(group), direction, s.word(), s.groupFrequency(), ReportTable.decimal(s.expected(), 1),
          s.corpusFrequency(), ReportTable.decimal(s.score(), 2));
    }
  }
}
