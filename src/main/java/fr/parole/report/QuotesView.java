package fr.parole.report;

import fr.parole.study.ReportQueries.CodedRow;
import fr.parole.study.ReportQueries.Quote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Typical quotes of a code, pseudonymised: the best codings first (a person's decision, then the
 * machine's most confident), at most one per source while others remain, each with the speaker's
 * role, establishment and the segment id so a reader can find it (parole search, the CSV tables).
 */
final class QuotesView {
  static final int PER_CODE = 3;
  private static final int MAX_CHARS = 420;

  /** The quotes to show per code (code → segment ids), in the order of {@code codes}. */
  static Map<String, List<Long>> choose(List<String> codes, List<CodedRow> retained) {
    Map<String, List<Long>> chosen = new java.util.LinkedHashMap<>();
    for (String code : codes) {
      List<CodedRow> rows = retained.stream().filter(r -> r.code().equals(code))
          .sorted(ThemeCodings.BEST_FIRST.thenComparingLong(CodedRow::segmentId)).toList();
      List<Long> ids = new ArrayList<>();
      Set<String> sources = new HashSet<>();
      rows.stream().filter(r -> sources.add(r.source())).limit(PER_CODE).forEach(r -> ids.add(r.segmentId()));
      rows.stream().filter(r -> !ids.contains(r.segmentId())).limit(PER_CODE - ids.size())
          .forEach(r -> ids.add(r.segmentId()));
      chosen.put(code, ids);
    }
    return chosen;
  }

  static void show(ReportPage page, ReportContext context, ThemeCodings theme, List<String> codes) {
    Map<String, List<Long>> chosen = choose(codes, theme.retained());
    Map<Long, Quote> quotes = context.data().quotes(chosen.values().stream().flatMap(List::stream)
        .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Quote::segmentId, Function.identity()));
    StringBuilder html = new StringBuilder();
    ReportTable.Builder table = new ReportTable.Builder("citations-" + theme.codebookId(),
        "Citations typiques (" + theme.title() + ")", "code", "segment", "source", "ligne", "rôle",
        "établissement", "citation pseudonymisée");
    chosen.forEach((code, ids) -> {
      if (ids.isEmpty()) {
        return;
      }
      html.append("<div class=\"quotes\"><h4>").append(ReportText.html(theme.label(code))).append(" <span class=\"code\">")
          .append(ReportText.html(code)).append("</span></h4>\n");
      for (long id : ids) {
        Quote q = quotes.get(id);
        if (q == null) {
          continue;
        }
        String text = shorten(context.pseudonymiser().get().pseudonymise(q.text(), context.placeholders()));
        String role = q.attributes().getOrDefault("role", q.speaker() == null ? "" : q.speaker());
        String establishment = ReportText.value(q.attributes().get("establishment"));
        html.append("<blockquote id=\"segment-").append(id).append("\">« ").append(ReportText.html(text))
            .append(" »<footer>").append(ReportText.html((role.isBlank() ? "" : role + ", ") + establishment))
            .append(" — segment n° ").append(id).append(", ").append(ReportText.html(q.source()))
            .append(" ligne ").append(q.line()).append("</footer></blockquote>\n");
        table.row(code, id, q.source(), (long) q.line(), role, establishment, text);
      }
      html.append("</div>\n");
    });
    if (table.isEmpty()) {
      return;
    }
    page.heading(null, "Citations typiques");
    page.note("Jusqu'à " + PER_CODE + " citations par code, pseudonymisées (noms remplacés par [NOM-n], "
        + "courriels, téléphones et NIR masqués) ; le numéro de segment renvoie au texte intégral dans l'étude.");
    page.raw(html.toString());
    page.table(table.build(), 0, null);
  }

  private static String shorten(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= MAX_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', MAX_CHARS);
    return flat.substring(0, cut > 0 ? cut : MAX_CHARS) + " […]";
  }
}
