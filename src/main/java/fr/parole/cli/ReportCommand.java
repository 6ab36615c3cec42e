package fr.parole.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Écrit le rapport de l'étude dans <out>/<étude>/index.html : segments et mots par "
        + "établissement, rôle et niveau (tableaux et graphiques), liste des sources.",
    footerHeading = "%nExemples :%n",
    footer = {"  parole report corpora/demo", "  parole report mon-etude --out /tmp/rapports",
        "  parole report mon-etude --lang en      (rapport en anglais)",
        "  parole report corpora/demo --par role,establishment --dimension type,niveau",
        "      sections « Par rôle » et « Par établissement », qui croisent type et niveau"})
final class ReportCommand extends StudyCommand {
  @Mixin
  ReportsFolder reports;

  @Mixin
  ReportCuts cuts;

  @Override
  public Integer call() {
    Path index = pipeline().report(study(), reports.out, cuts.options(reports.language()));
    out().println("Rapport écrit : " + index);
    return ExitCodes.OK;
  }
}
