package fr.parole.cli;

import fr.parole.importer.ControlCharacters;
import fr.parole.index.KwicLine;
import fr.parole.index.ShownConcordance;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Cherche dans les segments et affiche un concordancier (contexte gauche, [occurrence], "
        + "contexte droit, locuteur, source, attributs), puis le nombre de segments trouvés par valeur de chaque "
        + "attribut.",
        "Requêtes : mots (ET implicite), \"expression exacte\", \"savoir expérientiel\"~3 (proximité), "
        + "joker légitim*, OR, NOT, parenthèses ; exact:patiente cherche la forme écrite (sans "
        + "racinisation). Les accents et les majuscules sont ignorés sauf avec exact:. Une requête illisible est "
        + "refusée (code 3) en disant où est la faute.",
        "Le texte montré ou écrit est pseudonymisé (noms, téléphones, e-mails, n° de sécurité sociale remplacés, "
        + "locuteurs compris), sauf avec --raw."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole search corpora/demo 'légitim* AND patient'",
        "  parole search corpora/demo '\"patient partenaire\"' --where établissement=CHU3 --where rôle=IDE,MED",
        "  parole search corpora/demo 'formation' --out formation.tsv",
        "  parole search corpora/demo 'formation' --format tsv | cut -f 1,5-7"})
final class SearchCommand extends StudyCommand {
  enum Format { kwic, tsv }

  @Parameters(index = "1", paramLabel = "<requête>", description = "La requête (entre apostrophes dans le shell).")
  String query;

  @Option(names = "--where", paramLabel = "<attribut=valeurs>",
      description = {"Ne garde que les segments dont l'attribut a l'une de ces valeurs (séparées par des "
          + "virgules : role=MED,CDS). Répétable : sur un même attribut, l'une ou l'autre valeur ; sur deux "
          + "attributs, les deux conditions.",
          "L'attribut s'écrit aussi en français ou sans accents (établissement, rôle, service, niveau) ; une valeur, "
          + "sans tenir compte des majuscules ni des accents."})
  List<String> where = new ArrayList<>();

  @Option(names = "--format", paramLabel = "<kwic|tsv>", defaultValue = "kwic",
      description = "kwic (lisible, défaut) ou tsv (tableau sur la sortie standard, sans marque d'ordre des octets).")
  Format format;

  @Option(names = "--out", paramLabel = "<fichier.tsv>",
      description = "Écrit le tableau (tsv) dans ce fichier, en UTF-8 avec BOM pour qu'Excel lise les accents.")
  Path outFile;

  @Option(names = "--limit", paramLabel = "<n>",
      description = "Nombre maximal de lignes (défaut : 50 en kwic, toutes en tsv ; 0 = toutes).")
  Integer limit;

  @Option(names = "--context", paramLabel = "<n>", defaultValue = "45",
      description = "Caractères de contexte de chaque côté (défaut : ${DEFAULT-VALUE}).")
  int context;

  @Option(names = "--include-interviewer", description = "Cherche aussi dans les tours de l'enquêteur.")
  boolean includeInterviewer;

  @Mixin
  Pseudonymised pseudonymised;

  @Override
  public Integer call() {
    // What the terminal shows of the query is what is searched: an escape sequence pasted in would
    // be removed from the display only, and the caret under a fault would point beside it.
    query = ControlCharacters.printable(query);
    boolean table = format == Format.tsv || outFile != null;
    if (limit != null && limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit attend un nombre de lignes positif ou 0 "
          + "(toutes les lignes), pas « " + limit + " ».");
    }
    if (context < 0) {
      throw new ParameterException(spec.commandLine(), "--context attend un nombre de caractères positif ou 0, pas « "
          + context + " ».");
    }
    int max = limit != null ? limit : (table ? 0 : 50);
    // The whole segment comes back: it is pseudonymised in one pass, then cut (ShownConcordance).
    SearchResult result = pipeline().search(study(),
        new SearchRequest(query, filters(), includeInterviewer, max, ShownConcordance.WHOLE_SEGMENT));
    UnaryOperator<String> shown = pseudonymised.shown(study());
    if (outFile != null) {
      try (PrintWriter file = TsvFiles.create(outFile)) {
        printTsv(file, result, shown);
        TsvFiles.check(file, outFile);
      }
      out().printf("%d ligne(s) écrite(s) dans %s (%d segment(s)).%n", result.lines().size(), outFile,
          result.segments());
    } else if (table) {
      printTsv(out(), result, shown);
    } else {
      printKwic(result, shown);
    }
    return ExitCodes.OK;
  }

  /** {@code --where} entries by attribute as written, values in order ("role=MED,CDS" stays one entry). */
  private Map<String, List<String>> filters() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String entry : where) {
      int equals = entry.indexOf('=');
      if (equals <= 0 || equals == entry.length() - 1) {
        throw new ParameterException(spec.commandLine(), "--where attend attribut=valeur (ex. --where role=IDE "
            + "ou --where établissement=CHU1,CHU3), pas « " + entry + " ».");
      }
      filters.computeIfAbsent(entry.substring(0, equals).strip(), k -> new ArrayList<>())
          .add(entry.substring(equals + 1).strip());
    }
    return filters;
  }

  private void printKwic(SearchResult result, UnaryOperator<String> shown) {
    PrintWriter out = out();
    out.printf("%d segment(s), %d occurrence(s) pour « %s »%s%n%n", result.segments(), result.matches(), query,
        result.lines().size() < result.matches() ? " (" + result.lines().size() + " affichées ; --limit 0 pour tout)"
            : "");
    for (KwicLine line : result.lines()) {
      ShownConcordance.Cut cut = ShownConcordance.cut(line, shown, context);
      out.printf("%" + context + "s [%s] %-" + context + "s  %s · %s:%d%s%s%n", cut.left(),
          cut.match(), cut.right(),
          line.speaker() == null ? "—" : shown.apply(line.speaker()), line.source(), line.line(),
          line.times() == null ? "" : " à " + line.times().startClock(), attributes(line.attributes()));
    }
    if (result.segments() > 0 && !result.facets().isEmpty()) {
      out.println();
      result.facets().forEach((name, counts) -> {
        List<String> parts = new ArrayList<>();
        counts.forEach(c -> parts.add(c.value() + " " + c.segments()));
        if (!parts.isEmpty()) { // an attribute none of the segments found has is left out
          out.printf("%s : %s%n", name, String.join(" · ", parts));
        }
      });
    }
  }

  private static String attributes(Map<String, String> attributes) {
    StringBuilder s = new StringBuilder();
    attributes.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return s.toString();
  }

  /**
   * One row per concordance line, cells neutralised against formulas. The contexts are cut from the
   * pseudonymised segment; start and end still point into the original segment.
   */
  private void printTsv(PrintWriter out, SearchResult result, UnaryOperator<String> shown) {
    List<String> names = new ArrayList<>(result.facets().keySet());
    boolean timed = result.lines().stream().anyMatch(l -> l.times() != null);
    List<String> header = new ArrayList<>(List.of("segment_id", "source", "line", "speaker"));
    if (timed) { // a column only when a segment was said in a recording, so other tables keep their shape
      header.add("time");
    }
    header.addAll(names);
    header.addAll(List.of("left", "match", "right", "start", "end"));
    out.println(String.join("\t", header));
    for (KwicLine line : result.lines()) {
      List<String> cells = new ArrayList<>(List.of(String.valueOf(line.segmentId()), line.source(),
          String.valueOf(line.line()), line.speaker() == null ? "" : shown.apply(line.speaker())));
      if (timed) {
        cells.add(line.times() == null ? "" : line.times().startClock());
      }
      names.forEach(n -> cells.add(line.attributes().getOrDefault(n, "")));
      ShownConcordance.Cut cut = ShownConcordance.cut(line, shown, Math.max(5, context));
      cells.addAll(List.of(cut.left(), cut.match(), cut.right(), String.valueOf(line.start()),
          String.valueOf(line.end())));
      out.println(String.join("\t", cells.stream().map(TsvFiles::cell).toList()));
    }
    out.flush();
  }
}
