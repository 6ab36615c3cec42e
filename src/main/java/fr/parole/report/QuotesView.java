package fr.parole.report;

import fr.parole.study.ReportQueries.Quote;
import java.util.List;
import java.util.Map;
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

  static void show(ReportPage page, ReportContext context, ThemeCodings theme) {
    Map<String, List<Long>> chosen = theme.quotes();
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
