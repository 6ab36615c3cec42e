package fr.parole.cli;

import fr.parole.report.ReportLanguage;
import fr.parole.report.ReportOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the commands that write a report saying what it cuts by. */
final class ReportCuts {
  @Option(names = "--par", paramLabel = "<attribut>", split = ",",
      description = {"Attribut qui a sa section « Par … » et croise les dimensions des livres de codes "
          + "(répétable, ou séparés par des virgules ; défaut : establishment et le niveau).",
          "Un attribut absent de l'étude est refusé, avec la liste de ceux qui existent."})
  List<String> attributes = new ArrayList<>();

  @Option(names = "--dimension", paramLabel = "<dimension>", split = ",",
      description = "Dimension des livres de codes croisée avec ces attributs (répétable ; défaut : la première "
          + "dimension de chaque livre de codes).")
  List<String> dimensions = new ArrayList<>();

  ReportOptions options(ReportLanguage language) {
    return new ReportOptions(attributes, dimensions, language);
  }
}
