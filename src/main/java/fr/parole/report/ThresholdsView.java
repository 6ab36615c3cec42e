package fr.parole.report;

import fr.parole.study.CodeThreshold;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The confidence from which a machine suggestion of each code counts, as the last coding run
 * recorded it (store table {@code code_thresholds}), and where it comes from: the codebook file,
 * the calibration on the model's training texts (with the F1 reached there), or Parole's default.
 */
final class ThresholdsView {
  void show(ReportPage page, List<ThemeCodings> themes) {
    ReportText text = page.text();
    ReportTable.Builder t = new ReportTable.Builder("methode-seuils", text.get("method.thresholds.title"),
        text.get("method.coding.codebook"), "code_id", text.get("method.thresholds.dimension"),
        text.get("method.thresholds.code"), text.get("method.thresholds.threshold"),
        text.get("method.thresholds.origin"), text.get("method.thresholds.f1"));
    boolean recorded = false;
    boolean ownThresholds = false;
    for (ThemeCodings theme : themes) {
      Set<String> codes = new LinkedHashSet<>();
      theme.codebook().ifPresent(b -> b.codes().forEach(c -> codes.add(c.path())));
      codes.addAll(new java.util.TreeSet<>(theme.thresholds().keySet()));
      for (String code : codes) {
        CodeThreshold threshold = theme.thresholds().get(code);
        recorded |= threshold != null;
        ownThresholds |= threshold != null && !threshold.origin().equals("default");
        t.row(theme.title(), code, theme.dimensionLabel(ThemeCodings.dimensionOf(code)), theme.pathLabel(code),
            ReportTable.decimal(theme.threshold(code), 2),
            text.get("method.thresholds.origin." + (threshold == null ? "none" : threshold.origin())),
            threshold == null || threshold.f1() == null ? null : ReportTable.decimal(threshold.f1(), 2));
      }
    }
    if (t.isEmpty()) {
      return;
    }
    // Every code at the default: one sentence says it, the table stays in the CSV.
    page.table(t.build(), ownThresholds ? ReportPage.PAGE_ROWS : 0, null);
    page.note(text.get(!recorded ? "method.thresholds.noneRecorded" : ownThresholds ? "method.thresholds.note"
        : "method.thresholds.allDefault", text.decimal(CodeThreshold.DEFAULT, 1)));
  }
}
