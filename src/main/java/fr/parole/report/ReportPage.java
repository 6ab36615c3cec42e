package fr.parole.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The report being written: the page's sections in order, and the tables and charts they show,
 * which {@link ReportFiles} also saves apart. Every piece of user text is escaped here or by the
 * caller through {@link ReportText#html}.
 */
final class ReportPage {
  /** Beyond this many rows a table shows on the page only its first rows; the CSV has them all. */
  static final int PAGE_ROWS = 60;

  private final Map<String, String> sections = new LinkedHashMap<>();
  private final StringBuilder body = new StringBuilder(65_536);
  private final List<ReportTable> tables = new ArrayList<>();
  private final List<ReportChart> charts = new ArrayList<>();
  private final Set<String> tableIds = new HashSet<>();
  private final Set<String> chartIds = new HashSet<>();
  private final Map<String, byte[]> pngs = new LinkedHashMap<>();
  private final ChartImages images;
  private final ReportText text;

  ReportPage(ChartImages images, ReportText text) {
    this.images = images;
    this.text = text;
  }

  /** The report's wording and number formats, for the sections that write on this page. */
  ReportText text() {
    return text;
  }

  List<ReportTable> tables() {
    return List.copyOf(tables);
  }

  List<ReportChart> charts() {
    return List.copyOf(charts);
  }

  /** The PNG drawn for the page, so the saved file is the same picture. */
  byte[] png(String chartId) {
    return pngs.get(chartId);
  }

  String body() {
    return body.toString();
  }

  /** The navigation bar: one link per section, in order. */
  String nav() {
    StringBuilder nav = new StringBuilder("<nav>");
    sections.forEach((id, title) -> nav.append("<a href=\"#").append(id).append("\">")
        .append(ReportText.html(title)).append("</a>"));
    return nav.append("</nav>\n").toString();
  }

  void section(String id, String title) {
    sections.put(id, title);
    body.append("<h2 id=\"").append(id).append("\">").append(ReportText.html(title)).append("</h2>\n");
  }

  void heading(String id, String title) {
    body.append("<h3").append(id == null ? "" : " id=\"" + id + "\"").append(">")
        .append(ReportText.html(title)).append("</h3>\n");
  }

  void paragraph(String text) {
    body.append("<p>").append(ReportText.html(text)).append("</p>\n");
  }

  void note(String text) {
    body.append("<p class=\"note\">").append(ReportText.html(text)).append("</p>\n");
  }

  void warning(String text) {
    body.append("<p class=\"warning\">").append(ReportText.html(text)).append("</p>\n");
  }

  /** Markup the caller built and escaped. */
  void raw(String html) {
    body.append(html);
  }

  void table(ReportTable table) {
    table(table, PAGE_ROWS, null);
  }

  /**
   * Shows a table with at most {@code pageRows} rows (0: only the link to its CSV), each cell
   * optionally with an inline style (e.g. a residual's colour) given by row and column.
   */
  void table(ReportTable table, int pageRows, BiFunction<Integer, Integer, String> cellStyle) {
    ReportTable saved = new ReportTable(unique(table.id(), tableIds), table.title(), table.header(), table.rows());
    tables.add(saved);
    body.append("<p class=\"tablehead\"><b>").append(ReportText.html(saved.title())).append("</b> · <a href=\"")
        .append(ReportFiles.TABLES).append('/').append(saved.id()).append(".csv\">CSV</a></p>\n");
    if (pageRows == 0 || saved.rows().isEmpty()) {
      return;
    }
    body.append("<div class=\"scroll\"><table>\n<thead><tr>");
    for (int j = 0; j < saved.header().size(); j++) {
      if (ReportTable.isMachineColumn(saved.header().get(j))) {
        continue;
      }
      body.append("<th").append(isNumberColumn(saved, j) ? " class=\"n\"" : "").append('>')
          .append(ReportText.html(saved.header().get(j))).append("</th>");
    }
    body.append("</tr></thead>\n<tbody>\n");
    int shown = Math.min(pageRows, saved.rows().size());
    for (int i = 0; i < shown; i++) {
      body.append("<tr>");
      List<Object> row = saved.rows().get(i);
      for (int j = 0; j < row.size(); j++) {
        if (ReportTable.isMachineColumn(saved.header().get(j))) {
          continue;
        }
        Object cell = row.get(j);
        String style = cellStyle == null ? null : cellStyle.apply(i, j);
        body.append("<td").append(cell instanceof String || cell == null ? "" : " class=\"n\"")
            .append(style == null ? "" : " style=\"" + style + "\"").append('>')
            .append(ReportText.html(text.cell(cell))).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table></div>\n");
    if (shown < saved.rows().size()) {
      note(text.get("page.firstRows", shown, text.integer(saved.rows().size()), ReportFiles.WORKBOOK));
    }
  }

  void chart(ReportChart chart) {
    ReportChart saved = new ReportChart(unique(chart.id(), chartIds), chart.title(), chart.chart(), chart.width(), chart.height());
    charts.add(saved);
    byte[] png = images.png(saved);
    pngs.put(saved.id(), png);
    body.append("<figure><img alt=\"").append(ReportText.html(saved.title())).append("\" src=\"data:image/png;base64,")
        .append(java.util.Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption>")
        .append(ReportText.html(saved.title())).append(" · <a href=\"").append(ReportFiles.CHARTS).append('/')
        .append(saved.id()).append(".png\">PNG</a> · <a href=\"").append(ReportFiles.CHARTS).append('/')
        .append(saved.id()).append(".svg\">SVG</a></figcaption></figure>\n");
  }

  private static boolean isNumberColumn(ReportTable table, int column) {
    return !table.rows().isEmpty() && table.rows().stream().map(r -> r.get(column))
        .allMatch(c -> c == null || !(c instanceof String));
  }

  /** File names: lower-case ASCII, unique in the report (a second "x" becomes "x-2"). */
  private static String unique(String id, Set<String> ids) {
    String base = ReportText.slug(id);
    String candidate = base;
    for (int n = 2; !ids.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
