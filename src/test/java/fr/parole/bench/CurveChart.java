package fr.parole.bench;

import fr.parole.coding.LearningCurve;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * One learning-curve chart (JFreeChart, as the report's charts): the queue and random order, each
 * as its mean over the seeds with a band of ± one standard deviation, and the rules alone and the
 * shipped model as flat lines. Okabe-Ito colours, as the report uses.
 */
final class CurveChart {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 380;
  private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 12);

  private CurveChart() {}

  static String svg(String title, String dimension, Map<LearningCurve.Order, List<List<LearningCurve.Point>>> runs,
      double rules, Double shipped) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(curve("File de revue (le plus incertain d'abord)", runs.get(LearningCurve.Order.QUEUE), dimension));
    data.addSeries(curve("Ordre aléatoire", runs.get(LearningCurve.Order.RANDOM), dimension));
    List<List<LearningCurve.Point>> queue = runs.get(LearningCurve.Order.QUEUE);
    double last = queue.get(0).isEmpty() ? 1 : queue.get(0).get(queue.get(0).size() - 1).decisions();
    data.addSeries(flat("Règles seules", rules, last));
    if (shipped != null) {
      data.addSeries(flat("Modèle livré + règles", shipped, last));
    }
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    Color[] colours = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x999999), new Color(0x009E73)};
    for (int s = 0; s < data.getSeriesCount(); s++) {
      renderer.setSeriesPaint(s, colours[s]);
      renderer.setSeriesFillPaint(s, colours[s]);
      renderer.setSeriesStroke(s, s < 2 ? new BasicStroke(2f)
          : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
      renderer.setSeriesShapesVisible(s, s < 2);
    }
    renderer.setAlpha(0.2f);
    NumberAxis x = new NumberAxis("Décisions");
    NumberAxis y = new NumberAxis("Sur les segments pas encore codés");
    y.setRange(0, 1);
    x.setLabelFont(FONT);
    y.setLabelFont(FONT);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    JFreeChart chart = new JFreeChart(title, FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
    return g.getSVGDocument();
  }

  private static YIntervalSeries curve(String name, List<List<LearningCurve.Point>> bySeed, String dimension) {
    YIntervalSeries series = new YIntervalSeries(name);
    for (int c = 0; c < bySeed.get(0).size(); c++) {
      double mean = Spread.mean(bySeed, c, p -> p.learned().get(dimension));
      double sd = Spread.sd(bySeed, c, p -> p.learned().get(dimension));
      series.add(bySeed.get(0).get(c).decisions(), mean, mean - sd, mean + sd);
    }
    return series;
  }

  private static YIntervalSeries flat(String name, double value, double last) {
    YIntervalSeries series = new YIntervalSeries(name);
    series.add(0, value, value, value);
    series.add(last, value, value, value);
    return series;
  }
}
