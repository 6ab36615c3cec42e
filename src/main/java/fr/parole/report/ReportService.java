package fr.parole.report;

import fr.parole.ParoleException;
import fr.parole.stats.AttributeBreakdown;
import fr.parole.stats.CorpusStatistics;
import fr.parole.study.SourceRecord;
import fr.parole.study.StoreSummary;
import fr.parole.study.Study;
import fr.parole.study.StudyStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code <out>/<study>/index.html}: a self-contained page in French with the corpus
 * counts by establishment, role and level (tables and charts) and the list of sources.
 * The page only formats what {@link CorpusStatistics} computed.
 */
public final class ReportService {
  private final BarChart charts = new BarChart();

  /** Writes the report and returns the path of its index.html. */
  public Path write(Study study, StudyStore store, Path outRoot) {
    CorpusStatistics stats = new CorpusStatistics(store.queries());
    StoreSummary summary = stats.summary();
    StringBuilder html = new StringBuilder(16_384);
    List<String> attributes = stats.attributes(study.config().attributes());
    head(html, study.name(), attributes);
    summary(html, study, summary);
    if (summary.segments() == 0) {
      html.append("<p class=\"note\">L'étude ne contient encore aucun segment : importez des sources avec "
          + "<code>parole import ").append(ReportText.html(study.folder().getFileName().toString()))
          .append("</code>.</p>\n");
    }
    for (String attribute : attributes) {
      breakdown(html, stats.breakdown(attribute));
    }
    sources(html, store.queries().sources());
    method(html);
    html.append("</main>\n</body>\n</html>\n");
    return save(outRoot.resolve(folderName(study.name())), html.toString());
  }

  private static void head(StringBuilder html, String name, List<String> attributes) {
    html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Parole — ").append(ReportText.html(name)).append("</title>\n<style>\n")
        .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:0;color:#222;background:#fafafa}")
        .append("main{max-width:60rem;margin:0 auto;padding:1rem 2rem 3rem;background:#fff}")
        .append("nav{background:#0b3d5c;color:#fff;padding:.6rem 2rem}nav a{color:#fff;margin-right:1.2rem}")
        .append("h1{color:#0b3d5c}h2{border-bottom:2px solid #0072b2;padding-bottom:.2rem;margin-top:2.5rem}")
        .append("table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{padding:.35rem .6rem;")
        .append("border-bottom:1px solid #ddd;text-align:left}td.n,th.n{text-align:right;")
        .append("font-variant-numeric:tabular-nums}th{background:#eef4f8}.cards{display:flex;gap:1rem;")
        .append("flex-wrap:wrap}.card{background:#eef4f8;border-radius:6px;padding:.8rem 1.2rem;min-width:9rem}")
        .append(".card b{display:block;font-size:1.6rem;color:#0b3d5c}.note{color:#555;font-size:.95rem}")
        .append("img{max-width:100%;height:auto}code{background:#f2f2f2;padding:0 .2rem}\n")
        .append("</style>\n</head>\n<body>\n<nav><a href=\"#corpus\">Corpus</a>");
    for (String attribute : attributes) {
      html.append("<a href=\"#attributs-").append(ReportText.html(attribute)).append("\">")
          .append(ReportText.html(ReportText.title(attribute))).append("</a>");
    }
    html.append("<a href=\"#sources\">Sources</a><a href=\"#methode\">Méthode</a></nav>\n<main>\n")
        .append("<h1>Étude « ").append(ReportText.html(name)).append(" »</h1>\n")
        .append("<p class=\"note\">Rapport Parole généré le ")
        .append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRENCH)))
        .append(".</p>\n");
  }

  private static void summary(StringBuilder html, Study study, StoreSummary s) {
    html.append("<h2 id=\"corpus\">Corpus</h2>\n<div class=\"cards\">")
        .append(card(s.sources(), "sources")).append(card(s.segments(), "segments (tours des participants)"))
        .append(card(s.words(), "mots")).append(card(s.interviewerTurns(), "tours de l'enquêteur (exclus)"))
        .append("</div>\n");
    if (s.otherSegments() > 0) {
      html.append("<p class=\"note\">").append(ReportText.integer(s.otherSegments()))
          .append(" passage(s) hors tour de parole (titres, notes de contexte) sont conservés mais exclus des ")
          .append("comptes.</p>\n");
    }
  }

  private static String card(long n, String label) {
    return "<div class=\"card\"><b>" + ReportText.integer(n) + "</b>" + ReportText.html(label) + "</div>";
  }

  private void breakdown(StringBuilder html, AttributeBreakdown b) {
    String label = ReportText.label(b.attribute());
    html.append("<h2 id=\"attributs-").append(ReportText.html(b.attribute())).append("\">")
        .append(ReportText.html(ReportText.title(b.attribute()))).append("</h2>\n")
        .append("<table>\n<thead><tr><th>").append(ReportText.html(label))
        .append("</th><th class=\"n\">Sources</th><th class=\"n\">Segments</th><th class=\"n\">% segments</th>")
        .append("<th class=\"n\">Mots</th><th class=\"n\">% mots</th><th class=\"n\">Mots par segment</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (AttributeBreakdown.Row row : b.rows()) {
      html.append("<tr><td>").append(ReportText.html(ReportText.value(row.value()))).append("</td>")
          .append(num(ReportText.integer(row.sources()))).append(num(ReportText.integer(row.segments())))
          .append(num(ReportText.decimal(row.segmentShare()))).append(num(ReportText.integer(row.words())))
          .append(num(ReportText.decimal(row.wordShare()))).append(num(ReportText.decimal(row.wordsPerSegment())))
          .append("</tr>\n");
    }
    html.append("<tr><th>Total</th><th></th>").append("<th class=\"n\">")
        .append(ReportText.integer(b.totalSegments())).append("</th><th class=\"n\">100,0</th><th class=\"n\">")
        .append(ReportText.integer(b.totalWords())).append("</th><th class=\"n\">100,0</th><th></th></tr>\n")
        .append("</tbody>\n</table>\n");
    if (!b.rows().isEmpty()) {
      html.append("<img alt=\"").append(ReportText.html("Part des segments et des mots par " + label))
          .append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(charts.png(b, label))).append("\">\n");
    }
  }

  private static String num(String value) {
    return "<td class=\"n\">" + value + "</td>";
  }

  private static void sources(StringBuilder html, List<SourceRecord> sources) {
    html.append("<h2 id=\"sources\">Sources</h2>\n<table>\n<thead><tr><th>Fichier</th><th>Format</th>")
        .append("<th>Encodage</th><th class=\"n\">Segments</th><th class=\"n\">Mots</th><th>Importé le</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (SourceRecord source : sources) {
      html.append("<tr><td>").append(ReportText.html(source.path())).append("</td><td>")
          .append(ReportText.html(source.format())).append("</td><td>").append(ReportText.html(source.encoding()))
          .append("</td>").append(num(ReportText.integer(source.segments())))
          .append(num(ReportText.integer(source.words()))).append("<td>")
          .append(ReportText.html(source.importedAt().replace('T', ' ').replace("Z", " UTC"))).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void method(StringBuilder html) {
    html.append("<h2 id=\"methode\">Méthode</h2>\n<ul>\n")
        .append("<li>Un <b>segment</b> est un tour de parole d'un participant : il commence à une ligne ")
        .append("« LOCUTEUR : … » et court jusqu'au tour suivant, sur plusieurs lignes ou paragraphes si besoin. ")
        .append("Une transcription sans tour détectable forme un seul segment.</li>\n")
        .append("<li>Les tours de l'enquêteur et les passages hors tour (titres, notes) sont conservés ")
        .append("mais exclus des comptes.</li>\n")
        .append("<li>Les <b>mots</b> sont les suites de lettres ou de chiffres : « l'hôpital » compte deux mots, ")
        .append("comme dans Lexico et IRaMuTeQ.</li>\n")
        .append("<li>Les attributs viennent du fichier de cas, du code locuteur (« CGS 3 ») et des titres de ")
        .append("section des transcriptions, selon <code>study.yaml</code>. « (non renseigné) » compte les ")
        .append("segments sans cet attribut.</li>\n")
        .append("<li>Les pourcentages sont rapportés au total des segments, ou des mots, des participants.</li>\n")
        .append("</ul>\n");
  }

  /** Report folders are named after the study, with only safe characters. */
  static String folderName(String studyName) {
    String safe = studyName.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    return safe.isEmpty() || safe.startsWith(".") ? "etude" : safe;
  }

  private static Path save(Path dir, String html) {
    Path target = dir.resolve("index.html");
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".index", ".html.tmp");
      Files.writeString(temp, html, StandardCharsets.UTF_8);
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      throw new ParoleException("Impossible d'écrire le rapport dans « " + dir + " » : " + e.getMessage()
          + ". Choisissez un autre dossier avec --out.", e);
    }
  }
}
