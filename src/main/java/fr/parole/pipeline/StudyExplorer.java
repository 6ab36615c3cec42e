package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.report.AttributeWording;
import fr.parole.report.ReportService;
import fr.parole.study.DashboardQueries;
import fr.parole.study.DashboardQueries.Counting;
import fr.parole.study.DashboardQueries.Excerpt;
import fr.parole.study.StoreSummary;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The study as the atelier explores it: how many segments each theme of each codebook counts
 * (as the report counts them: {@link DashboardQueries}), by any attribute, as a tree with the
 * codebook's labels and definitions, and the segments behind any of those numbers, a page at a
 * time. Attributes and values carry the report's labels. Each call opens the store and reads what
 * it holds now (the command line may be writing beside the atelier).
 */
public final class StudyExplorer {
  /** An attribute with more values than this (dates) is not offered as a breakdown or a filter. */
  public static final int MAX_VALUES = 40;

  private final Study study;
  private final AttributeWording wording;
  /** Codebooks read once per atelier (a YAML file parsed per request would cost more than the counts). */
  private final Map<String, Optional<Codebook>> books = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile List<String> named;
  /** Counts kept until the store changes: on a large study each takes seconds. */
  private final StampedMemo memo;

  public StudyExplorer(Study study) {
    this.study = study;
    this.wording = new AttributeWording(study.config().labels());
    this.memo = new StampedMemo(study);
  }

  /** Computes what the dashboard and the theme pages show first, so that the first visitor does not wait. */
  public void warm() {
    overview();
    trees();
    List<Attribute> attributes = attributes();
    if (!attributes.isEmpty()) {
      codebooks().forEach(id -> breakdown(id, attributes.get(0)));
    }
  }

  /** A top-level theme (or any code) and the segments that carry it or one of its sub-codes. */
  public record Theme(String code, String label, long segments, double percent) {}

  /** A dimension's themes, most cited first. */
  public record DimensionThemes(String id, String label, List<Theme> themes) {}

  /**
   * One codebook at a glance: the segments analysed with it (its sources' participants' segments),
   * those with at least one counted code, those a person checked (a counted code a person made or accepted).
   */
  public record CodebookSummary(String id, String label, long analysed, long coded, long checked,
      List<DimensionThemes> dimensions) {}

  public record Overview(StoreSummary summary, List<CodebookSummary> codebooks) {}

  /** An attribute that segments carry, with its values (a null value: « (non renseigné) »). */
  public record Attribute(String name, String label, List<Value> values) {}

  public record Value(String value, String label) {}

  /** A column of a breakdown: a value of the attribute and the codebook's analysed segments there. */
  public record Column(String value, String label, long analysed) {}

  /** A top-level theme's segments per column. */
  public record Row(String code, String label, String dimension, List<Long> counts) {}

  public record Breakdown(String codebook, String label, Attribute attribute, List<Column> columns, List<Row> rows) {}

  /** A code of the tree: its segments (its own and its sub-codes'), and its sub-codes. */
  public record Node(String code, String label, String pathLabel, String definition, long segments,
      List<Node> children) {}

  public record DimensionTree(String id, String label, String definition, boolean exclusive, List<Node> codes) {}

  public record Tree(String id, String label, String description, long analysed, List<DimensionTree> dimensions) {}

  /**
   * Which segments: of a codebook (null: every participant's segment), with a counted code under
   * {@code code} (null: any), or every analysed one of its sources when {@code analysed}; only
   * those a person checked when {@code checked}; with these attribute values (null: missing).
   */
  public record Selection(String codebook, String code, boolean analysed, boolean checked,
      Map<String, String> attributes) {
    public Selection {
      attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }

  /** A page of segments: the total behind the number, the page (from 1) and its excerpts. */
  public record SegmentPage(long total, int page, int pages, List<Excerpt> excerpts) {}

  /** The codebooks of the study: those study.yaml names, then those with codings, by id. */
  public List<String> codebooks() {
    return memo.get("codebooks", () -> {
      try (StudyStore store = study.openStore()) {
        return codebookIds(store);
      }
    });
  }

  public Overview overview() {
    return memo.get("overview", () -> {
      try (StudyStore store = study.openStore()) {
        DashboardQueries queries = store.dashboardQueries();
        List<CodebookSummary> books = new ArrayList<>();
        for (String id : codebookIds(store)) {
          Optional<Codebook> book = book(id);
          Counting counting = counting(id, book);
          long analysed = queries.count(analysedSelection(store, id, Map.of()));
          Map<String, Long> counts = queries.segmentsPerNode(counting, nodesOf(book));
          List<DimensionThemes> dimensions = new ArrayList<>();
          book.ifPresent(b -> b.dimensions().forEach(d -> dimensions.add(new DimensionThemes(d.id(), d.label(),
              d.children(null).stream().map(c -> theme(b, c, counts.getOrDefault(c.path(), 0L), analysed))
                  .sorted(Comparator.comparingLong(Theme::segments).reversed()).toList()))));
          books.add(new CodebookSummary(id, book.map(Codebook::label).orElse(id), analysed,
              queries.count(new DashboardQueries.Selection(counting, List.of(), false, Map.of(), null)),
              queries.count(new DashboardQueries.Selection(counting, List.of(), true, Map.of(), null)), dimensions));
        }
        return new Overview(store.queries().summary(), books);
      }
    });
  }

  /** The attributes segments carry with at most {@link #MAX_VALUES} values: study.yaml's first, then by name. */
  public List<Attribute> attributes() {
    return memo.get("attributes", () -> {
      try (StudyStore store = study.openStore()) {
        Set<String> names = new LinkedHashSet<>(study.config().attributes());
        List<String> present = store.queries().attributeNames();
        names.retainAll(present);
        names.addAll(present);
        List<Attribute> attributes = new ArrayList<>();
        for (String name : names) {
          Set<String> values = store.dashboardQueries().values(name).keySet();
          if (!values.isEmpty() && values.size() <= MAX_VALUES) {
            attributes.add(new Attribute(name, wording.label(name), values.stream().map(v -> value(name, v))
                .sorted(Comparator.comparing(Value::label)).toList()));
          }
        }
        return attributes;
      }
    });
  }

  /**
   * The attributes the codebook's analysed segments carry, each with the values they take there:
   * a theme of patients' comments is not filtered by the interviews' partnership level.
   */
  public List<Attribute> attributes(String codebook) {
    return memo.get("attributes:" + codebook, () -> {
      List<Attribute> all = attributes();
      try (StudyStore store = study.openStore()) {
        Set<Long> sources = sources(store, codebook);
        List<Attribute> carried = new ArrayList<>();
        for (Attribute attribute : all) {
          Set<String> present = store.dashboardQueries().analysedPerValue(sources, attribute.name()).keySet();
          List<Value> values = attribute.values().stream().filter(v -> present.contains(v.value())).toList();
          if (!values.isEmpty()) {
            carried.add(new Attribute(attribute.name(), attribute.label(), values));
          }
        }
        return carried;
      }
    });
  }

  /** The value as people read it. */
  public Value value(String attribute, String value) {
    return new Value(value, wording.value(attribute, value));
  }

  /** The codebook's top-level themes by value of {@code attribute}; empty for an unknown codebook. */
  public Optional<Breakdown> breakdown(String codebook, Attribute attribute) {
    return memo.get("breakdown:" + codebook + ":" + attribute.name(), () -> {
      try (StudyStore store = study.openStore()) {
        if (!codebookIds(store).contains(codebook)) {
          return Optional.empty();
        }
        Optional<Codebook> book = book(codebook);
        DashboardQueries queries = store.dashboardQueries();
        Map<String, Long> analysed = queries.analysedPerValue(sources(store, codebook), attribute.name());
        Map<String, List<String>> topOf = new LinkedHashMap<>();
        nodesOf(book).forEach((code, nodes) -> topOf.put(code, List.of(nodes.get(nodes.size() - 1))));
        Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
        queries.segmentsPerNodeAndValue(counting(codebook, book), topOf, attribute.name()).forEach(cell ->
            cells.computeIfAbsent(cell.node(), n -> new LinkedHashMap<>()).put(cell.value(), cell.segments()));
        Set<String> values = new TreeSet<>(Comparator.nullsLast(Comparator.comparing((String v) -> wording.value(attribute.name(), v))));
        values.addAll(analysed.keySet());
        cells.values().forEach(byValue -> values.addAll(byValue.keySet()));
        List<Column> columns = values.stream().map(v -> new Column(v, wording.value(attribute.name(), v),
            analysed.getOrDefault(v, 0L))).toList();
        List<Row> rows = new ArrayList<>();
        book.ifPresent(b -> b.dimensions().forEach(d -> d.children(null).forEach(c -> rows.add(new Row(c.path(),
            c.label(), d.label(), columns.stream().map(col -> cells.getOrDefault(c.path(), java.util.Collections.emptyMap())
                .getOrDefault(col.value(), 0L)).toList())))));
        return Optional.of(new Breakdown(codebook, book.map(Codebook::label).orElse(codebook), attribute, columns, rows));
      }
    });
  }

  /** Every codebook of the study as a tree with its counts. */
  public List<Tree> trees() {
    return memo.get("trees", () -> {
      try (StudyStore store = study.openStore()) {
        List<Tree> trees = new ArrayList<>();
        for (String id : codebookIds(store)) {
          book(id).ifPresent(book -> trees.add(treeOf(book)));
        }
        return trees;
      }
    });
  }

  /** The codebook, when the study uses it. */
  public Optional<Codebook> codebook(String id) {
    try (StudyStore store = study.openStore()) {
      return codebookIds(store).contains(id) ? book(id) : Optional.empty();
    }
  }

  /** A code of a codebook of the study with its count, as a node of its tree; empty when there is none. */
  public Optional<Node> theme(String codebook, String code) {
    return codebook(codebook).flatMap(book -> find(treeOf(book).dimensions().stream()
        .flatMap(d -> d.codes().stream()).toList(), code));
  }

  /**
   * The page {@code page} (from 1) of the selection's segments, {@code perPage} a page, in id order;
   * empty when its codebook or code is not the study's.
   */
  public Optional<SegmentPage> segments(Selection selection, int page, int perPage) {
    try (StudyStore store = study.openStore()) {
      DashboardQueries.Selection query;
      if (selection.codebook() == null) {
        query = new DashboardQueries.Selection(null, List.of(), false, selection.attributes(), null);
      } else {
        if (!codebookIds(store).contains(selection.codebook())) {
          return Optional.empty();
        }
        Optional<Codebook> book = book(selection.codebook());
        List<String> codes = List.of();
        if (selection.code() != null) {
          if (book.isEmpty() || book.get().code(selection.code()).isEmpty()) {
            return Optional.empty();
          }
          codes = nodesOf(book).entrySet().stream().filter(e -> e.getValue().contains(selection.code()))
              .map(Map.Entry::getKey).toList();
        }
        query = selection.analysed() ? analysedSelection(store, selection.codebook(), selection.attributes())
            : new DashboardQueries.Selection(counting(selection.codebook(), book), codes, selection.checked(),
                selection.attributes(), null);
      }
      DashboardQueries queries = store.dashboardQueries();
      DashboardQueries.Selection counted = query;
      long total = memo.get("count:" + counted, () -> queries.count(counted));
      int pages = (int) Math.max(1, (total + perPage - 1) / perPage);
      int shown = Math.min(Math.max(page, 1), pages);
      List<Long> ids = memo.get("ids:" + counted + ":" + shown + "/" + perPage,
          () -> queries.ids(counted, perPage, (long) (shown - 1) * perPage));
      return Optional.of(new SegmentPage(total, shown, pages, queries.excerpts(ids)));
    }
  }

  private Tree treeOf(Codebook book) {
    return memo.get("tree:" + book.id(), () -> {
      try (StudyStore store = study.openStore()) {
        return tree(store, book);
      }
    });
  }

  private Tree tree(StudyStore store, Codebook book) {
    Map<String, Long> counts = store.dashboardQueries().segmentsPerNode(counting(book.id(), Optional.of(book)),
        nodesOf(Optional.of(book)));
    List<DimensionTree> dimensions = book.dimensions().stream().map(d -> new DimensionTree(d.id(), d.label(),
        d.definition(), d.exclusive(), nodes(book, d, null, counts))).toList();
    long analysed = store.dashboardQueries().count(analysedSelection(store, book.id(), Map.of()));
    return new Tree(book.id(), book.label(), book.description(), analysed, dimensions);
  }

  private static List<Node> nodes(Codebook book, Dimension dimension, String parent, Map<String, Long> counts) {
    return dimension.children(parent).stream().map(c -> new Node(c.path(), c.label(), pathLabel(book, c),
        c.definition(), counts.getOrDefault(c.path(), 0L), nodes(book, dimension, c.id(), counts))).toList();
  }

  private static Optional<Node> find(List<Node> nodes, String code) {
    for (Node node : nodes) {
      if (node.code().equals(code)) {
        return Optional.of(node);
      }
      Optional<Node> below = find(node.children(), code);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  /** « Levier › Co-animation »: a sub-code read without its parent is ambiguous. */
  static String pathLabel(Codebook book, Code code) {
    if (code.parent() == null || code.parent().isBlank()) {
      return code.label();
    }
    return book.code(code.dimension() + "/" + code.parent()).map(p -> pathLabel(book, p) + " › ").orElse("")
        + code.label();
  }

  private static Theme theme(Codebook book, Code code, long segments, long analysed) {
    return new Theme(code.path(), pathLabel(book, code), segments, analysed == 0 ? 0 : 100.0 * segments / analysed);
  }

  /** Each code of the codebook with the nodes it counts for: itself, then its parents up to the top. */
  private static Map<String, List<String>> nodesOf(Optional<Codebook> book) {
    Map<String, List<String>> nodes = new LinkedHashMap<>();
    book.ifPresent(b -> b.codes().forEach(code -> {
      List<String> chain = new ArrayList<>();
      Optional<Code> current = Optional.of(code);
      while (current.isPresent() && !chain.contains(current.get().path())) {
        chain.add(current.get().path());
        Code c = current.get();
        current = c.parent() == null || c.parent().isBlank() ? Optional.empty() : b.code(c.dimension() + "/" + c.parent());
      }
      nodes.put(code.path(), chain);
    }));
    return nodes;
  }

  private static Counting counting(String id, Optional<Codebook> book) {
    return new Counting(id, book.map(b -> b.dimensions().stream().filter(Dimension::exclusive).map(Dimension::id)
        .collect(Collectors.toSet())).orElse(Set.of()));
  }

  private DashboardQueries.Selection analysedSelection(StudyStore store, String codebook, Map<String, String> attributes) {
    return new DashboardQueries.Selection(null, List.of(), false, attributes, sources(store, codebook));
  }

  /** The sources analysed with the codebook: study.yaml gives it to them, or they have codings of it (as the report). */
  private Set<Long> sources(StudyStore store, String codebook) {
    Set<Long> sources = new TreeSet<>(ReportService.assignedSources(study, store.queries().sources(), codebook));
    sources.addAll(store.dashboardQueries().codedSources(codebook));
    return sources;
  }

  private Optional<Codebook> book(String id) {
    return books.computeIfAbsent(id, i -> ReportService.codebook(study, i));
  }

  private List<String> codebookIds(StudyStore store) {
    if (named == null) {
      named = new Pipeline(fr.parole.Progress.SILENT).namedCodebooks(study).keySet().stream().sorted().toList();
    }
    Set<String> ids = new LinkedHashSet<>(named);
    ids.addAll(store.reportQueries().codedCodebooks());
    return new ArrayList<>(ids);
  }
}
