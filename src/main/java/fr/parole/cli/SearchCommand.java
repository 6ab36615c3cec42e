package fr.parole.cli;

import fr.parole.index.KwicLine;
import fr.parole.nlp.FrenchModels;
import fr.parole.nlp.Pseudonymiser;
import fr.parole.index.SearchRequest;
import fr.parole.index.SearchResult;
import fr.parole.report.SafeCell;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Cherche dans les segments et affiche un concordancier (contexte gauche, [occurrence], "
        + "contexte droit, locuteur, source, attributs), puis le nombre de segments trouvés par établissement, "
        + "rôle et niveau.",
        "Requêtes : mots (ET implicite), \"expression exacte\", \"savoir expérientiel\"~3 (proximité), "
        + "joker légitim*, OR, NOT, parenthèses ; exact:patiente cherche la forme écrite (sans "
        + "racinisation). Les accents et les majuscules sont ignorés sauf avec exact:."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole search corpora/demo 'légitim* AND patient'",
        "  parole search corpora/demo '\"patient partenaire\"' --where establishment=CHU3 --where role=IDE",
        "  parole search corpora/demo 'formation' --format tsv > formation.tsv"})
final class SearchCommand extends StudyCommand {
  enum Format { kwic, tsv }

  @Parameters(index = "1", paramLabel = "<requête>", description = "La requête (entre apostrophes dans le shell).")
  String query;

  @Option(names = "--where", paramLabel = "<attribut=valeur>",
      description = "Ne garde que les segments dont l'attribut a cette valeur (répétable).")
  Map<String, String> where = new LinkedHashMap<>();

  @Option(names = "--format", defaultValue = "kwic", description = "kwic (lisible) ou tsv (pour un tableur).")
  Format format;

  @Option(names = "--limit", paramLabel = "<n>",
      description = "Nombre maximal de lignes (défaut : 50 en kwic, toutes en tsv ; 0 = toutes).")
  Integer limit;

  @Option(names = "--context", paramLabel = "<n>", defaultValue = "45",
      description = "Caractères de contexte de chaque côté (défaut : ${DEFAULT-VALUE}).")
  int context;

  @Option(names = "--include-interviewer", description = "Cherche aussi dans les tours de l'enquêteur.")
  boolean includeInterviewer;

  @Option(names = "--raw", description = "En tsv, écrit le texte tel quel (par défaut il est pseudonymisé : noms, "
      + "téléphones, e-mails remplacés ; le terminal montre toujours le texte tel quel).")
  boolean raw;

  @Override
  public Integer call() {
    int max = limit != null ? limit : (format == Format.tsv ? 0 : 50);
    SearchResult result = pipeline().search(study(),
        new SearchRequest(query, where, includeInterviewer, max, Math.max(5, context)));
    if (format == Format.tsv) {
      printTsv(result);
    } else {
      printKwic(result);
    }
    return ExitCodes.OK;
  }

  private void printKwic(SearchResult result) {
    PrintWriter out = out();
    out.printf("%d segment(s), %d occurrence(s) pour « %s »%s%n%n", result.segments(), result.matches(), query,
        result.lines().size() < result.matches() ? " (" + result.lines().size() + " affichées ; --limit 0 pour tout)"
            : "");
    for (KwicLine line : result.lines()) {
      out.printf("%" + context + "s [%s] %-" + context + "s  %s · %s:%d%s%n", clip(line.left(), true),
          line.match(), clip(line.right(), false), line.speaker() == null ? "—" : line.speaker(), line.source(),
          line.line(), attributes(line.attributes()));
    }
    if (result.segments() > 0 && !result.facets().isEmpty()) {
      out.println();
      result.facets().forEach((name, counts) -> {
        List<String> parts = new ArrayList<>();
        counts.forEach(c -> parts.add(c.value() + " " + c.segments()));
        out.printf("%s : %s%n", name, parts.isEmpty() ? "—" : String.join(" · ", parts));
      });
    }
  }

  private String clip(String text, boolean keepEnd) {
    if (text.length() <= context) {
      return text;
    }
    return keepEnd ? "…" + text.substring(text.length() - context + 1) : text.substring(0, context - 1) + "…";
  }

  private static String attributes(Map<String, String> attributes) {
    StringBuilder s = new StringBuilder();
    attributes.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return s.toString();
  }

  private void printTsv(SearchResult result) {
    PrintWriter out = out();
    List<String> names = new ArrayList<>(result.facets().keySet());
    List<String> header = new ArrayList<>(List.of("segment_id", "source", "line", "speaker"));
    header.addAll(names);
    header.addAll(List.of("left", "match", "right", "start", "end"));
    out.println(String.join("\t", header));
    // A table leaves the researcher's machine: names and contact details are replaced by default,
    // each part of the line on its own (start and end still point into the original segment).
    UnaryOperator<String> shown = UnaryOperator.identity();
    if (!raw && !result.lines().isEmpty()) {
      Pseudonymiser pseudonymiser = Pseudonymiser.french(FrenchModels.load());
      Pseudonymiser.Placeholders placeholders = new Pseudonymiser.Placeholders();
      shown = text -> pseudonymiser.pseudonymise(text, placeholders);
    }
    for (KwicLine line : result.lines()) {
      List<String> cells = new ArrayList<>(List.of(String.valueOf(line.segmentId()), line.source(),
          String.valueOf(line.line()), line.speaker() == null ? "" : line.speaker()));
      names.forEach(n -> cells.add(line.attributes().getOrDefault(n, "")));
      cells.addAll(List.of(shown.apply(line.left()), shown.apply(line.match()), shown.apply(line.right()),
          String.valueOf(line.start()),
          String.valueOf(line.end())));
      out.println(String.join("\t", cells.stream().map(c -> SafeCell.of(c.replaceAll("[\\t\\r\\n]+", " "))).toList()));
    }
  }
}
