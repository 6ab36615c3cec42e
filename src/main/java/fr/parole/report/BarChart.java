package fr.parole.report;

import fr.parole.stats.AttributeBreakdown;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the share of segments and of words per attribute value as horizontal bars (PNG), in the
 * Okabe-Ito palette, which colour-blind readers can tell apart.
 */
public final class BarChart {
  static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 13);

  /** A PNG of {@code breakdown}, about A4 text width. */
  public byte[] png(AttributeBreakdown breakdown, String attributeLabel) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (AttributeBreakdown.Row row : breakdown.rows()) {
      String value = ReportText.value(row.value());
      data.addValue(row.segmentShare(), "% des segments", value);
      data.addValue(row.wordShare(), "% des mots", value);
    }
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(attributeLabel), new NumberAxis("%"),
        new BarRenderer());
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.getDomainAxis().setTickLabelFont(FONT);
    plot.getDomainAxis().setLabelFont(FONT);
    plot.getRangeAxis().setTickLabelFont(FONT);
    plot.getRangeAxis().setLabelFont(FONT);
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setSeriesPaint(0, BLUE);
    renderer.setSeriesPaint(1, ORANGE);
    JFreeChart chart = new JFreeChart(null, FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(FONT);
    int height = 120 + 48 * breakdown.rows().size();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart, 760, height);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to draw a chart in memory", e);
    }
  }
}
