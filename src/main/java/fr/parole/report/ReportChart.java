package fr.parole.report;

import org.jfree.chart.JFreeChart;

/** A chart of the report: drawn as PNG (embedded in the page and saved) and SVG. */
record ReportChart(String id, String title, JFreeChart chart, int width, int height) {}
