package fr.parole.report;

import fr.parole.coding.StudyAgreement;
import fr.parole.coding.agreement.AgreementReport;
import fr.parole.coding.agreement.AgreementValue;
import fr.parole.coding.agreement.DimensionAgreement;
import fr.parole.study.CodingRecord;
import java.util.List;
import java.util.Map;

/**
 * How the figures were made: what was imported, the codebooks, how codes were assigned (rules,
 * model, people; counts by origin and status), agreement between two coders when there are two,
 * and the tests with their assumptions (docs/statistics.md in short).
 */
final class MethodSection {
  void write(ReportPage page, ReportContext context) {
    ReportText text = page.text();
    page.section("methode", text.get("method.title"));
    ReportTable.Builder imported = new ReportTable.Builder("methode-sources", text.get("method.sources.title"),
        text.get("method.sources.type"), "format_id", text.get("column.sources"));
    context.data().sourcesByFormat().forEach((format, n) -> imported.row(text.sourceFormat(format), format, (long) n));
    page.table(imported.build());
    page.raw("<ul>\n"
        + li(text.get("method.segments"))
        + li(text.get("method.attributes", text.value(null)))
        + "</ul>\n");
    codings(page, context);
    page.heading(null, text.get("method.tests.heading"));
    page.raw("<ul>\n"
        + li(text.get("method.tests.perCode"))
        + li(text.get("method.tests.crosstabs"))
        + li(text.get("method.tests.smallCounts"))
        + li(text.get("method.tests.independence"))
        + li(text.get("method.tests.cooccurrence"))
        + li(text.get("method.tests.esatis"))
        + li(text.get("method.tests.checklist"))
        + li(text.get("method.tests.checked"))
        + "</ul>\n");
  }

  private void codings(ReportPage page, ReportContext context) {
    ReportText text = page.text();
    page.heading(null, text.get("method.coding.heading"));
    if (context.themes().isEmpty()) {
      page.note(text.get("method.coding.none"));
      return;
    }
    ReportTable.Builder t = new ReportTable.Builder("methode-codages", text.get("method.coding.title"),
        text.get("method.coding.codebook"), text.get("method.coding.origin"), text.get("method.coding.status"),
        text.get("method.coding.codings"), text.get("column.segments"));
    for (ThemeCodings theme : context.themes()) {
      page.paragraph(text.get("method.coding.dimensions", theme.title(), theme.dimensions().size(),
          String.join(" ; ", theme.dimensions().stream().map(d -> text.get(theme.exclusive(d)
              ? "method.coding.exclusive" : "method.coding.nonExclusive", theme.dimensionLabel(d),
              text.get("unit." + theme.unit() + ".one"))).toList())));
      theme.byOrigin().forEach((key, n) -> {
        String[] parts = key.split("\u0000");
        t.row(theme.title(), text.name("method.origin", parts[0]), text.name("method.status", parts[1]),
            n[0], n[1]);
      });
    }
    page.table(t.build());
    page.raw("<ul>\n"
        + machineCoders(text, context.themes())
        + li(text.get("method.coding.how"))
        + li(text.get("method.coding.counted"))
        + li(text.get("method.coding.percentages"))
        + "</ul>\n");
    new ThresholdsView().show(page, context.themes());
    agreement(page, context);
  }

  /** Which coder made each codebook's pending suggestions: the full path, or the fast one (stems, no tagging). */
  private static String machineCoders(ReportText text, List<ThemeCodings> themes) {
    StringBuilder items = new StringBuilder();
    for (ThemeCodings theme : themes) {
      for (String coder : theme.machineCoders()) {
        if (KNOWN_CODERS.contains(coder)) {
          items.append(li(text.get("method.coder." + coder, theme.title())));
        }
      }
    }
    return items.toString();
  }

  /** The machine coders the method section can describe: each coding path's. */
  private static final java.util.Set<String> KNOWN_CODERS = java.util.Arrays.stream(
      fr.parole.coding.CodingPath.values()).map(fr.parole.coding.CodingPath::coder)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private void agreement(ReportPage page, ReportContext context) {
    for (ThemeCodings theme : context.themes()) {
      List<String> coders = theme.humanCoders();
      if (coders.size() < 2) {
        page.note(page.text().get(coders.isEmpty() ? "method.agreement.noCoder" : "method.agreement.oneCoder",
            theme.title()));
        continue;
      }
      List<CodingRecord> records = context.data().codings(theme.codebookId(), coders.subList(0, 2));
      AgreementReport report = new StudyAgreement().compare(records, coders.get(0), coders.get(1));
      ReportText text = page.text();
      ReportTable.Builder t = new ReportTable.Builder(theme.codebookId() + "-accord", text.get("method.agreement.title",
          coders.get(0), coders.get(1)), text.get("method.agreement.dimension"), text.get("method.agreement.units"),
          text.get("method.agreement.percent"), text.get("method.agreement.kappa"), text.get("method.agreement.alpha"));
      for (DimensionAgreement d : report.dimensions()) {
        t.row(d.dimension(), (long) d.units(), value(text, d.overall().percent(), 100),
            value(text, d.overall().kappa(), 1), value(text, d.overall().alpha(), 1));
      }
      page.table(t.build());
    }
  }

  private static Object value(ReportText text, AgreementValue v, double scale) {
    return v.isDefined() ? ReportTable.decimal(v.value() * scale, 3) : text.undefined(v);
  }

  private static String li(String text) {
    return "<li>" + ReportText.html(text) + "</li>\n";
  }
}
