package fr.parole.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Écrit le rapport de l'étude dans <out>/<étude>/ : index.html (en bref, corpus, points positifs "
        + "et à améliorer, thèmes, par établissement et par niveau, e-Satis, questionnaires, méthode), chaque tableau en CSV et dans "
        + "tableaux.xlsx, chaque graphique en PNG et SVG. Le texte cité est pseudonymisé.",
        "Sans codage (parole code), les thèmes sont absents ; parole run importe, code et écrit le rapport."},
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
