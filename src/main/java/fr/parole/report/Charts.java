package fr.parole.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The report's charts, about A4 text width (760 px), labels in the report's language, colours safe for colour-blind
 * readers: the Okabe-Ito palette for categories, a blue-white-red scale for residuals (blue:
 * fewer than expected, red: more) and white to blue for shares.
 */
final class Charts {
  static final int WIDTH = 760;
  /** Okabe & Ito (2008), without black; grey is kept for « autres ». */
  static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
      new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442));
  static final Color GREY = new Color(0x999999);
  /**
   * Beyond this many groups (establishments, services…) a chart by group keeps the largest and
   * pools the others in one bar: a national study has hundreds of establishments, and more than
   * about twenty bars or columns cannot be read at A4 width. The tables keep every group.
   */
  static final int MAX_GROUPS = 20;
  private static final Font FONT = new Font("DejaVu Sans", Font.PLAIN, 13);
  private static final Font SMALL = new Font("DejaVu Sans", Font.PLAIN, 11);
  /** Height of one bar in a grouped bar chart, and the gap between bars of a group. */
  private static final int ROW_HEIGHT = 22;
  private static final double ITEM_MARGIN = 0.05;

  /** The series drawn in grey: the codes beyond the palette, « autres codes » in French. */
  private final String others;
  private final String regionalMean;
  private final String nationalMean;

  Charts(ReportText text) {
    this.others = text.get("chart.others");
    this.regionalMean = text.get("esatis.legend.regionalMean");
    this.nationalMean = text.get("esatis.nationalMean");
  }

  /** Horizontal bars, one series per colour, values in {@code valueLabel}. */
  ReportChart bars(String id, String title, String categoryLabel, String valueLabel, CategoryDataset data,
      boolean stacked) {
    return bars(id, title, categoryLabel, valueLabel, data, stacked, java.util.Map.of());
  }

  /**
   * The same, with the colour of some series given: answers whose meaning has a colour people
   * read at once (Oui green, Non vermilion, never the other way round).
   */
  ReportChart bars(String id, String title, String categoryLabel, String valueLabel, CategoryDataset data,
      boolean stacked, java.util.Map<String, Color> colours) {
    BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(categoryLabel), new NumberAxis(valueLabel), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(ITEM_MARGIN);
    for (int s = 0; s < data.getRowCount(); s++) {
      String series = data.getRowKey(s).toString();
      renderer.setSeriesPaint(s, colours.containsKey(series) ? colours.get(series)
          : series.equals(this.others) ? GREY : PALETTE.get(s % PALETTE.size()));
    }
    JFreeChart chart = chart(title, plot, data.getRowCount() > 1);
    int rows = data.getColumnCount() * (stacked ? 1 : Math.max(1, data.getRowCount()));
    return new ReportChart(id, title, chart, WIDTH, 150 + Math.min(900, (stacked ? 40 : 22) * rows) + legendRoom(data));
  }

  /**
   * Box plots, one per category (median, quartiles, whiskers, a small dot for the mean), laid
   * horizontally so that long category names (the e-Satis dimensions) read on one line.
   */
  ReportChart boxes(String id, String title, String categoryLabel, String valueLabel,
      BoxAndWhiskerCategoryDataset data) {
    BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
    renderer.setSeriesPaint(0, PALETTE.get(4));
    renderer.setMeanVisible(true);
    renderer.setMaxOutlierVisible(false);
    // The mean's dot is half the box's thickness: thin boxes keep it a dot.
    renderer.setMaximumBarWidth(0.04);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(categoryLabel), new NumberAxis(valueLabel), renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.35f);
    return new ReportChart(id, title, chart(title, plot, false), WIDTH, 140 + 44 * Math.max(1, data.getColumnCount()));
  }

  /**
   * Horizontal bars of each establishment's score (rows of {@code scores}) per dimension (its
   * columns) on 0-100, with the mean of the establishment's region as a white diamond on its bar
   * and the national mean as a black stroke across the dimension. {@code regional} has the shape
   * of {@code scores}; {@code national} one row.
   */
  ReportChart scoresAgainstMeans(String id, String title, String categoryLabel, String valueLabel,
      CategoryDataset scores, CategoryDataset regional, CategoryDataset national) {
    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setItemMargin(ITEM_MARGIN);
    NumberAxis value = new NumberAxis(valueLabel);
    value.setRange(0, 100);
    CategoryPlot plot = new CategoryPlot(scores, new CategoryAxis(categoryLabel), value, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    style(plot);
    plot.getDomainAxis().setMaximumCategoryLabelLines(3);
    plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.3f);
    int establishments = scores.getRowCount();
    LegendItemCollection legend = new LegendItemCollection();
    for (int s = 0; s < establishments; s++) {
      Color colour = PALETTE.get(s % PALETTE.size());
      bars.setSeriesPaint(s, colour);
      legend.add(new LegendItem(scores.getRowKey(s).toString(), colour));
    }
    // Series offsets put each diamond on its own establishment's bar (same item margin as the bars).
    LineAndShapeRenderer diamonds = markers(true);
    Shape diamond = diamond(5);
    for (int s = 0; s < establishments; s++) {
      diamonds.setSeriesShape(s, diamond);
    }
    plot.setDataset(1, regional);
    plot.setRenderer(1, diamonds);
    LineAndShapeRenderer strokes = markers(false);
    // The stroke spans the dimension's bars: rows of ROW_HEIGHT px, less the category margin.
    double span = Math.max(12, ROW_HEIGHT * establishments * 0.8);
    strokes.setSeriesShape(0, new Rectangle2D.Double(-1.5, -span / 2, 3, span));
    strokes.setSeriesPaint(0, Color.BLACK);
    plot.setDataset(2, national);
    plot.setRenderer(2, strokes);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    LegendItem regionLegend = new LegendItem(regionalMean, null, null, null, diamond,
        Color.WHITE, new BasicStroke(1.2f), Color.BLACK);
    legend.add(regionLegend);
    legend.add(new LegendItem(nationalMean, null, null, null, new Rectangle2D.Double(-1.5, -6, 3, 12),
        Color.BLACK));
    plot.setFixedLegendItems(legend);
    JFreeChart chart = chart(title, plot, true);
    int rows = scores.getColumnCount() * Math.max(1, establishments);
    return new ReportChart(id, title, chart, WIDTH, 170 + Math.min(1200, ROW_HEIGHT * rows) + 20 * ((establishments + 5) / 4));
  }

  /**
   * Lines across ordered categories (years): one line per row of {@code data}, each with its own
   * colour and point shape so that lines stay apart in grey print. The value axis starts at zero
   * only when {@code fromZero}.
   */
  ReportChart lines(String id, String title, String categoryLabel, String valueLabel, CategoryDataset data,
      boolean fromZero) {
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
    for (int s = 0; s < data.getRowCount(); s++) {
      renderer.setSeriesPaint(s, s < PALETTE.size() ? PALETTE.get(s) : GREY);
      renderer.setSeriesShape(s, shapes[s % shapes.length]);
      renderer.setSeriesStroke(s, s < PALETTE.size() ? new BasicStroke(2f)
          : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }
    NumberAxis value = new NumberAxis(valueLabel);
    value.setAutoRangeIncludesZero(fromZero);
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(categoryLabel), value, renderer);
    style(plot);
    JFreeChart chart = chart(title, plot, data.getRowCount() > 1);
    return new ReportChart(id, title, chart, WIDTH, 420 + legendRoom(data));
  }

  private static LineAndShapeRenderer markers(boolean offsetLikeBars) {
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    renderer.setUseSeriesOffset(offsetLikeBars);
    renderer.setItemMargin(ITEM_MARGIN);
    renderer.setUseFillPaint(true);
    renderer.setDefaultFillPaint(Color.WHITE);
    renderer.setUseOutlinePaint(true);
    renderer.setDefaultOutlinePaint(Color.BLACK);
    renderer.setDrawOutlines(true);
    renderer.setDefaultOutlineStroke(new BasicStroke(1.2f));
    renderer.setDefaultSeriesVisibleInLegend(false);
    renderer.setAutoPopulateSeriesShape(false);
    if (!offsetLikeBars) {
      renderer.setUseFillPaint(false);
      renderer.setDrawOutlines(false);
    }
    return renderer;
  }

  private static Shape diamond(double half) {
    Path2D.Double d = new Path2D.Double();
    d.moveTo(0, -half);
    d.lineTo(half, 0);
    d.lineTo(0, half);
    d.lineTo(-half, 0);
    d.closePath();
    return d;
  }

  /**
   * A matrix coloured by {@code colour} on {@code scale}, each cell labelled with {@code text}:
   * residuals of a crosstab, or Jaccard indices of co-occurring codes.
   */
  ReportChart heatMap(String id, String title, String rowVariable, String columnVariable, List<String> rows,
      List<String> columns, double[][] colour, String[][] text, PaintScale scale, String scaleLabel) {
    DefaultXYZDataset data = new DefaultXYZDataset();
    int cells = rows.size() * columns.size();
    double[][] series = new double[3][cells];
    XYPlot plot = new XYPlot();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        int k = i * columns.size() + j;
        series[0][k] = j;
        series[1][k] = i;
        series[2][k] = colour[i][j];
        XYTextAnnotation label = new XYTextAnnotation(text[i][j], j, i);
        label.setFont(SMALL);
        plot.addAnnotation(label);
      }
    }
    data.addSeries("cases", series);
    SymbolAxis x = new SymbolAxis(columnVariable, columns.toArray(String[]::new));
    SymbolAxis y = new SymbolAxis(rowVariable, rows.toArray(String[]::new));
    x.setVerticalTickLabels(columns.stream().anyMatch(c -> c.length() > 12) || columns.size() > 6);
    y.setInverted(true);
    for (SymbolAxis axis : List.of(x, y)) {
      axis.setGridBandsVisible(false);
      axis.setTickLabelFont(SMALL);
      axis.setLabelFont(FONT);
    }
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(scale);
    plot.setDataset(data);
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setRenderer(renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(null, FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle(title, FONT));
    NumberAxis scaleAxis = new NumberAxis(scaleLabel);
    scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
    scaleAxis.setLabelFont(SMALL);
    scaleAxis.setTickLabelFont(SMALL);
    PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    legend.setMargin(new RectangleInsets(4, 60, 4, 60));
    legend.setStripWidth(12);
    chart.addSubtitle(legend);
    int longestColumn = columns.stream().mapToInt(String::length).max().orElse(0);
    int height = 170 + 34 * rows.size() + (x.isVerticalTickLabels() ? 7 * Math.min(longestColumn, 40) : 0);
    return new ReportChart(id, title, chart, WIDTH, height);
  }

  /** Blue (fewer than expected) – white – red (more), clamped at ±{@code limit}. */
  static PaintScale diverging(double limit) {
    return new Scale(-limit, limit) {
      @Override
      public Paint getPaint(double value) {
        double t = Math.max(-1, Math.min(1, value / limit));
        Color end = t < 0 ? new Color(0x2166AC) : new Color(0xB2182B);
        return mix(Color.WHITE, end, Math.abs(t));
      }
    };
  }

  /** White (0) to blue (1). */
  static PaintScale sequential() {
    return new Scale(0, 1) {
      @Override
      public Paint getPaint(double value) {
        return mix(Color.WHITE, new Color(0x0072B2), Math.max(0, Math.min(1, value)));
      }
    };
  }

  static Color mix(Color from, Color to, double t) {
    return new Color((int) Math.round(from.getRed() + t * (to.getRed() - from.getRed())),
        (int) Math.round(from.getGreen() + t * (to.getGreen() - from.getGreen())),
        (int) Math.round(from.getBlue() + t * (to.getBlue() - from.getBlue())));
  }

  /** The CSS background of a residual's cell on the page, as on the heat map. */
  static String residualStyle(double residual) {
    Color c = (Color) diverging(4).getPaint(residual);
    return String.format("background:#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static void style(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    plot.getDomainAxis().setTickLabelFont(FONT);
    plot.getDomainAxis().setLabelFont(FONT);
    plot.getDomainAxis().setMaximumCategoryLabelLines(2);
    plot.getRangeAxis().setTickLabelFont(FONT);
    plot.getRangeAxis().setLabelFont(FONT);
  }

  private static JFreeChart chart(String title, CategoryPlot plot, boolean legend) {
    JFreeChart chart = new JFreeChart(null, FONT, plot, legend);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle(title, FONT));
    if (legend) {
      chart.getLegend().setItemFont(SMALL);
    }
    return chart;
  }

  private static int legendRoom(CategoryDataset data) {
    return data.getRowCount() > 1 ? 20 * ((data.getRowCount() + 3) / 4) : 0;
  }

  /** Hand-written: JFreeChart's LookupPaintScale only steps, and a smooth scale reads better. */
  private abstract static class Scale implements PaintScale {
    private final double lower;
    private final double upper;

    Scale(double lower, double upper) {
      this.lower = lower;
      this.upper = upper;
    }

    @Override
    public double getLowerBound() {
      return lower;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }
  }

  /** White (0) to blue ({@code upper}), e.g. shares in percent up to the largest one shown. */
  static PaintScale sequential(double upper) {
    return new Scale(0, upper) {
      @Override
      public Paint getPaint(double value) {
        return mix(Color.WHITE, new Color(0x0072B2), Math.max(0, Math.min(1, value / upper)));
      }
    };
  }
}
