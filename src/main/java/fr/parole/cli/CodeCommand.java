package fr.parole.cli;

import fr.parole.pipeline.CodingRun;
import fr.parole.study.CodeCount;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code tous les segments des participants avec un livre de codes : chaque règle qui s'applique "
        + "donne une suggestion (origine « rule »). Les suggestions précédentes de la machine sont remplacées ; "
        + "les décisions humaines (codages, suggestions acceptées ou rejetées) ne sont jamais modifiées."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole code corpora/demo", "  parole code mon-etude --codebook esatis"})
final class CodeCommand extends StudyCommand {
  @Option(names = "--codebook", paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc (défaut : « codebook » de study.yaml).")
  String codebook;

  @Override
  public Integer call() {
    CodingRun run = pipeline().code(study(), codebook);
    PrintWriter out = out();
    out.printf("Livre de codes « %s » : %d segment(s) codé(s), %d suggestion(s) (%d remplacée(s), %d laissée(s) "
        + "à une décision humaine).%n", run.codebook(), run.result().segments(), run.result().suggestions(),
        run.result().replaced(), run.result().keptForPeople());
    for (CodeCount count : run.counts()) {
      if (count.codebook().equals(run.codebook())) {
        out.printf("  %-40s %-10s %5d segment(s)%n", count.code(), count.status(), count.segments());
      }
    }
    return ExitCodes.OK;
  }
}
