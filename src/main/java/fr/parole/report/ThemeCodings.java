package fr.parole.report;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.stats.CodedSegment;
import fr.parole.study.ReportQueries.CodedRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The codings of one codebook that the report counts. A coding counts when a person made it, a
 * person accepted it, or it is a machine suggestion nobody rejected; of those, one per segment and
 * dimension, the best: a person's before the machine's, then the most confident, then the first
 * code alphabetically. So each segment weighs once in a dimension, as the chi-square test needs.
 */
record ThemeCodings(String codebookId, Optional<Codebook> codebook, List<CodedRow> all, List<CodedRow> retained) {
  static final Comparator<CodedRow> BEST_FIRST = Comparator.comparingInt(ThemeCodings::rank)
      .thenComparing(Comparator.comparingDouble(ThemeCodings::confidence).reversed())
      .thenComparing(CodedRow::code);

  ThemeCodings {
    all = List.copyOf(all);
    retained = List.copyOf(retained);
  }

  static ThemeCodings select(String codebookId, Optional<Codebook> codebook, List<CodedRow> rows) {
    Map<String, CodedRow> best = new TreeMap<>();
    for (CodedRow row : rows) {
      if ("rejected".equals(row.status())) {
        continue;
      }
      String key = String.format("%019d/%s", row.segmentId(), dimensionOf(row.code()));
      CodedRow current = best.get(key);
      if (current == null || BEST_FIRST.compare(row, current) < 0) {
        best.put(key, row);
      }
    }
    return new ThemeCodings(codebookId, codebook, rows, new ArrayList<>(best.values()));
  }

  /** 0 for a person's decision (their coding, or an accepted suggestion), 1 for the machine's. */
  static int rank(CodedRow row) {
    return "human".equals(row.origin()) || "accepted".equals(row.status()) ? 0 : 1;
  }

  private static double confidence(CodedRow row) {
    return row.confidence() == null ? 1 : row.confidence();
  }

  static String dimensionOf(String code) {
    int slash = code.indexOf('/');
    return slash < 0 ? "" : code.substring(0, slash);
  }

  /** Dimensions with retained codings, in the codebook's order, then any other alphabetically. */
  List<String> dimensions() {
    LinkedHashSet<String> order = new LinkedHashSet<>();
    codebook.ifPresent(b -> b.dimensions().forEach(d -> order.add(d.id())));
    retained.stream().map(r -> dimensionOf(r.code())).sorted().forEach(order::add);
    List<String> present = retained.stream().map(r -> dimensionOf(r.code())).distinct().toList();
    return order.stream().filter(present::contains).toList();
  }

  List<CodedRow> in(String dimension) {
    return retained.stream().filter(r -> dimensionOf(r.code()).equals(dimension)).toList();
  }

  /** The code itself, or its top-level parent (« type/levier » for « type/co_animation »). */
  String topLevel(String code) {
    Optional<Code> found = codebook.flatMap(b -> b.code(code));
    if (found.isEmpty() || found.get().parent() == null || found.get().parent().isBlank()) {
      return code;
    }
    return topLevel(found.get().dimension() + "/" + found.get().parent());
  }

  String label(String code) {
    return codebook.flatMap(b -> b.code(code)).map(Code::label).orElse(code);
  }

  String dimensionLabel(String dimension) {
    return codebook.flatMap(b -> b.dimension(dimension)).map(Dimension::label).orElse(dimension);
  }

  String title() {
    return codebook.map(Codebook::label).orElse(codebookId);
  }

  /** The retained codings of a dimension as the statistics library takes them, codes rolled up or not. */
  List<CodedSegment> coded(String dimension, boolean rollUp) {
    return in(dimension).stream().map(r -> new CodedSegment(r.segmentId(), r.source(),
        rollUp ? topLevel(r.code()) : r.code(), r.attributes())).toList();
  }

  List<CodedSegment> codedAll() {
    return retained.stream().map(r -> new CodedSegment(r.segmentId(), r.source(), r.code(), r.attributes())).toList();
  }
}
