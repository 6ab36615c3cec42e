package fr.parole.report;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartUtils;
import org.jfree.svg.SVGGraphics2D;

/** Draws a chart as PNG (for the page and the PNG file) or SVG (for print and slides). */
final class ChartImages {
  byte[] png(ReportChart chart) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart.chart(), chart.width(), chart.height());
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to draw a chart in memory", e);
    }
  }

  String svg(ReportChart chart) {
    SVGGraphics2D g = new SVGGraphics2D(chart.width(), chart.height());
    chart.chart().draw(g, new Rectangle(0, 0, chart.width(), chart.height()));
    return g.getSVGDocument();
  }
}
