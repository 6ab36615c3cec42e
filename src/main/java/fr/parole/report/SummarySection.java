package fr.parole.report;

import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CodePresence;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A short summary at the top, for a patient partner as much as a quality director: what was
 * analysed, the three themes most cited, the differences between establishments or services that
 * a test supports (and only those), and how much of the coding a person checked. Short sentences,
 * labels rather than ids, no statistics vocabulary: the sections below give the details.
 */
final class SummarySection {
  /** Differences named at most, per codebook: the clearest ones (smallest adjusted p-values). */
  static final int DIFFERENCES = 3;
  static final int THEMES = 3;

  private final ThemeFindings findings;

  SummarySection(ThemeFindings findings) {
    this.findings = findings;
  }

  void write(ReportPage page, ReportContext context) {
    List<ThemeCodings> themes = context.themes().stream().filter(t -> t.counted() > 0).toList();
    if (themes.isEmpty()) {
      return;
    }
    ReportText text = page.text();
    page.section("resume", text.get("summary.title"));
    for (ThemeCodings theme : themes) {
      List<String> items = new ArrayList<>();
      items.add(analysed(text, theme));
      String dimension = VerbatimsSection.dimension(context, theme);
      items.add(text.get("summary.themes", mostCited(text, theme, dimension, null, null)));
      List<String> unknown = theme.onlyBelowThreshold(dimension);
      if (!unknown.isEmpty()) {
        items.add(text.get("summary.belowThreshold", unknown.stream().map(theme::label)
            .collect(Collectors.joining(", "))));
      }
      if (VerbatimsSection.polarities(theme).size() >= 2) {
        for (String polarity : List.of(ServiceView.TO_IMPROVE, ServiceView.POSITIVE)) {
          String cited = mostCited(text, theme, dimension, ThemeCodings.POLARITY, polarity);
          if (!cited.isEmpty()) {
            items.add(text.get("summary.polarity." + polarity, cited));
          }
        }
      }
      items.addAll(differences(text, theme, dimension));
      items.add(checked(text, theme));
      if (themes.size() > 1) {
        page.heading(null, theme.title());
      }
      page.raw("<ul class=\"summary\">\n" + items.stream().map(i -> "<li>" + ReportText.html(i) + "</li>\n")
          .collect(Collectors.joining()) + "</ul>\n");
    }
  }

  /** « 446 commentaires de patients, de 3 établissements, de mars 2019 à novembre 2020. » */
  private static String analysed(ReportText text, ThemeCodings theme) {
    long establishments = theme.groupSizes("establishment").keySet().stream()
        .filter(g -> !g.equals(CodeFrequencies.MISSING)).count();
    String what = theme.unit().equals("comment") ? ThemeWords.count(text, theme, theme.analysed().segments())
        : text.get("summary.fromSources", ThemeWords.count(text, theme, theme.analysed().segments()),
            text.integer(theme.analysed().sources()));
    String where = establishments == 0 ? "" : text.get(establishments == 1 ? "summary.establishment"
        : "summary.establishments", text.integer(establishments));
    String when = period(text, theme.analysed().firstDate(), theme.analysed().lastDate());
    return text.get("summary.analysed", what, where, when, theme.title());
  }

  private static String period(ReportText text, String first, String last) {
    if (first == null || last == null) {
      return "";
    }
    try {
      DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM yyyy", text.language().locale());
      String from = LocalDate.parse(first).format(month);
      String to = LocalDate.parse(last).format(month);
      return from.equals(to) ? text.get("summary.in", from) : text.get("summary.period", from, to);
    } catch (DateTimeParseException e) {
      return text.get("summary.period", first, last);
    }
  }

  /** « Accueil (19 % des commentaires), Chambre (19 %), Attente et délais (17 %) », in a group of a cut or overall. */
  private static String mostCited(ReportText text, ThemeCodings theme, String dimension, String cut, String group) {
    List<ServiceView.Ranked> ranked;
    if (cut == null) {
      long analysed = theme.analysed().segments();
      ranked = theme.in(dimension).rolled().entrySet().stream().map(e -> new ServiceView.Ranked(e.getKey(),
          e.getValue().segments(), analysed, 100.0 * e.getValue().segments() / Math.max(1, analysed)))
          .sorted(Comparator.comparingLong(ServiceView.Ranked::comments).reversed()
              .thenComparing(ServiceView.Ranked::code)).toList();
    } else {
      ranked = ServiceView.ranked(theme, dimension, cut, group);
    }
    List<String> named = new ArrayList<>();
    for (int i = 0; i < Math.min(THEMES, ranked.size()); i++) {
      ServiceView.Ranked r = ranked.get(i);
      named.add(text.get(i == 0 ? "summary.share.first" : "summary.share", theme.label(r.code()),
          text.decimal(r.percent(), 0), ThemeWords.units(text, theme)));
    }
    return String.join(", ", named);
  }

  /**
   * The differences between establishments, then services, that the test per code supports after
   * Holm's adjustment, clearest first; or a sentence saying there is none to report.
   */
  private List<String> differences(ReportText text, ThemeCodings theme, String dimension) {
    record Difference(double p, String sentence) {}
    List<Difference> found = new ArrayList<>();
    List<String> compared = new ArrayList<>();
    for (String cut : List.of("establishment", ThemeCodings.SERVICE)) {
      if (!theme.carries(dimension, cut)) {
        continue;
      }
      CodePresence.Table table = findings.presence(theme, dimension, cut);
      if (table.groups().size() < 2) {
        continue;
      }
      compared.add(text.lower(text.get("summary.groups." + cut)));
      for (CodePresence.Row row : table.rows()) {
        var high = PresenceView.extreme(table, row, true);
        var low = PresenceView.extreme(table, row, false);
        if (row.differs(ThemeFindings.LEVEL) && high.isPresent() && low.isPresent() && !high.equals(low)) {
          found.add(new Difference(row.adjustedPValue(), text.get("summary.difference", theme.label(row.code()),
              text.value(cut, table.groups().get(high.get())), text.decimal(row.percent(table, high.get()), 0),
              ThemeWords.units(text, theme), text.value(cut, table.groups().get(low.get())),
              text.decimal(row.percent(table, low.get()), 0))));
        }
      }
    }
    if (compared.isEmpty()) {
      return List.of();
    }
    if (found.isEmpty()) {
      return List.of(text.get("summary.noDifference", String.join(" " + text.get("summary.and") + " ", compared)));
    }
    List<String> sentences = found.stream().sorted(Comparator.comparingDouble(Difference::p))
        .limit(DIFFERENCES).map(Difference::sentence).collect(Collectors.toCollection(ArrayList::new));
    if (found.size() > DIFFERENCES) {
      sentences.add(text.get("summary.moreDifferences", text.integer(found.size() - DIFFERENCES)));
    }
    return sentences;
  }

  /** How much of what the figures count a person made or checked. */
  private static String checked(ReportText text, ThemeCodings theme) {
    if (theme.checked() == 0) {
      return text.get("summary.checked.none", text.integer(theme.counted()));
    }
    return text.get("summary.checked", text.integer(theme.checked()), text.integer(theme.counted()),
        text.decimal(100.0 * theme.checked() / theme.counted(), 0));
  }
}
