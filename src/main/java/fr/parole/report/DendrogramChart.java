package fr.parole.report;

import fr.parole.study.LexicalClasses.NodeRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;

/**
 * The dendrogram of a Reinert classification, drawn as IRaMuTeQ draws it: the root on the left,
 * each partition a fork, the classes on the right in their order, each with its colour, its size
 * and its first words. JFreeChart has no tree plot: the branches are line annotations on an empty
 * XY plot whose axes are hidden (the depth of a node is its column; its height, the middle of its
 * classes' rows), so the chart goes through the report's PNG and SVG writers like every other.
 */
final class DendrogramChart {
  private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 13);
  private static final BasicStroke BRANCH = new BasicStroke(1.6f);
  private static final BasicStroke CLASS = new BasicStroke(6f);

  private DendrogramChart() {}

  /** The chart; {@code label} gives each class's text (« Classe 1 · 23,4 % · attente, sortie… »). */
  static ReportChart of(String id, String title, List<NodeRow> nodes, IntFunction<String> label) {
    Map<Integer, Integer> depth = new HashMap<>();
    Map<Integer, Double> row = new HashMap<>();
    int maxDepth = 0;
    for (NodeRow node : nodes) { // parents come before their children
      int d = node.parent() < 0 ? 0 : depth.get(node.parent()) + 1;
      depth.put(node.node(), d);
      maxDepth = Math.max(maxDepth, d);
    }
    int classes = 0;
    for (NodeRow node : nodes) {
      if (node.classNumber() > 0) {
        row.put(node.node(), (double) node.classNumber());
        classes = Math.max(classes, node.classNumber());
      }
    }
    for (int i = nodes.size() - 1; i >= 0; i--) { // children before parents: a fork at its children's middle
      NodeRow node = nodes.get(i);
      if (node.classNumber() == 0) {
        row.put(node.node(), nodes.stream().filter(n -> n.parent() == node.node()).mapToDouble(n -> row.get(n.node()))
            .average().orElse(1));
      }
    }
    XYPlot plot = new XYPlot(null, new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());
    double leaves = maxDepth + 1;
    for (NodeRow node : nodes) {
      double x = depth.get(node.node());
      double y = row.get(node.node());
      if (node.classNumber() > 0) {
        Color colour = Charts.PALETTE.get((node.classNumber() - 1) % Charts.PALETTE.size());
        plot.addAnnotation(new XYLineAnnotation(x, y, leaves, y, BRANCH, Color.DARK_GRAY));
        plot.addAnnotation(new XYLineAnnotation(leaves, y, leaves + 0.35, y, CLASS, colour));
        XYTextAnnotation text = new XYTextAnnotation(label.apply(node.classNumber()), leaves + 0.45, y);
        text.setFont(FONT);
        text.setTextAnchor(TextAnchor.CENTER_LEFT);
        plot.addAnnotation(text);
      } else {
        List<NodeRow> children = nodes.stream().filter(n -> n.parent() == node.node()).toList();
        double top = children.stream().mapToDouble(n -> row.get(n.node())).min().orElse(y);
        double bottom = children.stream().mapToDouble(n -> row.get(n.node())).max().orElse(y);
        plot.addAnnotation(new XYLineAnnotation(x + 1, top, x + 1, bottom, BRANCH, Color.DARK_GRAY));
        plot.addAnnotation(new XYLineAnnotation(x, y, x + 1, y, BRANCH, Color.DARK_GRAY));
      }
    }
    // The tree takes the left third; the classes' words the rest.
    plot.getDomainAxis().setRange(-0.2, (leaves + 0.5) * 3.2);
    plot.getRangeAxis().setRange(0.4, classes + 0.6);
    ((NumberAxis) plot.getRangeAxis()).setInverted(true);
    plot.getDomainAxis().setVisible(false);
    plot.getRangeAxis().setVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart = new JFreeChart(null, FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle(title, FONT));
    return new ReportChart(id, title, chart, Charts.WIDTH + 200, 90 + 46 * Math.max(2, classes));
  }
}
