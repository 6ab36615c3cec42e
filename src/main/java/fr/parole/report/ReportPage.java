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
   * optionally with an inline style (e.g. a residual's colour) given by row and column. A table
   * without rows is neither shown nor saved: there is nothing to read in it.
   */
  void table(ReportTable table, int pageRows, BiFunction<Integer, Integer, String> cellStyle) {
    if (table.isEmpty()) {
      return;
    }
    ReportTable saved = table.withId(unique(table.id(), tableIds));
    tables.add(saved);
    body.append("<p class=\"tablehead\"><b>").append(ReportText.html(saved.title())).append("</b> · <a href=\"")
        .append(ReportFiles.TABLES).append('/').append(saved.id()).append(".csv\">CSV</a></p>\n");
    if (pageRows == 0) {
      return;
    }
    List<String> header = saved.header();
    body.append("<div class=\"scroll\"><table>\n<thead><tr>");
    for (int j = 0; j < header.size(); j++) {
      if (!ReportTable.isMachineColumn(header.get(j))) {
        body.append("<th").append(saved.isNumberColumn(j) ? " class=\"n\"" : "").append('>')
            .append(ReportText.html(header.get(j))).append("</th>");
      }
    }
    body.append("</tr></thead>\n<tbody>\n");
    int shown = Math.min(pageRows, saved.rowCount());
    for (int i = 0; i < shown; i++) {
      body.append("<tr").append(rowClass(saved, i)).append('>');
      for (int j = 0; j < header.size(); j++) {
        if (ReportTable.isMachineColumn(header.get(j))) {
          continue;
        }
        Object cell = saved.cell(i, j);
        String style = cellStyle == null ? null : cellStyle.apply(i, j);
        body.append("<td").append(cell instanceof String || cell == null ? "" : " class=\"n\"")
            .append(style == null ? "" : " style=\"" + style + "\"").append('>')
            .append(ReportText.html(text.cell(cell))).append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</tbody>\n</table></div>\n");
    if (shown < saved.rowCount()) {
      note(text.get("page.firstRows", shown, text.integer(saved.rowCount()), ReportFiles.WORKBOOK));
    }
  }

  /** A total row reads as one, and a row of missing values stands apart from the values. */
  private String rowClass(ReportTable table, int row) {
    Object first = table.cell(row, 0);
    return text.get("column.total").equals(first) ? " class=\"total\""
        : text.value(null).equals(first) ? " class=\"missing\"" : "";
  }

  void chart(ReportChart chart) {
    ReportChart saved = new ReportChart(unique(chart.id(), chartIds), chart.title(), chart.chart(), chart.width(), chart.height());
    ChartImages.localise(saved.chart(), text.language().locale());
    charts.add(saved);
    byte[] png = images.png(saved);
    pngs.put(saved.id(), png);
    body.append("<figure><img alt=\"").append(ReportText.html(saved.title())).append("\" src=\"data:image/png;base64,")
        .append(java.util.Base64.getEncoder().encodeToString(png)).append("\">\n<figcaption>")
        .append(ReportText.html(saved.title())).append(" · <a href=\"").append(ReportFiles.CHARTS).append('/')
        .append(saved.id()).append(".png\">PNG</a> · <a href=\"").append(ReportFiles.CHARTS).append('/')
        .append(saved.id()).append(".svg\">SVG</a></figcaption></figure>\n");
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
