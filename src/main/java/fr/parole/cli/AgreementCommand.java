package fr.parole.cli;

import fr.parole.coding.Code;
import fr.parole.coding.Codebook;
import fr.parole.coding.StudyAgreement.Disagreement;
import fr.parole.coding.agreement.AgreementScores;
import fr.parole.coding.agreement.CodeAgreement;
import fr.parole.coding.agreement.DimensionAgreement;
import fr.parole.coding.agreement.TeamAgreement;
import fr.parole.coding.agreement.TeamAgreement.TeamReport;
import fr.parole.coding.agreement.TeamScores;
import fr.parole.pipeline.AgreementResult;
import fr.parole.pipeline.BlindCoding;
import fr.parole.study.Assignments.Assignment;
import fr.parole.study.SegmentRecord;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "agreement", mixinStandardHelpOptions = true, sortSynopsis = false,
    description = {"Accord entre deux codeurs (deux personnes, ou une personne et la machine : « machine ») : par "
        + "dimension et par code, pourcentage d'accord, kappa de Cohen, alpha de Krippendorff (nominal), nombre "
        + "d'unités (segments codés par les deux dans la dimension).",
        "Puis les désaccords : les segments où les deux ont codé la dimension sans mettre les mêmes codes, avec un "
        + "extrait du texte (pseudonymisé, sauf avec --raw) et les codes de chacun avec leur libellé ; "
        + "--disagreements les écrit tous dans un tableau (UTF-8 avec BOM)."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole agreement corpora/demo --coders alice,bob",
        "  parole agreement corpora/demo --coders alice,machine --disagreements desaccords.tsv",
        "  parole agreement corpora/demo --assignment 1     (les codeurs d'une affectation en aveugle)"})
final class AgreementCommand extends StudyCommand {
  private static final int EXCERPT = 160;
  /** The width of the first column of the scores: a code with its label. */
  private static final int LABEL = 44;

  @Option(names = "--coders", paramLabel = "<codeur1,codeur2>",
      description = "Les deux codeurs, séparés par une virgule (« machine » pour les suggestions de la machine).")
  String coders;

  @Option(names = "--assignment", paramLabel = "<n>",
      description = "L'accord des codeurs d'une affectation en aveugle (parole assign), sur ses segments : toute "
          + "l'équipe à la fois (pourcentage sur toutes les paires, kappa de Fleiss, alpha de Krippendorff), puis "
          + "chaque paire de codeurs en détail.")
  Long assignment;

  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Option(names = "--disagreements", paramLabel = "<fichier.tsv>",
      description = "Écrit tous les désaccords dans ce fichier (segment, source, dimension, codes et libellés de "
          + "chacun, texte).")
  Path disagreementsFile;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20",
      description = "Désaccords montrés à l'écran (défaut : ${DEFAULT-VALUE} ; 0 = tous).")
  int limit;

  @Mixin
  Pseudonymised pseudonymised;

  @Override
  public Integer call() {
    if (assignment != null) {
      if (coders != null || codebook != null) {
        throw new ParameterException(spec.commandLine(), "--assignment donne les codeurs et le livre de codes : "
            + "n'ajoutez ni --coders ni --codebook.");
      }
      return assignmentAgreement();
    }
    if (coders == null) {
      throw new ParameterException(spec.commandLine(), "il manque l'option --coders=<codeur1,codeur2>."
          + " Pour l'accord des codeurs d'une affectation en aveugle : --assignment <n>.");
    }
    List<String> names = List.of(coders.split(",", -1)).stream().map(String::strip).toList();
    if (names.size() != 2 || names.stream().anyMatch(String::isEmpty) || names.get(0).equals(names.get(1))) {
      throw new ParameterException(spec.commandLine(), "--coders attend deux noms différents séparés par une "
          + "virgule (ex. --coders alice,bob), pas « " + coders + " ».");
    }
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit attend un nombre positif ou 0 (tous).");
    }
    AgreementResult result = pipeline().agreement(study(), codebook, names.get(0), names.get(1));
    PrintWriter out = out();
    printScores(out, result);
    UnaryOperator<String> shown = pseudonymised.shown(study());
    printDisagreements(out, result, names, shown);
    if (disagreementsFile != null) {
      try (PrintWriter file = TsvFiles.create(disagreementsFile)) {
        writeDisagreements(file, result, names, shown);
        TsvFiles.check(file, disagreementsFile);
      }
      out.printf("%d désaccord(s) écrit(s) dans %s.%n", result.disagreements().size(), disagreementsFile);
    }
    return ExitCodes.OK;
  }

  private Integer assignmentAgreement() {
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit attend un nombre positif ou 0 (tous).");
    }
    BlindCoding.AssignmentAgreement agreement = new BlindCoding(pipeline()).agreement(study(), assignment);
    PrintWriter out = out();
    UnaryOperator<String> shown = pseudonymised.shown(study());
    Assignment a = agreement.assignment();
    out.printf("Affectation n° %d (%s, %d segment(s), %s) : %s%n", a.id(), a.selection(), a.segments(),
        a.open() ? "en cours" : "close", String.join(", ", a.coders()));
    printTeam(out, agreement.team(), agreement.codebook());
    out.printf("%nDétail par paire de codeurs :%n");
    for (BlindCoding.Pair pair : agreement.pairs()) {
      out.printf("%n== %s et %s ==%n", pair.coderA(), pair.coderB());
      printScores(out, pair.result());
      printDisagreements(out, pair.result(), List.of(pair.coderA(), pair.coderB()), shown);
    }
    out.printf("%n%d désaccord(s) tranché(s).%n", agreement.resolutions().size());
    return ExitCodes.OK;
  }

  /** The whole team's figures: one row per dimension and per code. */
  private static void printTeam(PrintWriter out, TeamReport team, Codebook codebook) {
    out.printf("%n== Toute l'équipe (%d codeurs) ==%n", team.coders().size());
    team.readers().forEach((coder, units) -> out.printf("  %s a codé %d segment(s)%n", coder, units));
    out.println("Accord : pourcentage sur toutes les paires de codeurs, kappa de Fleiss (segments lus par tous),"
        + " alpha de Krippendorff (nominal). Un code qu'un codeur n'a pas mis sur un segment qu'il a codé compte"
        + " comme « pas ce code » ; un segment qu'il n'a pas codé du tout, comme non lu.");
    out.printf("%-" + LABEL + "s %7s %8s %7s %7s%n", "dimension / code", "unités", "accord", "fleiss", "alpha");
    for (TeamAgreement.TeamDimension dimension : team.dimensions()) {
      teamRow(out, dimension.dimension() + " (ensemble)", dimension.overall());
      for (TeamAgreement.TeamCode code : dimension.codes()) {
        String label = "  " + labelled(codebook, List.of(code.code()));
        teamRow(out, label.length() <= LABEL ? label : label.substring(0, LABEL - 1) + "…", code.scores());
      }
    }
    if (team.dimensions().isEmpty()) {
      out.println("Aucun segment codé par les codeurs de l'affectation.");
    }
  }

  private static void teamRow(PrintWriter out, String label, TeamScores s) {
    out.printf(Locale.ROOT, "%-" + LABEL + "s %7d %8s %7s %7s%n", label, s.units(), Numbers.measure(s.percent().value()),
        Numbers.measure(s.kappa().value()), Numbers.measure(s.alpha().value()));
  }

  private static void printScores(PrintWriter out, AgreementResult result) {
    out.printf("%-" + LABEL + "s %7s %8s %7s %7s%n", "dimension / code", "unités", "accord", "kappa", "alpha");
    for (DimensionAgreement dimension : result.report().dimensions()) {
      row(out, dimension.dimension() + " (ensemble)", dimension.overall());
      for (CodeAgreement code : dimension.codes()) {
        String label = "  " + labelled(result.codebook(), List.of(code.code()));
        row(out, label.length() <= LABEL ? label : label.substring(0, LABEL - 1) + "…", code.scores());
      }
      if (dimension.unitsCodedByOneCoder() > 0) {
        out.printf("  (%d segment(s) codé(s) par un seul des deux, laissé(s) de côté)%n", dimension.unitsCodedByOneCoder());
      }
    }
    if (result.report().dimensions().isEmpty()) {
      out.println("Aucun segment codé par les deux codeurs.");
    }
  }

  private static void row(PrintWriter out, String label, AgreementScores s) {
    out.printf(Locale.ROOT, "%-" + LABEL + "s %7d %8s %7s %7s%n", label, s.units(), Numbers.measure(s.percent().value()),
        Numbers.measure(s.kappa().value()), Numbers.measure(s.alpha().value()));
  }

  private void printDisagreements(PrintWriter out, AgreementResult result, List<String> names,
      UnaryOperator<String> shown) {
    List<Disagreement> all = result.disagreements();
    out.printf("%nDésaccords : %d (segment et dimension où %s et %s n'ont pas mis les mêmes codes)%n", all.size(),
        names.get(0), names.get(1));
    int width = Math.max(names.get(0).length(), names.get(1).length());
    int shownCount = limit == 0 ? all.size() : Math.min(limit, all.size());
    for (Disagreement d : all.subList(0, shownCount)) {
      SegmentRecord segment = result.segments().get(d.segmentId());
      out.printf("%n  segment %d · %s · dimension %s%n", d.segmentId(), where(segment, shown), d.dimension());
      if (segment != null) {
        out.printf("    « %s »%n", excerpt(shown.apply(segment.text())));
      }
      out.printf("    %-" + width + "s : %s%n", names.get(0), labelled(result.codebook(), d.codesA()));
      out.printf("    %-" + width + "s : %s%n", names.get(1), labelled(result.codebook(), d.codesB()));
    }
    if (shownCount < all.size()) {
      out.printf("%n  … et %d autre(s) : --limit 0 pour tout voir, ou --disagreements <fichier.tsv>.%n",
          all.size() - shownCount);
    }
  }

  private static String where(SegmentRecord segment, UnaryOperator<String> shown) {
    if (segment == null) {
      return "segment absent de l'étude";
    }
    return segment.sourcePath() + ", ligne " + segment.line()
        + (segment.speaker() == null ? "" : " · " + shown.apply(segment.speaker()));
  }

  /** The table of every disagreement, one row each, cells neutralised against formulas. */
  private static void writeDisagreements(PrintWriter file, AgreementResult result, List<String> names,
      UnaryOperator<String> shown) {
    List<String> header = List.of("segment", "source", "ligne", "locuteur", "dimension", "codes de " + names.get(0),
        "libellés (" + names.get(0) + ")", "codes de " + names.get(1), "libellés (" + names.get(1) + ")", "texte");
    file.println(String.join("\t", header.stream().map(TsvFiles::cell).toList()));
    for (Disagreement d : result.disagreements()) {
      SegmentRecord segment = result.segments().get(d.segmentId());
      List<String> cells = new ArrayList<>(List.of(String.valueOf(d.segmentId()),
          segment == null ? "" : segment.sourcePath(), segment == null ? "" : String.valueOf(segment.line()),
          segment == null || segment.speaker() == null ? "" : shown.apply(segment.speaker()), d.dimension(),
          String.join(", ", d.codesA()), labels(result.codebook(), d.codesA()), String.join(", ", d.codesB()),
          labels(result.codebook(), d.codesB()), segment == null ? "" : shown.apply(segment.text())));
      file.println(String.join("\t", cells.stream().map(TsvFiles::cell).toList()));
    }
  }

  /** "type/levier (Levier), type/obstacle (Obstacle)". */
  private static String labelled(Codebook book, List<String> codes) {
    return String.join(", ", codes.stream().map(c -> book.code(c).map(Code::label).filter(l -> l != null)
        .map(l -> c + " (" + l + ")").orElse(c)).toList());
  }

  private static String labels(Codebook book, List<String> codes) {
    return String.join(", ", codes.stream().map(c -> book.code(c).map(Code::label).orElse(c)).toList());
  }

  private static String excerpt(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    if (line.length() <= EXCERPT) {
      return line;
    }
    int cut = line.lastIndexOf(' ', EXCERPT);
    return line.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
  }
}
