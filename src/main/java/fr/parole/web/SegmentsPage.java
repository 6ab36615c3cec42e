package fr.parole.web;

import fr.parole.pipeline.StudyExplorer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments behind a number of the dashboard or a theme: {@code /segments?codebook=…&code=…
 * &attribut=…&valeur=…&page=N} (or {@code tous=1}: every segment analysed with the codebook;
 * {@code verifies=1}: those a person checked), 50 a page, each with its context and links to its
 * document and to the discussion.
 */
public final class SegmentsPage implements AtelierPage {
  static final String PATH = "/segments";
  static final int PER_PAGE = 50;

  private final AtelierServices services;
  private final StudyExplorer explorer;
  private final Quotes quotes;

  SegmentsPage(AtelierServices services) {
    this.services = services;
    this.explorer = services.explorer();
    this.quotes = new Quotes(services, explorer);
  }

  /** What the list shows: what it is (in words), how many, the page and its quotes. */
  public record View(String title, String what, long total, int page, int pages, List<Quotes.Quote> quotes,
      String previous, String next) {}

  @Override
  public void routes(RoutesConfig routes) {
    routes.get(PATH, this::show, Role.CHERCHEUR, Role.CO_CHERCHEUR, Role.LECTEUR);
  }

  /** The segments coded (or not) with a code, checked or not. */
  @Override
  public List<CodingsShown> showsCodings() {
    return CodingsShown.pages(PATH);
  }

  private void show(Context ctx) {
    Person person = Requests.person(ctx);
    String codebook = blankToNull(ctx.queryParam("codebook"));
    String code = blankToNull(ctx.queryParam("code"));
    Map<String, String> filter = new HashMap<>();
    List<String> said = new java.util.ArrayList<>();
    String attribute = blankToNull(ctx.queryParam("attribut"));
    if (attribute != null) {
      StudyExplorer.Attribute known = explorer.attributes().stream().filter(a -> a.name().equals(attribute)).findFirst()
          .orElseThrow(() -> Problem.badRequest("L'étude n'a pas d'attribut « " + attribute + " »."));
      String value = ctx.queryParam("valeur");
      String stored = value == null || value.equals(Links.MISSING) ? null : value;
      filter.put(attribute, stored);
      said.add(known.label() + " : " + explorer.value(attribute, stored).label());
    }
    if (code != null && codebook == null) {
      throw Problem.badRequest("Le paramètre « code » demande aussi « codebook ».");
    }
    boolean analysed = "1".equals(ctx.queryParam("tous"));
    boolean checked = "1".equals(ctx.queryParam("verifies"));
    int page = page(ctx);
    StudyExplorer.SegmentPage found = explorer.segments(new StudyExplorer.Selection(codebook, code, analysed, checked,
        filter), page, PER_PAGE).orElseThrow(() -> Problem.notFound(code == null
            ? "L'étude n'a pas de livre de codes « " + codebook + " »."
            : "Le livre de codes « " + codebook + " » n'a pas de code « " + code + " »."));
    String what = describe(codebook, code, analysed, checked, said);
    Map<String, String> parameters = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> parameters.put(k, v.isEmpty() ? null : v.get(0)));
    String previous = found.page() > 1 ? Links.with(PATH, parameters, "page", String.valueOf(found.page() - 1)) : null;
    String next = found.page() < found.pages() ? Links.with(PATH, parameters, "page", String.valueOf(found.page() + 1)) : null;
    View view = new View("Segments", what, found.total(), found.page(), found.pages(),
        quotes.of(person, found.excerpts(), raw(ctx)), previous, next);
    ctx.html(services.views().page("segments.jte", Requests.frame(ctx, services, "Segments", "tableau"), view));
  }

  private String describe(String codebook, String code, boolean analysed, boolean checked, List<String> said) {
    StringBuilder what = new StringBuilder();
    if (codebook == null) {
      what.append("Tous les segments des participants");
    } else {
      String label = explorer.codebook(codebook).map(b -> b.label()).orElse(codebook);
      if (code != null) {
        what.append("Thème « ").append(explorer.theme(codebook, code).map(StudyExplorer.Node::pathLabel).orElse(code))
            .append(" » (").append(label).append(')');
      } else if (analysed) {
        what.append("Segments analysés avec « ").append(label).append(" »");
      } else {
        what.append("Segments codés avec « ").append(label).append(" »").append(checked ? ", vérifiés par une personne" : "");
      }
    }
    said.forEach(s -> what.append(" · ").append(s));
    return what.toString();
  }

  /** The page asked for (from 1); garbage or below 1 is a 400. */
  static int page(Context ctx) {
    String value = ctx.queryParam("page");
    if (value == null || value.isBlank()) {
      return 1;
    }
    long page = Requests.number(value, "page");
    if (page < 1 || page > Integer.MAX_VALUE) {
      throw Problem.badRequest("Le paramètre « page » doit être un nombre entier à partir de 1.");
    }
    return (int) page;
  }

  /** Whether a researcher asked for the raw text ({@code brut=1}); {@link ShownText} ignores it for others. */
  static boolean raw(Context ctx) {
    return "1".equals(ctx.queryParam("brut"));
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
