package fr.parole.pipeline;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.Dimension;
import fr.parole.report.AttributeWording;
import fr.parole.report.ReportService;
import fr.parole.study.DashboardQueries;
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
  private final StoreWatch watch;
  private final FreshCounts counts;
  /** Figures kept while the counts stay at one change number: the dashboard asks for them on every visit. */
  private final StampedMemo memo = new StampedMemo();

  public StudyExplorer(Study study) {
    this.study = study;
    this.wording = new AttributeWording(study.config().labels());
    this.watch = new StoreWatch(study);
    this.counts = new FreshCounts(study, watch, this::read);
  }

  /**
   * The study to write through for the counts to follow the writes (the atelier's): its
   * transactions are told to this explorer, which then reads again only the segments they touched.
   */
  public Study observed() {
    return watch.observed();
  }

  /** The store's changes as this explorer tells them apart (its process's own, or from elsewhere). */
  public StoreWatch watch() {
    return watch;
  }

  /** True when the counts last given are older than the store: they are being counted again after a change from elsewhere. */
  public boolean behind() {
    return counts.behind();
  }

  /** How current the figures a page shows are: the change number of the counts, and whether they are behind the store. */
  public record Freshness(long change, boolean behind) {}

  /** The freshness of the counts held now, without reading the store (a page asks it after its figures). */
  public Freshness freshness() {
    return new Freshness(counts.held(), counts.behind());
  }

  /**
   * Whether the store changed from elsewhere (a command beside the atelier, another atelier) after
   * the page made at change number {@code shown} was made; brings the counts up to date first.
   */
  public boolean changedSince(long shown) {
    counts.get();
    return shown >= 0 && watch.lastForeign() > shown || counts.behind();
  }

  /** Reads the counts (one streamed pass over the store) before the first visitor asks for them. */
  public void warm() {
    counts.get();
  }

  private CountedCodings read(StudyStore store) {
    return CountedCodings.read(store, () -> codebookIds(store), this::book,
        id -> ReportService.assignedSources(study, store.queries().sources(), id));
  }

  private <T> T memo(String key, java.util.function.Function<CountedCodings, T> compute) {
    CountedCodings counted = counts.get();
    return memo.get(counted.change(), key, () -> compute.apply(counted));
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
   * those a person checked when {@code checked}; with these attribute values (null: missing); also
   * carrying the code {@code with} of the same codebook (null: no such condition; a co-occurrence).
   */
  public record Selection(String codebook, String code, boolean analysed, boolean checked,
      Map<String, String> attributes, String with) {
    public Selection {
      attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public Selection(String codebook, String code, boolean analysed, boolean checked, Map<String, String> attributes) {
      this(codebook, code, analysed, checked, attributes, null);
    }
  }

  /** A page of segments: the total behind the number, the page (from 1) and its excerpts. */
  public record SegmentPage(long total, int page, int pages, List<Excerpt> excerpts) {}

  /** The codebooks of the study: those study.yaml names, then those with codings, by id. */
  public List<String> codebooks() {
    return counts.get().codebooks();
  }

  public Overview overview() {
    return memo("overview", counted -> {
      CodingScans scans = new CodingScans(counted);
      List<CodebookSummary> summaries = new ArrayList<>();
      for (String id : counted.codebooks()) {
        Optional<Codebook> book = book(id);
        CountedCodings.Book counts = counted.book(id).orElseThrow();
        long analysed = analysed(scans, counts);
        Nodes nodes = Nodes.of(book, counts);
        CodingScans.Tally tally = scans.tally(counts, nodes.ofCode(), nodes.size());
        Map<String, Long> perNode = nodes.counts(tally.perNode());
        List<DimensionThemes> dimensions = new ArrayList<>();
        book.ifPresent(b -> b.dimensions().forEach(d -> dimensions.add(new DimensionThemes(d.id(), d.label(),
            d.children(null).stream().map(c -> theme(b, c, perNode.getOrDefault(c.path(), 0L), analysed))
                .sorted(Comparator.comparingLong(Theme::segments).reversed()).toList()))));
        summaries.add(new CodebookSummary(id, book.map(Codebook::label).orElse(id), analysed, tally.coded(),
            tally.checked(), dimensions));
      }
      return new Overview(counted.corpus().summary(), summaries);
    });
  }

  /** The attributes segments carry with at most {@link #MAX_VALUES} values: study.yaml's first, then by name. */
  public List<Attribute> attributes() {
    return memo("attributes", counted -> {
      Set<String> names = new LinkedHashSet<>(study.config().attributes());
      List<String> present = counted.corpus().attributeNames();
      names.retainAll(present);
      names.addAll(present);
      List<Attribute> attributes = new ArrayList<>();
      for (String name : names) {
        Set<String> values = new TreeSet<>();
        counted.corpus().countsBy(name).forEach(v -> {
          if (v.value() != null && !v.value().isBlank()) {
            values.add(v.value().trim());
          }
        });
        if (!values.isEmpty() && values.size() <= MAX_VALUES) {
          attributes.add(new Attribute(name, wording.label(name), values.stream().map(v -> value(name, v))
              .sorted(Comparator.comparing(Value::label)).toList()));
        }
      }
      return attributes;
    });
  }

  /**
   * The attributes the codebook's analysed segments carry, each with the values they take there:
   * a theme of patients' comments is not filtered by the interviews' partnership level.
   */
  public List<Attribute> attributes(String codebook) {
    List<Attribute> all = attributes();
    return memo("attributes:" + codebook, counted -> {
      Optional<CountedCodings.Book> book = counted.book(codebook);
      List<Attribute> carried = new ArrayList<>();
      for (Attribute attribute : all) {
        Set<String> present = book.map(b -> new CodingScans(counted).analysedPerValue(b, attribute.name()).keySet())
            .orElse(Set.of());
        List<Value> values = attribute.values().stream().filter(v -> present.contains(v.value())).toList();
        if (!values.isEmpty()) {
          carried.add(new Attribute(attribute.name(), attribute.label(), values));
        }
      }
      return carried;
    });
  }

  /** The sources with at least one participant's segment (those a review or a coding can concern). */
  public Set<Long> analysedSources() {
    return counts.get().corpus().analysedSources();
  }

  /** The value as people read it. */
  public Value value(String attribute, String value) {
    return new Value(value, wording.value(attribute, value));
  }

  /** The codebook's top-level themes by value of {@code attribute}; empty for an unknown codebook. */
  public Optional<Breakdown> breakdown(String codebook, Attribute attribute) {
    return memo("breakdown:" + codebook + ":" + attribute.name(), counted -> counted.book(codebook).map(counts -> {
      Optional<Codebook> book = book(codebook);
      CodingScans scans = new CodingScans(counted);
      Map<String, Long> analysed = scans.analysedPerValue(counts, attribute.name());
      Nodes nodes = Nodes.tops(book, counts);
      List<Map<String, Long>> cells = scans.perNodeAndValue(counts, nodes.ofCode(), nodes.size(), attribute.name());
      Set<String> values = new TreeSet<>(Comparator.nullsLast(Comparator.comparing((String v) -> wording.value(attribute.name(), v))));
      values.addAll(analysed.keySet());
      cells.forEach(byValue -> values.addAll(byValue.keySet()));
      List<Column> columns = values.stream().map(v -> new Column(v, wording.value(attribute.name(), v),
          analysed.getOrDefault(v, 0L))).toList();
      List<Row> rows = new ArrayList<>();
      book.ifPresent(b -> b.dimensions().forEach(d -> d.children(null).forEach(c -> {
        Map<String, Long> byValue = nodes.index(c.path()) < 0 ? Map.of() : cells.get(nodes.index(c.path()));
        rows.add(new Row(c.path(), c.label(), d.label(), columns.stream().map(col -> byValue.getOrDefault(col.value(), 0L))
            .toList()));
      })));
      return new Breakdown(codebook, book.map(Codebook::label).orElse(codebook), attribute, columns, rows);
    }));
  }

  /** Every codebook of the study as a tree with its counts. */
  public List<Tree> trees() {
    return memo("trees", counted -> counted.codebooks().stream().map(this::book).flatMap(Optional::stream)
        .map(book -> tree(counted, book)).toList());
  }

  /** The codebook, when the study uses it. */
  public Optional<Codebook> codebook(String id) {
    return codebooks().contains(id) ? book(id) : Optional.empty();
  }

  /** A code of a codebook of the study with its count, as a node of its tree; empty when there is none. */
  public Optional<Node> theme(String codebook, String code) {
    return trees().stream().filter(t -> t.id().equals(codebook)).findFirst().flatMap(tree -> find(tree.dimensions()
        .stream().flatMap(d -> d.codes().stream()).toList(), code));
  }

  /**
   * The page {@code page} (from 1) of the selection's segments, {@code perPage} a page, in id order;
   * empty when its codebook or code is not the study's.
   */
  public Optional<SegmentPage> segments(Selection selection, int page, int perPage) {
    return new SegmentSelection(study, this::book).page(counts.get(), selection, page, perPage);
  }

  /** The counts now, for the retrieval's matrices (they scan the same arrays). */
  CountedCodings counted() {
    return counts.get();
  }

  private static long analysed(CodingScans scans, CountedCodings.Book book) {
    return scans.find(new CodingScans.Filter(book, s -> true, null, false), 0, 0).total();
  }

  private Tree tree(CountedCodings counted, Codebook book) {
    CountedCodings.Book counts = counted.book(book.id()).orElseThrow();
    CodingScans scans = new CodingScans(counted);
    Nodes nodes = Nodes.of(Optional.of(book), counts);
    Map<String, Long> perNode = nodes.counts(scans.tally(counts, nodes.ofCode(), nodes.size()).perNode());
    List<DimensionTree> dimensions = book.dimensions().stream().map(d -> new DimensionTree(d.id(), d.label(),
        d.definition(), d.exclusive(), nodes(book, d, null, perNode))).toList();
    return new Tree(book.id(), book.label(), book.description(), analysed(scans, counts), dimensions);
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
