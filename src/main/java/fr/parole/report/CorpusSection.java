package fr.parole.report;

import fr.parole.stats.AttributeBreakdown;
import fr.parole.stats.CodeFrequencies;
import fr.parole.stats.CorpusStatistics;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The corpus: counts, sources, and segments by attribute; establishment and level get sections
 * of their own (« Par établissement », « Par niveau ») with the codes of each codebook by group.
 */
final class CorpusSection {
  private final Charts charts;

  CorpusSection(Charts charts) {
    this.charts = charts;
  }

  void write(ReportPage page, ReportContext context) {
    CorpusStatistics stats = new CorpusStatistics(context.corpus());
    StoreSummary s = stats.summary();
    ReportText text = page.text();
    List<SourceRecord> sources = context.sources();
    page.section("corpus", text.get("corpus.title"));
    Map<String, Long> kinds = kinds(sources);
    StringBuilder cards = new StringBuilder("<div class=\"cards\">")
        .append(card(text, s.sources(), text.get("corpus.card.sources")));
    if (kinds.size() == 1) {
      String kind = kinds.keySet().iterator().next();
      cards.append(card(text, s.segments(), text.get("corpus.kind." + kind + (s.segments() == 1 ? ".one" : ".many"))));
    } else {
      cards.append(card(text, s.segments(), text.get("corpus.card.segments")));
    }
    cards.append(card(text, s.words(), text.get("corpus.card.words")));
    if (s.interviewerTurns() > 0) {
      cards.append(card(text, s.interviewerTurns(), text.get("corpus.card.interviewer")));
    }
    page.raw(cards.append("</div>\n").toString());
    if (kinds.size() > 1) {
      page.paragraph(text.get("corpus.composition", text.integer(s.segments()), text.list(kinds.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(e -> text.integer(e.getValue()) + " " + text.get("corpus.kind." + e.getKey()
              + (e.getValue() == 1 ? ".one" : ".many"))).toList())));
    }
    if (s.otherSegments() > 0) {
      page.note(text.get("corpus.otherSegments", text.integer(s.otherSegments())));
    }
    if (s.segments() == 0) {
      page.note(text.get("corpus.empty", context.study().folder().getFileName()));
    }
    List<String> attributes = stats.attributes(context.study().config().attributes());
    Map<String, Map<String, String>> names = Map.of("questionnaire", questionnaireTitles(context),
        "questionnaire_item", context.queries().questionnaireItemLabels());
    List<AttributeBreakdown> sparse = new ArrayList<>();
    for (String attribute : attributes) {
      if (context.options().hasSection(attribute)) {
        continue;
      }
      AttributeBreakdown b = stats.breakdown(attribute, s);
      if (!context.study().config().attributes().contains(attribute) && AttributeView.carried(b) < AttributeView.SPARSE_SHARE) {
        sparse.add(b);
        continue;
      }
      page.heading("attributs-" + ReportText.slug(attribute), text.title(attribute));
      attributes(context).show(page, b, names.getOrDefault(attribute, Map.of()));
    }
    attributes(context).sparse(page, sparse, names);
    sources(page, sources);
  }

  /** Analysed segments by kind (comments, participants' turns, open answers), from the sources that hold them. */
  private static Map<String, Long> kinds(List<SourceRecord> sources) {
    Map<String, Long> kinds = new TreeMap<>();
    for (SourceRecord source : sources) {
      String family = source.format().split("/", 2)[0];
      String kind = switch (family) {
        case "verbatims" -> "comments";
        case "transcript" -> "turns";
        case "questionnaire" -> "answers";
        default -> "others";
      };
      if (source.segments() > 0) {
        kinds.merge(kind, (long) source.segments(), Long::sum);
      }
    }
    return kinds;
  }

  /** A questionnaire's title for the value of the attribute {@code questionnaire} that names it. */
  private static Map<String, String> questionnaireTitles(ReportContext context) {
    Map<String, String> titles = new TreeMap<>();
    context.queries().questionnaireCounts().forEach(q -> {
      if (q.title() != null && !q.title().isBlank()) {
        titles.put(q.name(), q.title());
      }
    });
    return titles;
  }

  /** The breakdowns, naming the segments as what they all are (« commentaires ») or « segments » when mixed. */
  private AttributeView attributes(ReportContext context) {
    Map<String, Long> kinds = kinds(context.sources());
    String unit = kinds.size() == 1 && !kinds.containsKey("others") ? kinds.keySet().iterator().next() : "segments";
    return new AttributeView(charts, unit);
  }

  /** The sections « Par établissement » and « Par niveau », after the themes. */
  void writeGroups(ReportPage page, ReportContext context) {
    CorpusStatistics stats = new CorpusStatistics(context.corpus());
    List<String> attributes = stats.attributes(context.study().config().attributes());
    if (!context.options().attributes().isEmpty()) {
      // Attributes asked with --par: each gets its section, whatever its number of values.
      for (String a : context.options().attributes()) {
        boolean level = ReportOptions.LEVEL_ATTRIBUTES.contains(a);
        bySection(page, context, stats, context.options().attributes(), a, a.equals("establishment")
            ? "par-etablissement" : level ? "par-niveau" : "par-" + ReportText.slug(a),
            a.equals("establishment") ? page.text().get("section.byEstablishment")
                : level ? page.text().get("section.byLevel") : page.text().title(a));
      }
      return;
    }
    bySection(page, context, stats, attributes, "establishment", "par-etablissement",
        page.text().get("section.byEstablishment"));
    ReportOptions.LEVEL_ATTRIBUTES.stream().filter(attributes::contains).findFirst()
        .ifPresent(a -> bySection(page, context, stats, attributes, a, "par-niveau", page.text().get("section.byLevel")));
  }

  private void bySection(ReportPage page, ReportContext context, CorpusStatistics stats, List<String> attributes,
      String attribute, String id, String title) {
    if (!attributes.contains(attribute)) {
      return;
    }
    page.section(id, title);
    attributes(context).show(page, stats.breakdown(attribute), Map.of());
    ReportText text = page.text();
    if (context.coded()) {
      new SpecificitiesView().write(page, context.lemmas(), attribute, text.label(attribute));
    }
    for (ThemeCodings theme : context.themes()) {
      ThemeGroupsView.show(page, theme, attribute);
    }
  }

  private static void sources(ReportPage page, List<SourceRecord> sources) {
    ReportText text = page.text();
    page.heading("sources", text.get("corpus.sources.heading"));
    ReportTable.Builder t = new ReportTable.Builder("sources", text.get("corpus.sources.title"), text.get("column.file"),
        text.get("column.format"), "format_id", text.get("column.encoding"), text.get("column.segments"),
        text.get("column.words"));
    for (SourceRecord source : sources) {
      // e-Satis results are scores, not text: no segment, no word to count.
      boolean counted = !source.format().startsWith("esatis/");
      t.row(source.path(), text.sourceFormat(source.format()), source.format(), source.encoding(),
          counted ? (Object) (long) source.segments() : null, counted ? (Object) (long) source.words() : null);
    }
    page.table(t.build());
  }

  private static String card(ReportText text, long n, String label) {
    return "<div class=\"card\"><b>" + text.integer(n) + "</b>" + ReportText.html(label) + "</div>";
  }

}
