package fr.parole.report;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
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

  /**
   * Writes the numbers of every value axis in the report's language (« 0,5 » in French, where
   * JFreeChart writes the JVM's), categories left alone.
   */
  static void localise(JFreeChart chart, Locale locale) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
    DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
    symbols.setGroupingSeparator('\u00a0'); // the narrow one French uses is missing from the charts' font
    format.setDecimalFormatSymbols(symbols);
    List<ValueAxis> axes = new ArrayList<>();
    if (chart.getPlot() instanceof CategoryPlot plot) {
      for (int i = 0; i < plot.getRangeAxisCount(); i++) {
        axes.add(plot.getRangeAxis(i));
      }
    } else if (chart.getPlot() instanceof XYPlot plot) {
      axes.add(plot.getDomainAxis());
      axes.add(plot.getRangeAxis());
    }
    for (Object subtitle : chart.getSubtitles()) {
      if (subtitle instanceof PaintScaleLegend legend) {
        axes.add(legend.getAxis());
      }
    }
    for (ValueAxis axis : axes) {
      if (axis instanceof NumberAxis number && !(axis instanceof SymbolAxis)) {
        number.setNumberFormatOverride(format);
      }
    }
  }
}
