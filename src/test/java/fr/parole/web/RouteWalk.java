package fr.parole.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a route's path parameters with known values, to call every route a page declares. */
final class RouteWalk {
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}|<([^>]+)>");

  private RouteWalk() {}

  /** {@code {segment}}, {@code {id}}… get the segment id; source/document ids the source's; a code its path. */
  static String fill(String path, String segmentId, String sourceId, String codePath) {
    Matcher m = PARAMETER.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT);
      String value = name.contains("source") || name.contains("document") ? sourceId
          : name.contains("code") || name.contains("theme") ? (m.group(2) != null ? codePath
              : codePath.substring(codePath.indexOf('/') + 1)) : segmentId;
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
