package fr.parole.web;

import fr.parole.index.ShownConcordance;
import fr.parole.ParoleException;
import fr.parole.index.KwicLine;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.report.AttributeWording;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Recherche: the search of {@code parole search} in the browser. A concordance (left context,
 * match, right context) cut from pseudonymised segments, the number of segments per value of each
 * attribute as links that add or remove a filter (several values of one attribute: either one),
 * twenty lines a page, and the whole result as a workbook.
 */
public final class SearchPage implements AtelierPage {
  static final String PATH = "/recherche";
  static final String EXPORT = "/recherche.xlsx";
  static final int PER_PAGE = 20;
  /** Characters of context on each side of a match. */
  static final int WIDTH = 60;
  /** Attributes with a value per day or per answer: too many values to be a facet. */
  private static final Set<String> NOT_FACETS = Set.of("date");
  /** The attributes that say who speaks and where, on each line. */
  private static final List<String> WHO = List.of("establishment", "role", "service", "polarity", "level");

  private final AtelierServices services;
  private final AttributeWording labels;

  SearchPage(AtelierServices services) {
    this.services = services;
    this.labels = new AttributeWording(services.study().config().labels());
  }

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR);
    routes.get(EXPORT, this::export, Role.CHERCHEUR, Role.CO_CHERCHEUR);
  }

  /** A filter: one value of one attribute ({@code where=establishment:CHU1}). */
  public record Filter(String attribute, String value) {}

  /** One concordance line, as shown; {@code time} « 00:12:31 » when the turn has times in its recording. */
  public record Hit(String href, String source, int line, String speaker, String who, String left, String match,
      String right, String time) {}

  /** One value of an attribute with its number of segments; a link adds or removes it. */
  public record FacetValue(String id, String label, int segments, boolean chosen, String href) {}

  public record Facet(String label, List<FacetValue> values) {}

  /** What the page shows; {@code problem} holds the lines of a message when the query cannot be read. */
  public record View(String query, List<Filter> filters, List<FacetValue> chosen, boolean raw, boolean mayAskRaw,
      List<String> problem, int segments, List<Hit> hits, int first, String previous, String next,
      List<Facet> facets, String export, List<String> examples) {
    public boolean asked() {
      return !query.isBlank();
    }

    public int last() {
      return first + hits.size() - 1;
    }

    public String searchHref(String example) {
      return PATH + "?q=" + URLEncoder.encode(example, StandardCharsets.UTF_8);
    }
  }

  /** What the address asks: the query, the filters, the page, raw text (a researcher only). */
  record Asked(String query, List<Filter> filters, int page, boolean raw) {
    static Asked of(Context ctx) {
      List<Filter> filters = new ArrayList<>();
      for (String where : ctx.queryParams("where")) {
        int colon = where.indexOf(':');
        if (colon <= 0 || colon == where.length() - 1) {
          throw Problem.badRequest("Le filtre « " + where + " » doit s'écrire attribut:valeur (ex. where=establishment:CHU1).");
        }
        Filter filter = new Filter(where.substring(0, colon), where.substring(colon + 1));
        if (!filters.contains(filter)) {
          filters.add(filter);
        }
      }
      String page = ctx.queryParam("page");
      long number = page == null || page.isBlank() ? 1 : Requests.number(page, "page");
      if (number < 1 || number > 100_000) {
        throw Problem.badRequest("Le paramètre « page » doit être un nombre entre 1 et 100 000.");
      }
      String query = ctx.queryParam("q");
      return new Asked(query == null ? "" : query.strip(), filters, (int) number, "1".equals(ctx.queryParam("brut")));
    }

    Map<String, List<String>> where() {
      return filters.stream().collect(Collectors.groupingBy(Filter::attribute, LinkedHashMap::new,
          Collectors.mapping(Filter::value, Collectors.toList())));
    }

    Asked toggle(Filter filter) {
      List<Filter> changed = new ArrayList<>(filters);
      if (!changed.remove(filter)) {
        changed.add(filter);
      }
      return new Asked(query, changed, 1, raw);
    }

    Asked without(String attribute) {
      return new Asked(query, filters.stream().filter(f -> !f.attribute().equals(attribute)).toList(), 1, raw);
    }

    Asked page(int number) {
      return new Asked(query, filters, number, raw);
    }

    String href(String path) {
      StringBuilder href = new StringBuilder(path).append("?q=").append(encode(query));
      filters.forEach(f -> href.append("&where=").append(encode(f.attribute() + ":" + f.value())));
      if (page > 1) {
        href.append("&page=").append(page);
      }
      if (raw) {
        href.append("&brut=1");
      }
      return href.toString();
    }

    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
  }

  private void show(Context ctx) {
    Person person = Requests.person(ctx);
    Asked asked = Asked.of(ctx);
    View view = view(asked, person);
    if (Requests.fragment(ctx) && !"true".equals(ctx.header("HX-History-Restore-Request"))) {
      ctx.html(services.views().render("partials/searchResults.jte", Map.of("page", view)));
    } else {
      ctx.html(services.views().page("search.jte", Requests.frame(ctx, services, title(asked), "recherche"), view));
    }
  }

  private static String title(Asked asked) {
    return asked.query().isBlank() ? "Recherche" : "Recherche « " + asked.query() + " »";
  }

  private View view(Asked asked, Person person) {
    boolean mayAskRaw = person.role() == Role.CHERCHEUR;
    boolean raw = asked.raw() && mayAskRaw;
    List<FacetValue> chosen = asked.filters().stream().map(f -> new FacetValue(id(f),
        labels.label(f.attribute()) + " : " + labels.value(f.attribute(), f.value()), 0, true,
        asked.toggle(f).href(PATH))).toList();
    if (asked.query().isBlank()) {
      return new View("", asked.filters(), chosen, raw, mayAskRaw, List.of(), 0, List.of(), 0, null, null, List.of(),
          null, examples());
    }
    SearchResult result;
    try {
      result = search(asked, asked.page() * PER_PAGE + 1);
    } catch (ParoleException e) {
      return new View(asked.query(), asked.filters(), chosen, raw, mayAskRaw, e.getMessage().lines().toList(), 0,
          List.of(), 0, null, null, List.of(), null, List.of());
    }
    UnaryOperator<String> shown = text -> services.shown().of(person, text, raw);
    Map<String, Long> sources = sourceIds();
    int from = (asked.page() - 1) * PER_PAGE;
    List<KwicLine> lines = result.lines();
    List<Hit> hits = lines.subList(Math.min(from, lines.size()), Math.min(from + PER_PAGE, lines.size())).stream()
        .map(line -> hit(line, shown, sources)).toList();
    String previous = asked.page() > 1 ? asked.page(asked.page() - 1).href(PATH) : null;
    String next = lines.size() > from + PER_PAGE ? asked.page(asked.page() + 1).href(PATH) : null;
    return new View(asked.query(), asked.filters(), chosen, raw, mayAskRaw, List.of(), result.segments(), hits, from + 1,
        previous, next, facets(asked, result), new Asked(asked.query(), asked.filters(), 1, false).href(EXPORT),
        List.of());
  }

  SearchResult search(Asked asked, int limit) {
    return services.pipeline().search(services.study(),
        new SearchRequest(asked.query(), asked.where(), false, limit, ShownConcordance.WHOLE_SEGMENT));
  }

  private Map<String, Long> sourceIds() {
    return services.pipeline().sourceIds(services.study());
  }

  private Hit hit(KwicLine line, UnaryOperator<String> shown, Map<String, Long> sources) {
    ShownConcordance.Cut cut = ShownConcordance.cut(line, shown, WIDTH);
    Long source = sources.get(line.source());
    String href = source == null ? null : "/documents/" + source + "#segment-" + line.segmentId();
    String file = line.source().substring(line.source().lastIndexOf('/') + 1);
    return new Hit(href, file, line.line(), line.speaker() == null ? null : shown.apply(line.speaker()),
        who(line), cut.left(), cut.match(), cut.right(), line.times() == null ? null : line.times().startClock());
  }

  /** « CHU1 · Cadre de santé (CDS) · Cardiologie »: where the words come from, labels not ids. */
  String who(KwicLine line) {
    return WHO.stream().filter(line.attributes()::containsKey)
        .map(a -> labels.value(a, line.attributes().get(a))).collect(Collectors.joining(" · "));
  }

  /**
   * The values of each attribute with their segments. An attribute already filtered is counted
   * without its own filter, so its other values stay offered (either one of them).
   */
  private List<Facet> facets(Asked asked, SearchResult result) {
    List<Facet> facets = new ArrayList<>();
    Map<String, List<String>> where = asked.where();
    result.facets().forEach((attribute, counts) -> {
      if (NOT_FACETS.contains(attribute)) {
        return;
      }
      List<SearchResult.FacetCount> own = where.containsKey(attribute)
          ? search(asked.without(attribute), 1).facets().getOrDefault(attribute, counts) : counts;
      List<FacetValue> values = own.stream().map(c -> {
        Filter filter = new Filter(attribute, c.value());
        return new FacetValue(id(filter), labels.value(attribute, c.value()), c.segments(),
            asked.filters().contains(filter), asked.toggle(filter).href(PATH));
      }).toList();
      if (!values.isEmpty()) {
        facets.add(new Facet(labels.label(attribute), values));
      }
    });
    return facets;
  }

  /** A stable id for a facet link, so that the focus stays on it when htmx swaps the results. */
  private static String id(Filter filter) {
    return "f-" + (filter.attribute() + "-" + filter.value()).replaceAll("[^A-Za-z0-9_-]", "_")
        + "-" + Integer.toHexString((filter.attribute() + ":" + filter.value()).hashCode());
  }

  private static List<String> examples() {
    return List.of("attente", "\"temps d'attente\"", "attent*", "\"personnel disponible\"~3", "repas NOT froid",
        "exact:patiente");
  }

  private void export(Context ctx) {
    Asked asked = Asked.of(ctx);
    if (asked.query().isBlank()) {
      throw Problem.badRequest("Écrivez d'abord ce que vous cherchez : l'export reprend les résultats d'une recherche.");
    }
    SearchResult result = search(asked, 0);
    byte[] workbook = new SearchWorkbook(labels, services.shown()::pseudonymised)
        .write(asked.query(), result);
    ctx.header("Content-Disposition", "attachment; filename=\"recherche.xlsx\"");
    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ctx.result(workbook);
  }
}
