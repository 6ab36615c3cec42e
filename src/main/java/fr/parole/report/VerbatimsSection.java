package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a quality team asks of its patients' comments first: the themes of the positive points and
 * of the points to improve, then, service by service, the most frequent points to improve
 * (« irritants ») and positive points. Shown for each codebook whose analysed segments carry a
 * polarity (verbatims), on its first crossed dimension; no section without them.
 */
final class VerbatimsSection {
  private final PresenceView presence;
  private final ServiceView services;
  private final ThemeFindings findings;

  VerbatimsSection(Charts charts, ThemeFindings findings) {
    this.presence = new PresenceView(charts);
    this.services = new ServiceView(charts);
    this.findings = findings;
  }

  /** The codebooks with comments of two polarities or more. */
  static List<ThemeCodings> withPolarity(ReportContext context) {
    return context.themes().stream().filter(t -> t.counted() > 0 && polarities(t).size() >= 2).toList();
  }

  /** Polarity → analysed segments, without « (non renseigné) ». */
  static Map<String, Long> polarities(ThemeCodings theme) {
    Map<String, Long> counts = new TreeMap<>();
    theme.groupSizes(ThemeCodings.POLARITY).forEach((value, n) -> counts.put(value, n.segments()));
    counts.remove(CodeFrequencies.MISSING);
    return counts;
  }

  /** The dimension shown for a codebook: the first it crosses (by default its first). */
  static String dimension(ReportContext context, ThemeCodings theme) {
    List<String> crossed = context.options().crossed(theme.dimensions());
    return crossed.isEmpty() ? theme.dimensions().get(0) : crossed.get(0);
  }

  void write(ReportPage page, ReportContext context) {
    List<ThemeCodings> themes = withPolarity(context);
    if (themes.isEmpty()) {
      return;
    }
    ReportText text = page.text();
    page.section("verbatims", text.get("verbatims.title"));
    for (ThemeCodings theme : themes) {
      String dimension = dimension(context, theme);
      if (themes.size() > 1) {
        page.heading(null, text.get("themes.codebook", theme.title()));
      }
      StringBuilder split = new StringBuilder();
      polarities(theme).forEach((polarity, n) -> split.append(split.length() == 0 ? "" : ", ")
          .append(text.get("verbatims.polarity", text.integer(n), text.value(ThemeCodings.POLARITY, polarity))));
      page.paragraph(text.get("verbatims.intro", ThemeWords.count(text, theme, theme.analysed().segments()), split));
      presence.show(page, theme, dimension, ThemeCodings.POLARITY,
          findings.presence(theme, dimension, ThemeCodings.POLARITY),
          text.get("verbatims.byPolarity", theme.dimensionLabel(dimension)), true);
      services.show(page, theme, dimension);
    }
  }
}
