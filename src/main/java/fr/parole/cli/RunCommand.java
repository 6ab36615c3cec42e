package fr.parole.cli;

import fr.parole.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Fait tout le travail en une commande : importe ce qui a changé (et l'indexe), étiquette et "
        + "code chaque segment avec le livre de codes de sa source, puis écrit le rapport dans "
        + "<out>/<étude>/index.html.",
        "Les décisions humaines (codages, suggestions acceptées ou rejetées) ne sont jamais modifiées."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole run corpora/demo", "  parole run mon-etude --out /tmp/rapports",
        "  parole run mon-etude --lang en         (rapport en anglais)",
        "  parole run mon-etude --rapide          (tri rapide, sans étiquetage)",
        "  parole run corpora/demo --par role --dimension type --dimension acteur"})
final class RunCommand extends StudyCommand {
  @Mixin
  ReportsFolder reports;

  @Mixin
  ReportCuts cuts;

  @Mixin
  FastCoding fast;

  @Override
  Pipeline pipeline() {
    return new Pipeline(progress(), fast.path());
  }

  @Override
  public Integer call() {
    Pipeline.RunResult result = pipeline().run(study(), reports.out, cuts.options(reports.language()));
    ImportCommand.print(out(), err(), result.imported());
    result.codings().forEach(run -> CodeCommand.print(out(), run));
    out().println("Rapport écrit : " + result.report());
    out().println(StageDurations.line(result.durations()));
    return result.imported().hasFailures() ? ExitCodes.DATA : ExitCodes.OK;
  }
}
