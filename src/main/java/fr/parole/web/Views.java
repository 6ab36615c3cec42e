package fr.parole.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The atelier's templates ({@code src/main/jte}), compiled into classes at build time by the jte
 * Maven plugin: a template that does not type-check fails the build, and nothing is compiled at
 * run time. Every {@code ${…}} is HTML-escaped by jte (ContentType.Html): a verbatim's
 * {@code <script>} stays text.
 */
public final class Views {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** The template's HTML for these parameters (names as in its {@code @param} lines). */
  public String render(String template, Map<String, Object> parameters) {
    StringOutput out = new StringOutput();
    engine.render(template, parameters, out);
    return out.toString();
  }

  /** A page of the atelier: the layout's frame and the page's own model, named {@code page}. */
  public String page(String template, Frame frame, Object page) {
    return render(template, Map.of("frame", frame, "page", page));
  }
}
