package fr.parole.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A route that shows codings, declared by its page ({@link AtelierPage#showsCodings()}): its path as
 * the page's routes declare it, and what a blinded coder is refused there.
 *
 * @param path  the route's path, e.g. {@code /documents/{source}}
 * @param scope {@link Scope#PAGE}: the whole page while the person codes anything blind;
 *              {@link Scope#SOURCE}: the document named by the {@code {source}} parameter when it
 *              holds a segment they code blind; {@link Scope#SEGMENT}: the segment named by the
 *              {@code {segment}} parameter when they code it blind
 */
public record CodingsShown(String path, Scope scope) {
  public enum Scope { PAGE, SOURCE, SEGMENT }

  public CodingsShown {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(scope, "scope");
    if (scope == Scope.SOURCE && !path.contains("{source}") || scope == Scope.SEGMENT && !path.contains("{segment}")) {
      throw new IllegalArgumentException("the path " + path + " has no parameter for " + scope);
    }
  }

  public static CodingsShown page(String path) {
    return new CodingsShown(path, Scope.PAGE);
  }

  /** Whole pages, each refused while the person codes anything blind. */
  public static List<CodingsShown> pages(String... paths) {
    return Arrays.stream(paths).map(CodingsShown::page).toList();
  }

  public static CodingsShown ofSource(String path) {
    return new CodingsShown(path, Scope.SOURCE);
  }

  public static CodingsShown ofSegment(String path) {
    return new CodingsShown(path, Scope.SEGMENT);
  }
}
