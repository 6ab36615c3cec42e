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
    ReportText words = page.text();
    ReportTable.Builder table = new ReportTable.Builder("citations-" + theme.codebookId(),
        words.get("quotes.table.title", theme.title()), words.get("column.code"), words.get("quotes.column.segment"),
        words.get("quotes.column.source"), words.get("quotes.column.line"), words.get("quotes.column.role"),
        words.get("quotes.column.establishment"), words.get("quotes.column.quote"));
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
        String establishment = words.value(q.attributes().get("establishment"));
        html.append("<blockquote id=\"segment-").append(id).append("\">")
            .append(ReportText.html(words.get("quotes.quote", text))).append("<footer>")
            .append(ReportText.html(words.get("quotes.footer", (role.isBlank() ? "" : role + ", ") + establishment, id,
                q.source(), q.line()))).append("</footer></blockquote>\n");
        table.row(code, id, q.source(), (long) q.line(), role, establishment, text);
      }
      html.append("</div>\n");
    });
    if (table.isEmpty()) {
      return;
    }
    page.heading(null, words.get("quotes.heading"));
    page.note(words.get("quotes.note", PER_CODE));
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
