package fr.parole.report;

import fr.parole.study.LexicalClasses.AttributeRow;
import fr.parole.study.LexicalClasses.Classification;
import fr.parole.study.LexicalClasses.NodeRow;
import fr.parole.study.LexicalClasses.TermRow;
import fr.parole.study.LexicalClasses.TestRow;
import fr.parole.study.LexicalClasses.TypicalRow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Classes lexicales: the study's latest Reinert classification ({@code parole classes}, stored in
 * the study): the dendrogram as a chart, each class's size, characteristic lemmas (χ², p), typical
 * segments (pseudonymised like every quote) and over-represented attribute values, and each
 * attribute crossed with the classes; each as a table of {@code tableaux/} and a sheet of the
 * workbook. The report never classifies (on a million comments tagging alone takes minutes): it
 * shows what was stored, and says when the corpus changed since.
 */
final class LexicalClassesSection {
  /** Lemmas shown per class in the overview and on the chart. */
  private static final int WORDS = 8;
  /** Typical segments shown per class. */
  static final int TYPICAL = 5;
  private static final int EXCERPT = 300;

  private final Optional<Classification> classification;
  private final List<TypicalRow> typical;
  private final long generation;

  LexicalClassesSection(Optional<Classification> classification, List<TypicalRow> typical, long generation) {
    this.classification = classification;
    this.typical = List.copyOf(typical);
    this.generation = generation;
  }

  void write(ReportPage page, ReportContext context) {
    ReportText text = page.text();
    page.section("classes", text.get("classes.title"));
    if (classification.isEmpty()) {
      page.paragraph(text.get("classes.none", context.study().folder().toString()));
      return;
    }
    Classification c = classification.get();
    List<NodeRow> classes = c.nodes().stream().filter(n -> n.classNumber() > 0)
        .sorted(java.util.Comparator.comparingInt(NodeRow::classNumber)).toList();
    int classified = c.run().classified();
    if (c.run().isDouble()) {
      page.paragraph(text.get("classes.introDouble", c.run().textSegments(), c.run().segmentWords(),
          c.run().segmentWords2(), classified, text.decimal(100.0 * classified / Math.max(1, c.run().textSegments()), 1),
          c.run().textSegments() - classified, c.run().lemmas(), classes.size(), c.run().classesAsked(),
          c.run().at().substring(0, 10)));
    } else {
      page.paragraph(text.get("classes.intro", c.run().textSegments(), c.run().segmentWords(), classified,
          text.decimal(100.0 * classified / Math.max(1, c.run().textSegments()), 1), c.run().lemmas(), classes.size(),
          c.run().classesAsked(), c.run().at().substring(0, 10)));
    }
    if (c.run().generation() != generation) {
      page.warning(text.get("classes.stale"));
    }
    page.chart(DendrogramChart.of("classes-dendrogramme", text.get(c.run().isDouble() ? "classes.chartDouble"
        : "classes.chart"), c.nodes(),
        n -> text.get("classes.leaf", n, text.decimal(percent(c, n), 1), words(c, n, 5))));
    ReportTable.Builder overview = new ReportTable.Builder("classes", text.get("classes.table"),
        text.get("classes.class"), text.get("column.segments"), text.get("classes.percent"), text.get("classes.words"),
        text.get("classes.values"));
    for (NodeRow node : classes) {
      int n = node.classNumber();
      overview.row(n, node.size(), ReportTable.percent(percent(c, n)), c.terms().stream().filter(t -> t.classNumber() == n)
          .limit(WORDS).map(t -> t.lemma() + " (" + text.decimal(t.chiSquare(), 1) + ")")
          .collect(Collectors.joining(", ")), c.attributes().stream()
          .filter(a -> a.classNumber() == n).limit(4).map(a -> text.label(a.attribute()) + " = "
              + text.value(a.attribute(), a.value())).collect(Collectors.joining(" ; ")));
    }
    page.table(overview.build());
    ReportTable.Builder terms = new ReportTable.Builder("classes-mots", text.get("classes.termsTable"),
        text.get("classes.class"), text.get("classes.rank"), text.get("classes.lemma"), text.get("classes.inClass"),
        text.get("classes.total"), "χ²", "p");
    for (TermRow t : c.terms()) {
      terms.row(t.classNumber(), t.rank(), t.lemma(), t.inClass(), t.total(), ReportTable.decimal(t.chiSquare(), 1),
          ReportTable.decimal(t.p(), 4));
    }
    page.table(terms.build(), 0, null); // every lemma, in the CSV: the overview shows the first ones
    ReportTable.Builder quotes = new ReportTable.Builder("classes-segments", text.get("classes.typicalTable"),
        text.get("classes.class"), text.get("classes.rank"), text.get("quotes.column.source"), text.get("classes.segment"));
    for (TypicalRow t : typical) {
      if (t.rank() <= TYPICAL) {
        quotes.row(t.classNumber(), t.rank(), t.sourcePath(), cut(shown(context, t.text())));
      }
    }
    page.table(quotes.build());
    ReportTable.Builder values = new ReportTable.Builder("classes-attributs", text.get("classes.valuesTable"),
        text.get("classes.class"), text.get("classes.attribute"), text.get("classes.value"), text.get("classes.inClass"),
        text.get("classes.total"), "χ²", "p");
    for (AttributeRow a : c.attributes()) {
      values.row(a.classNumber(), text.label(a.attribute()), text.value(a.attribute(), a.value()), a.inClass(), a.total(),
          ReportTable.decimal(a.chiSquare(), 1), ReportTable.decimal(a.p(), 4));
    }
    page.table(values.build(), 0, null);
    ReportTable.Builder tests = new ReportTable.Builder("classes-tests", text.get("classes.testsTable"),
        text.get("classes.attribute"), "χ²", text.get("classes.degrees"), "p");
    for (TestRow t : c.tests()) {
      if (!Double.isNaN(t.chiSquare())) {
        tests.row(text.label(t.attribute()), ReportTable.decimal(t.chiSquare(), 1), t.degrees(),
            ReportTable.decimal(t.p(), 4));
      }
    }
    page.table(tests.build());
    page.note(text.get("classes.method"));
  }

  private static double percent(Classification c, int classNumber) {
    return 100.0 * c.nodes().stream().filter(n -> n.classNumber() == classNumber).mapToInt(NodeRow::size).sum()
        / Math.max(1, c.run().classified());
  }

  private static String words(Classification c, int classNumber, int limit) {
    return c.terms().stream().filter(t -> t.classNumber() == classNumber).limit(limit).map(TermRow::lemma)
        .collect(Collectors.joining(", "));
  }

  private static String shown(ReportContext context, String raw) {
    return raw == null || raw.isEmpty() ? "" : context.pseudonymiser().get().pseudonymise(raw, context.placeholders());
  }

  private static String cut(String words) {
    String line = words.replaceAll("\\s+", " ").strip();
    return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT).strip() + "…";
  }
}
