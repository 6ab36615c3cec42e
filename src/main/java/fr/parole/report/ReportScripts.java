package fr.parole.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline scripts a report's index.html may hold: the quotes filter of each theme, exactly as
 * {@link QuotesView} writes it. A page that serves a report (the atelier) allows these scripts by
 * their hash and no other, so text that slipped into the page as a script would not run.
 */
public final class ReportScripts {
  private static final Pattern BLOCK = Pattern.compile("^\\(function\\(\\)\\{var b=document\\.getElementById\\('([\\w-]+)'\\);");

  private ReportScripts() {}

  /** Whether {@code body} (the text between {@code <script>} and {@code </script>}) is one the report writes. */
  public static boolean isReportScript(String body) {
    Matcher block = BLOCK.matcher(body);
    return block.find() && ("<script>" + body + "</script>\n").equals(QuotesView.script(block.group(1)));
  }
}
