package fr.parole.report;

import fr.parole.stats.CodeFrequencyTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The codes of a codebook by group of an attribute (« Par établissement »): for each dimension,
 * the segments of each group carrying each code (rolled up), as a share of the group's analysed
 * segments and of all segments carrying the code. A dimension coded from the attribute (the
 * interview section's level and the level codes) is not crossed with it.
 */
final class ThemeGroupsView {
  private ThemeGroupsView() {}

  static void show(ReportPage page, ThemeCodings theme, String attribute) {
    ReportText text = page.text();
    for (String dimension : theme.dimensions()) {
      if (!theme.carries(dimension, attribute) || theme.codedFrom(dimension, attribute)) {
        continue;
      }
      CodeFrequencyTable freq = theme.frequencies(dimension, attribute);
      // Comments come from a few export files: their « sources » say nothing; interviews are sources.
      boolean sources = !theme.unit().equals("comment");
      List<String> header = new ArrayList<>(List.of(text.label(attribute), "code_id", theme.dimensionLabel(dimension),
          ThemeWords.units(text, theme), text.get("groups.percentOfGroup", ThemeWords.units(text, theme))));
      if (sources) {
        header.add(text.get("column.sources"));
      }
      header.add(text.get("groups.percentOfCode"));
      ReportTable.Builder t = new ReportTable.Builder(theme.codebookId() + "-" + dimension + "-par-" + attribute,
          text.get("corpus.codesBy.title", theme.dimensionLabel(dimension), text.lower(text.label(attribute))),
          header.toArray(String[]::new));
      freq.rows().stream().sorted(Comparator.comparing((CodeFrequencyTable.Row r) -> r.group().get(0))
          .thenComparing(CodeFrequencyTable.Row::code)).filter(r -> r.segments() > 0).forEach(r -> {
            List<Object> row = new ArrayList<>(List.of(text.value(attribute, r.group().get(0)), r.code(),
                ThemeWords.rolledLabel(text, theme, r.code()), r.segments(), ThemeWords.share(r.segmentPercent())));
            if (sources) {
              row.add(r.sources());
            }
            row.add(ThemeWords.share(r.shareOfCode()));
            t.row(row.toArray());
          });
      page.table(t.build());
    }
  }
}
