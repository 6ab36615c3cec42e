package fr.parole.cli;

import fr.parole.report.ReportLanguage;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Écrit le rapport de l'étude dans <out>/<étude>/index.html : segments et mots par "
        + "établissement, rôle et niveau (tableaux et graphiques), liste des sources.",
    footerHeading = "%nExemples :%n",
    footer = {"  parole report corpora/demo", "  parole report mon-etude --out /tmp/rapports",
        "  parole report mon-etude --lang en      (rapport en anglais)"})
final class ReportCommand extends StudyCommand {
  @Mixin
  ReportsFolder reports;

  @Override
  public Integer call() {
    ReportLanguage language = reports.language();
    Path index = pipeline().report(study(), reports.out, language);
    out().println("Rapport écrit : " + index);
    return ExitCodes.OK;
  }
}
