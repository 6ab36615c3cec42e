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
    page.heading("specificites-" + ReportText.slug(attribute), "Mots spécifiques par "
        + attributeLabel.toLowerCase(java.util.Locale.FRENCH));
    LemmaCounts.LemmaTable table = counts.byAttribute(attribute);
    table.notice().ifPresent(page::note);
    List<LemmaSpecificities.GroupSpecificities> groups;
    try {
      groups = new LemmaSpecificities().top(table, TOP, MIN_FREQUENCY);
    } catch (StatisticsException e) {
      page.note(e.getMessage());
      return;
    }
    ReportTable.Builder t = new ReportTable.Builder("specificites-par-" + attribute,
        "Lemmes sur- et sous-employés par " + attributeLabel.toLowerCase(java.util.Locale.FRENCH)
            + " (score de spécificité de Lafon ; ±2 ≈ p < 0,01)",
        attributeLabel, "sens", "lemme", "occurrences dans le groupe", "attendues", "occurrences au total", "score");
    for (LemmaSpecificities.GroupSpecificities group : groups) {
      rows(t, group.group(), "sur-employé", group.overUsed());
      rows(t, group.group(), "sous-employé", group.underUsed());
    }
    page.table(t.build());
    page.note("Lemmes des noms, verbes, adjectifs, adverbes et noms propres, mots vides retirés, comptés au "
        + "codage ; lemmes de moins de " + MIN_FREQUENCY + " occurrences écartés. Le score vaut −log10 de la "
        + "probabilité hypergéométrique d'en voir au moins autant (négatif : au plus autant).");
  }

  private static void rows(ReportTable.Builder t, String group, String direction, List<Specificity> words) {
    for (Specificity s : words) {
      t.row(ReportText.value(group), direction, s.word(), s.groupFrequency(), ReportTable.decimal(s.expected(), 1),
          s.corpusFrequency(), ReportTable.decimal(s.score(), 2));
    }
  }
}
