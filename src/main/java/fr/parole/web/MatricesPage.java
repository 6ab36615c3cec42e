package fr.parole.web;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.Retrieval;
import fr.parole.pipeline.StudyExplorer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matrices: a codebook's codes (one dimension, sub-codes under their theme) by the values of an
 * attribute ({@code /matrices?codebook=…&lignes=<dimension>&colonnes=attribut:<nom>}) or by the
 * codes of a dimension, co-occurrence ({@code colonnes=codes:<dimension>}); each count opens its
 * segments ({@code /matrices/segments?codebook=…&code=…&attribut=…&valeur=…} or {@code &avec=<code>}),
 * 50 a page, pseudonymised; the matrix and a cell's segments download as XLSX ({@code .xlsx} routes).
 */
public final class MatricesPage implements AtelierPage {
  static final String PATH = "/matrices";
  static final String CELL = PATH + "/segments";
  /** A cell's segments in a workbook: beyond this, the first ones (the title says so). */
  static final int MAX_EXPORTED = 10_000;

  private final AtelierServices services;
  private final StudyExplorer explorer;
  private final Retrieval retrieval;
  private final Quotes quotes;

  MatricesPage(AtelierServices services) {
    this.services = services;
    this.explorer = services.explorer();
    this.retrieval = new Retrieval(explorer);
    this.quotes = new Quotes(services, explorer);
  }

  /** An option of a select: its value and label. */
  public record Option(String value, String label) {}

  /** A cell: its count and the address of its segments. */
  public record Cell(long n, String link) {}

  public record RowView(String label, int depth, long segments, String link, List<Cell> cells) {}

  /** The page: the choices (codebook, rows' dimension, columns), the matrix read in its labels, the export. */
  public record View(List<Option> codebooks, List<Option> dimensions, List<Option> attributes, List<Option> codeColumns,
      String codebook, String rows, String columns, Retrieval.Matrix matrix, List<RowView> lines, String export) {
    public boolean cooccurrence() {
      return matrix.attribute() == null;
    }
  }

  /** A cell's segments: what they are in words, how many, the page, and the export. */
  public record CellView(String what, String back, long total, int page, int pages, List<Quotes.Quote> quotes,
      String previous, String next, String export, String here, boolean mayWrite, String message) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + ".xlsx", this::export, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(CELL, this::cell, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(CELL + ".xlsx", this::exportCell, Role.CHERCHEUR, Role.CO_CHERCHEUR);
  }

  /** Each cell counts and opens the segments coded with a code. */
  @Override
  public List<CodingsShown> showsCodings() {
    return CodingsShown.pages(PATH, PATH + ".xlsx", CELL, CELL + ".xlsx");
  }

  private void show(Context ctx) {
    View view = view(ctx);
    ctx.html(services.views().page("matrices.jte", Requests.frame(ctx, services, "Matrices", "matrices"), view));
  }

  private void export(Context ctx) {
    View view = view(ctx);
    xlsx(ctx, new RetrievalWorkbook().matrix(view.matrix()), "matrice.xlsx");
  }

  private View view(Context ctx) {
    List<String> withBooks = explorer.codebooks().stream().filter(id -> explorer.codebook(id).isPresent()).toList();
    if (withBooks.isEmpty()) {
      throw Problem.notFound("L'étude n'a pas encore de livre de codes : codez-la (parole code) pour voir ses matrices.");
    }
    String own = services.study().config().codebook();
    String codebookId = or(ctx.queryParam("codebook"), withBooks.contains(own) ? own : withBooks.get(0));
    Codebook book = codebook(codebookId);
    String rows = or(ctx.queryParam("lignes"), book.dimensions().get(0).id());
    dimension(book, rows);
    List<StudyExplorer.Attribute> attributes = explorer.attributes(book.id());
    String columns = or(ctx.queryParam("colonnes"), attributes.isEmpty() ? "codes:" + rows
        : "attribut:" + attributes.get(0).name());
    Retrieval.Matrix matrix;
    if (columns.startsWith("attribut:")) {
      matrix = retrieval.byAttribute(book.id(), rows, attribute(attributes, columns.substring(9))).orElseThrow();
    } else if (columns.startsWith("codes:")) {
      dimension(book, columns.substring(6));
      matrix = retrieval.cooccurrence(book.id(), rows, columns.substring(6)).orElseThrow();
    } else {
      throw Problem.badRequest("Le paramètre « colonnes » s'écrit attribut:<nom> (par exemple attribut:establishment) "
          + "ou codes:<dimension> (la co-occurrence des codes).");
    }
    List<RowView> lines = new ArrayList<>();
    for (Retrieval.Line line : matrix.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < matrix.columns().size(); c++) {
        cells.add(new Cell(line.cells().get(c), cellLink(matrix, line.code(), matrix.columns().get(c).key())));
      }
      lines.add(new RowView(line.label(), line.depth(), line.segments(), Links.segments(book.id(), line.code(), null,
          null), cells));
    }
    Map<String, String> chosen = new LinkedHashMap<>();
    chosen.put("codebook", book.id());
    chosen.put("lignes", rows);
    return new View(withBooks.stream().map(id -> new Option(id, codebook(id).label())).toList(),
        book.dimensions().stream().map(d -> new Option(d.id(), d.label())).toList(),
        attributes.stream().map(a -> new Option("attribut:" + a.name(), a.label())).toList(),
        book.dimensions().stream().map(d -> new Option("codes:" + d.id(), d.label())).toList(),
        book.id(), rows, columns, matrix, lines, Links.with(PATH + ".xlsx", chosen, "colonnes", columns));
  }

  private static String cellLink(Retrieval.Matrix matrix, String code, String column) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("codebook", matrix.codebook());
    parameters.put("code", code);
    if (matrix.attribute() != null) {
      parameters.put("attribut", matrix.attribute());
      return Links.with(CELL, parameters, "valeur", column == null ? Links.MISSING : column);
    }
    return Links.with(CELL, parameters, "avec", column);
  }

  private void cell(Context ctx) {
    Person person = Requests.person(ctx);
    Selected selected = selected(ctx);
    int page = SegmentsPage.page(ctx);
    StudyExplorer.SegmentPage found = explorer.segments(selected.selection(), page, SegmentsPage.PER_PAGE).orElseThrow();
    Map<String, String> parameters = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> parameters.put(k, v.isEmpty() ? null : v.get(0)));
    String previous = found.page() > 1 ? Links.with(CELL, parameters, "page", String.valueOf(found.page() - 1)) : null;
    String next = found.page() < found.pages() ? Links.with(CELL, parameters, "page", String.valueOf(found.page() + 1))
        : null;
    parameters.remove("page");
    parameters.remove("fait");
    String back = Links.with(PATH, Map.of("codebook", selected.book().id()), "colonnes", selected.with() == null
        ? "attribut:" + selected.attribute() : "codes:" + selected.with().substring(0, selected.with().indexOf('/')))
        + "&lignes=" + Links.encode(selected.code().substring(0, selected.code().indexOf('/')));
    CellView view = new CellView(selected.what(), back, found.total(), found.page(), found.pages(),
        quotes.of(person, found.excerpts(), SegmentsPage.raw(ctx)), previous, next,
        Links.with(CELL + ".xlsx", parameters, "brut", null), Links.with(CELL, parameters, "page",
            String.valueOf(found.page())), person.canReview(), "memo".equals(ctx.queryParam("fait")) ? "Mémo enregistré." : "");
    ctx.html(services.views().page("matrix-cell.jte", Requests.frame(ctx, services, "Segments", "matrices"), view));
  }

  private void exportCell(Context ctx) {
    Selected selected = selected(ctx);
    StudyExplorer.SegmentPage found = explorer.segments(selected.selection(), 1, MAX_EXPORTED).orElseThrow();
    Person person = Requests.person(ctx);
    List<Quotes.Quote> shown = quotes.of(person, found.excerpts(), false);
    xlsx(ctx, new RetrievalWorkbook().segments(selected.what(), found.total(), shown), "segments.xlsx");
  }

  /** A cell's selection, its codebook, codes and attribute checked (404 or 400 in French otherwise), and its wording. */
  private record Selected(Codebook book, String code, String attribute, String with,
      StudyExplorer.Selection selection, String what) {}

  private Selected selected(Context ctx) {
    Codebook book = codebook(or(ctx.queryParam("codebook"), ""));
    String code = theme(book, ctx.queryParam("code"));
    String label = "« " + explorer.theme(book.id(), code).orElseThrow().pathLabel() + " »";
    String with = SegmentsPage.blankToNull(ctx.queryParam("avec"));
    String attributeName = SegmentsPage.blankToNull(ctx.queryParam("attribut"));
    if (with != null) {
      theme(book, with);
      return new Selected(book, code, null, with, new StudyExplorer.Selection(book.id(), code, false, false, Map.of(),
          with), "Segments codés à la fois " + label + " et « " + explorer.theme(book.id(), with).orElseThrow()
              .pathLabel() + " » (" + book.label() + ")");
    }
    if (attributeName == null) {
      throw Problem.badRequest("Une case de matrice donne « attribut » et « valeur », ou « avec » (un second code).");
    }
    StudyExplorer.Attribute attribute = attribute(explorer.attributes(book.id()), attributeName);
    String value = ctx.queryParam("valeur");
    String stored = value == null || value.equals(Links.MISSING) ? null : value;
    Map<String, String> filter = new java.util.HashMap<>();
    filter.put(attribute.name(), stored);
    return new Selected(book, code, attribute.name(), null, new StudyExplorer.Selection(book.id(), code, false, false,
        filter), "Segments codés " + label + " (" + book.label() + ") · " + attribute.label() + " : "
            + explorer.value(attribute.name(), stored).label());
  }

  private Codebook codebook(String id) {
    return explorer.codebook(id).orElseThrow(() -> Problem.notFound("L'étude n'a pas de livre de codes « " + id + " »."));
  }

  private static void dimension(Codebook book, String id) {
    if (book.dimension(id).isEmpty()) {
      throw Problem.notFound("Le livre de codes « " + book.label() + " » n'a pas de dimension « " + id + " » (dimensions : "
          + String.join(", ", book.dimensions().stream().map(d -> d.id() + " = " + d.label()).toList()) + ").");
    }
  }

  private String theme(Codebook book, String code) {
    if (code == null || code.isBlank() || book.code(code).isEmpty()) {
      throw Problem.notFound("Le livre de codes « " + book.label() + " » n'a pas de code « " + (code == null ? "" : code)
          + " » (écrire dimension/code, par exemple " + book.codes().get(0).path() + ").");
    }
    return code;
  }

  private static StudyExplorer.Attribute attribute(List<StudyExplorer.Attribute> attributes, String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> Problem.badRequest(
        "L'étude n'a pas d'attribut « " + name + " » pour ce livre de codes (attributs : " + String.join(", ",
            attributes.stream().map(a -> a.name() + " = " + a.label()).toList()) + ")."));
  }

  private static void xlsx(Context ctx, byte[] workbook, String name) {
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.result(workbook);
  }

  private static String or(String value, String otherwise) {
    return value == null || value.isBlank() ? otherwise : value;
  }
}
