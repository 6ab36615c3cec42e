package fr.parole.web;

import fr.parole.coding.Codebook;
import fr.parole.pipeline.StudyExplorer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thèmes: each codebook of the study as a tree (dimensions, codes, sub-codes) with labels,
 * definitions and counts; a theme's page ({@code /themes/partenariat/type/obstacle}; a codebook of
 * one dimension also answers {@code /themes/esatis/attente}) with its definition, its count and
 * its quotes, 20 a page, filtered by any attribute (one select each; an htmx swap of the quotes, a
 * plain GET form without JavaScript).
 */
public final class ThemesPage implements AtelierPage {
  static final String PATH = "/themes";
  static final int PER_PAGE = 20;

  private final AtelierServices services;
  private final StudyExplorer explorer;
  private final Quotes quotes;
  private final fr.parole.pipeline.Memos memos;

  ThemesPage(AtelierServices services) {
    this.services = services;
    this.explorer = services.explorer();
    this.quotes = new Quotes(services, explorer);
    this.memos = new fr.parole.pipeline.Memos(explorer::codebook);
  }

  public record TreeView(List<StudyExplorer.Tree> trees) {}

  /** A select of the filter form: an attribute, its values, the one chosen ("" for all). */
  public record Filter(String name, String label, List<StudyExplorer.Value> values, String chosen) {
    public String option(StudyExplorer.Value value) {
      return value.value() == null ? Links.MISSING : value.value();
    }
  }

  /** A theme's page: the code, its codebook, the filters and the page of quotes they select. */
  public record ThemeView(String codebook, String codebookLabel, String dimensionLabel, StudyExplorer.Node theme,
      String path, List<Filter> filters, boolean filtered, Citations citations, String comment,
      List<DocumentView.MemoView> memos, String message) {}

  /** The quotes part (swapped alone by htmx): how many, the page, the quotes. */
  public record Citations(long total, long all, int page, int pages, List<Quotes.Quote> quotes, String previous,
      String next) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::tree, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/{codebook}", ctx -> {
      codebook(ctx.pathParam("codebook"));
      ctx.redirect(PATH + "#livre-" + Links.encode(ctx.pathParam("codebook")));
    }, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(PATH + "/{codebook}/<code>", this::theme, Role.CHERCHEUR, Role.CO_CHERCHEUR);
  }

  /** A theme lists the segments coded with it. */
  @Override
  public List<CodingsShown> showsCodings() {
    return CodingsShown.pages(PATH + "/{codebook}/<code>");
  }

  private void tree(Context ctx) {
    ctx.html(services.views().page("themes.jte", Requests.frame(ctx, services, "Thèmes", "themes"),
        new TreeView(explorer.trees())));
  }

  private void theme(Context ctx) {
    ThemeView view = view(Requests.person(ctx), ctx.pathParam("codebook"), ctx.pathParam("code"),
        ctx.queryParamMap(), SegmentsPage.page(ctx), SegmentsPage.raw(ctx));
    if (Requests.fragment(ctx)) {
      ctx.html(services.views().render("partials/citations.jte", Map.of("citations", view.citations())));
      return;
    }
    ctx.html(services.views().page("theme.jte", Requests.frame(ctx, services, view.theme().pathLabel(), "themes"), view));
  }

  /** The theme page's model, for {@code person}: every word through {@link ShownText}. */
  ThemeView view(Person person, String codebookId, String code, Map<String, List<String>> query, int page, boolean raw) {
    Codebook book = codebook(codebookId);
    String path = code.contains("/") || book.dimensions().size() != 1 ? code : book.dimensions().get(0).id() + "/" + code;
    StudyExplorer.Node theme = explorer.theme(book.id(), path).orElseThrow(() -> Problem.notFound(
        "Le livre de codes « " + book.label() + " » n'a pas de thème « " + code + " »."));
    List<Filter> filters = new ArrayList<>();
    Map<String, String> chosen = new LinkedHashMap<>();
    Map<String, String> kept = new LinkedHashMap<>();
    for (StudyExplorer.Attribute attribute : explorer.attributes(book.id())) {
      String value = first(query.get(attribute.name()));
      filters.add(new Filter(attribute.name(), attribute.label(), attribute.values(), value == null ? "" : value));
      if (value != null) {
        chosen.put(attribute.name(), value.equals(Links.MISSING) ? null : value);
        kept.put(attribute.name(), value);
      }
    }
    StudyExplorer.SegmentPage found = explorer.segments(new StudyExplorer.Selection(book.id(), path, false, false, chosen),
        page, PER_PAGE).orElseThrow();
    String here = Links.theme(book.id(), path);
    String previous = found.page() > 1 ? Links.with(here, kept, "page", String.valueOf(found.page() - 1)) : null;
    String next = found.page() < found.pages() ? Links.with(here, kept, "page", String.valueOf(found.page() + 1)) : null;
    String dimension = book.dimension(path.substring(0, path.indexOf('/'))).map(d -> d.label()).orElse("");
    return new ThemeView(book.id(), book.label(), dimension, theme, here, filters, !chosen.isEmpty(),
        new Citations(found.total(), theme.segments(), found.page(), found.pages(),
            quotes.of(person, found.excerpts(), raw), previous, next), Links.commentTheme(book.id(), path),
        memos(person, book.id(), path, raw), MemosPage.message(first(query.get("fait"))));
  }

  /** The memos on this theme, newest first (written from this page, the document page or the command line). */
  private List<DocumentView.MemoView> memos(Person person, String codebook, String code, boolean raw) {
    return memos.list(services.study(), new fr.parole.pipeline.Memos.Query(fr.parole.pipeline.Memos.Kind.CODE, null,
        null), text -> text).stream().filter(m -> codebook.equals(m.subject().codebook()) && code.equals(m.subject().code()))
        .map(m -> new DocumentView.MemoView(m.id(), m.author(), DocumentView.Builder.day(m.at()),
            services.shown().of(person, m.text(), raw), "", MemosPage.edited(m))).toList();
  }

  private Codebook codebook(String id) {
    return explorer.codebook(id).orElseThrow(() -> Problem.notFound("L'étude n'a pas de livre de codes « " + id + " »."));
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
  }
}
