package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Retrieval as the QDA tools call it: a codebook's codes (those of one dimension, sub-codes under
 * their theme) by the values of an attribute, or by the codes of a dimension (co-occurrence), as
 * a matrix of segment counts. Counted as the report and every other page of the atelier count
 * (a segment once per code, its sub-codes' segments included, human codings and the suggestions
 * that count), by scanning {@link CountedCodings}' arrays: each cell's segments are the selection
 * {@link StudyExplorer#segments} lists, so a number and the list it opens agree.
 */
public final class Retrieval {
  private final StudyExplorer explorer;
  /** Matrices kept while the counts stay at one change number (a matrix is asked again for its export). */
  private final StampedMemo memo = new StampedMemo();

  public Retrieval(StudyExplorer explorer) {
    this.explorer = explorer;
  }

  /** A column: an attribute value (null: not given) or a code, its label, and its segments (analysed, or carrying the code). */
  public record Column(String key, String label, long segments) {}

  /** A row: a code, its label, its depth in the tree (0 for a theme), its cells (one per column) and its segments. */
  public record Line(String code, String label, int depth, List<Long> cells, long segments) {}

  /**
   * A matrix: the codebook and the rows' dimension, what the columns are ({@code attribute}'s values,
   * or when it is null the codes of {@code columnsDimension}) and by what label, columns and rows.
   */
  public record Matrix(String codebook, String codebookLabel, String dimension, String dimensionLabel,
      String attribute, String columnsDimension, String columnsLabel, List<Column> columns, List<Line> rows) {}

  /** The codes of {@code dimension} by the values of {@code attribute}; empty for a codebook or dimension the study has not. */
  public Optional<Matrix> byAttribute(String codebook, String dimension, StudyExplorer.Attribute attribute) {
    CountedCodings counted = explorer.counted();
    return memo.get(counted.change(), "attribute:" + codebook + ":" + dimension + ":" + attribute.name(),
        () -> parts(counted, codebook, dimension).map(p -> {
          CodingScans scans = new CodingScans(counted);
          Map<String, Long> analysed = scans.analysedPerValue(p.counts(), attribute.name());
          List<Map<String, Long>> cells = scans.perNodeAndValue(p.counts(), p.nodes().ofCode(), p.nodes().size(),
              attribute.name());
          Set<String> values = new TreeSet<>(Comparator.nullsLast(Comparator.comparing(
              (String v) -> explorer.value(attribute.name(), v).label())));
          values.addAll(analysed.keySet());
          cells.forEach(byValue -> values.addAll(byValue.keySet()));
          List<Column> columns = values.stream().map(v -> new Column(v, explorer.value(attribute.name(), v).label(),
              analysed.getOrDefault(v, 0L))).toList();
          List<Line> rows = lines(p, (code, node) -> columns.stream()
              .map(c -> node < 0 ? 0L : cells.get(node).getOrDefault(c.key(), 0L)).toList(),
              node -> cells.get(node).values().stream().mapToLong(Long::longValue).sum());
          return new Matrix(codebook, p.book().label(), dimension, p.dimension().label(), attribute.name(),
              null, attribute.label(), columns, rows);
        }));
  }

  /** The codes of {@code dimension} by those of {@code columnsDimension}: segments carrying both. */
  public Optional<Matrix> cooccurrence(String codebook, String dimension, String columnsDimension) {
    CountedCodings counted = explorer.counted();
    return memo.get(counted.change(), "codes:" + codebook + ":" + dimension + ":" + columnsDimension,
        () -> parts(counted, codebook, dimension).flatMap(p -> p.book().dimension(columnsDimension).map(other -> {
          long[][] pairs = new CodingScans(counted).pairs(p.counts(), p.nodes().ofCode(), p.nodes().size());
          List<Column> columns = new ArrayList<>();
          walk(p.book(), other, null, 0, (code, depth) -> {
            int node = p.nodes().index(code.path());
            columns.add(new Column(code.path(), StudyExplorer.pathLabel(p.book(), code), node < 0 ? 0 : pairs[node][node]));
          });
          List<Line> rows = lines(p, (code, node) -> columns.stream().map(c -> {
            int column = p.nodes().index(c.key());
            return node < 0 || column < 0 ? 0L : pairs[node][column];
          }).toList(), node -> pairs[node][node]);
          return new Matrix(codebook, p.book().label(), dimension, p.dimension().label(), null, other.id(),
              other.label(), columns, rows);
        })));
  }

  /** The codebook, its counts, the rows' dimension and every code as a node (a theme counts its sub-codes' segments). */
  private record Parts(Codebook book, CountedCodings.Book counts, Dimension dimension, Nodes nodes) {}

  private Optional<Parts> parts(CountedCodings counted, String codebook, String dimension) {
    Optional<Codebook> book = explorer.codebook(codebook);
    Optional<CountedCodings.Book> counts = counted.book(codebook);
    if (book.isEmpty() || counts.isEmpty()) {
      return Optional.empty();
    }
    return book.get().dimension(dimension).map(d -> new Parts(book.get(), counts.get(), d,
        Nodes.of(book, counts.get())));
  }

  /** The rows: each code's cells, and its segments ({@code total} of its node, -1 when it has none). */
  private static List<Line> lines(Parts p, java.util.function.BiFunction<Code, Integer, List<Long>> cells,
      java.util.function.IntToLongFunction total) {
    List<Line> rows = new ArrayList<>();
    walk(p.book(), p.dimension(), null, 0, (code, depth) -> {
      int node = p.nodes().index(code.path());
      rows.add(new Line(code.path(), code.label(), depth, cells.apply(code, node), node < 0 ? 0 : total.applyAsLong(node)));
    });
    return rows;
  }

  /** The dimension's codes in tree order (a theme, then its sub-codes), each with its depth. */
  private static void walk(Codebook book, Dimension dimension, String parent, int depth,
      java.util.function.BiConsumer<Code, Integer> visit) {
    for (Code code : dimension.children(parent)) {
      visit.accept(code, depth);
      walk(book, dimension, code.id(), depth + 1, visit);
    }
  }
}
