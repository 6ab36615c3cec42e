package fr.parole.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static String svg(ReportLanguage language) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(0.4, "part", "A");
    data.addValue(1.3, "part", "B");
    ReportChart chart = new Charts(new ReportText(language)).bars("essai", "Essai", "groupe", "%", data, false);
    ChartImages.localise(chart.chart(), language.locale());
    return new ChartImages().svg(chart);
  }

  @Test
  void axisNumbersFollowTheReportsLanguage() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.US); // the JVM's locale must not decide
    try {
      String french = svg(ReportLanguage.FRENCH);
      assertTrue(french.contains(">0,2<") || french.contains(">0,5<"), "decimal comma on a French axis");
      assertFalse(french.matches("(?s).*>\\d\\.\\d<.*"), "no decimal point on a French axis");
      String english = svg(ReportLanguage.ENGLISH);
      assertTrue(english.matches("(?s).*>\\d\\.\\d<.*"), "decimal point on an English axis");
    } finally {
      Locale.setDefault(before);
    }
  }
}
