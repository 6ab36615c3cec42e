package fr.parole.report;

import fr.parole.stats.CodeFrequencies.Count;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A dimension's code frequencies: for each code, the segments carrying it as a share of the
 * segments analysed with the codebook (« 19 % des commentaires parlent de l'accueil »), top-level
 * codes counted with their sub-codes, each followed by its sub-codes; then the segments with no
 * code of the dimension. In a non-exclusive dimension the shares may add up to more than 100 %.
 */
final class FrequencyView {
  void show(ReportPage page, ThemeCodings theme, String dimension) {
    ReportText text = page.text();
    ThemeCodings.DimensionCounts counts = theme.in(dimension);
    long analysed = theme.analysed().segments();
    long analysedSources = theme.analysed().sources();
    // Comments come from a few export files: their « sources » say nothing; interviews are sources.
    boolean sources = !theme.unit().equals("comment");
    List<String> header = new ArrayList<>(List.of("code_id", theme.dimensionLabel(dimension),
        ThemeWords.units(text, theme), ThemeWords.percentOf(text, theme)));
    if (sources) {
      header.addAll(List.of(text.get("column.sources"), text.get("themes.frequencies.sourcePercent")));
    }
    ReportTable.Builder t = new ReportTable.Builder(theme.codebookId() + "-" + dimension + "-frequences",
        text.get("themes.frequencies.title", theme.dimensionLabel(dimension)), header.toArray(String[]::new));
    for (Map.Entry<String, Count> top : byCount(counts.rolled())) {
      String code = top.getKey();
      row(t, code, ThemeWords.rolledLabel(text, theme, code), top.getValue(), analysed, analysedSources, sources);
      if (theme.hasSubCodes(code)) {
        byCount(counts.codes()).stream().filter(e -> !e.getKey().equals(code) && theme.topLevel(e.getKey()).equals(code))
            .forEach(e -> row(t, e.getKey(), theme.pathLabel(e.getKey()), e.getValue(), analysed, analysedSources,
                sources));
      }
    }
    long none = analysed - counts.coded().segments();
    List<Object> last = new ArrayList<>(List.of("", text.get("themes.frequencies.none"), none,
        ThemeWords.share(100.0 * none / Math.max(1, analysed))));
    if (sources) {
      last.add(null);
      last.add(null);
    }
    t.row(last.toArray());
    page.table(t.build());
    page.note(text.get(theme.exclusive(dimension) ? "themes.frequencies.exclusive" : "themes.frequencies.note",
        ThemeWords.count(text, theme, analysed), ThemeWords.units(text, theme)));
    uncounted(page, theme, dimension, counts);
  }

  /**
   * The top-level codes no segment counts for, said rather than left out: those the machine
   * suggested only below their threshold (it cannot yet tell them: a person's review or training
   * would), and those nobody applied.
   */
  private static void uncounted(ReportPage page, ThemeCodings theme, String dimension,
      ThemeCodings.DimensionCounts counts) {
    ReportText text = page.text();
    List<String> doubtful = theme.onlyBelowThreshold(dimension).stream()
        .map(path -> text.get("themes.frequencies.belowThreshold.code", theme.label(path),
            ThemeWords.count(text, theme, theme.belowThreshold().get(path)))).toList();
    List<String> absent = new ArrayList<>();
    theme.codebook().flatMap(b -> b.dimension(dimension)).ifPresent(d -> d.children(null).forEach(code -> {
      if (!counts.rolled().containsKey(code.path()) && !theme.belowThreshold().containsKey(code.path())) {
        absent.add(theme.label(code.path()));
      }
    }));
    if (!doubtful.isEmpty()) {
      page.note(text.get("themes.frequencies.belowThreshold", ThemeWords.units(text, theme), String.join(" ; ", doubtful)));
    }
    if (!absent.isEmpty()) {
      page.note(text.get("themes.frequencies.absent", ThemeWords.units(text, theme), String.join(", ", absent)));
    }
  }

  private static List<Map.Entry<String, Count>> byCount(Map<String, Count> counts) {
    return counts.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, Count> e) ->
        e.getValue().segments()).reversed().thenComparing(Map.Entry::getKey)).toList();
  }

  private static void row(ReportTable.Builder t, String code, String label, Count count, long analysed,
      long analysedSources, boolean sources) {
    List<Object> cells = new ArrayList<>(List.of(code, label, count.segments(),
        ThemeWords.share(100.0 * count.segments() / Math.max(1, analysed))));
    if (sources) {
      cells.add(count.sources());
      cells.add(ThemeWords.share(100.0 * count.sources() / Math.max(1, analysedSources)));
    }
    t.row(cells.toArray());
  }
}
