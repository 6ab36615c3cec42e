package fr.parole.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tag", mixinStandardHelpOptions = true,
    description = {"Code un segment à la main (ou un passage du segment) au nom d'un codeur. Un codage humain n'est "
        + "jamais modifié par le codage automatique. Les numéros de segment : parole search … --format tsv."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole tag corpora/demo --segment 12 --code type/levier --coder alice",
        "  parole tag corpora/demo --segment 12 --code niveau/institutionnel --coder alice --span 0:42"})
final class TagCommand extends StudyCommand {
  @Option(names = "--segment", required = true, paramLabel = "<n>", description = "Numéro du segment.")
  long segment;

  @Option(names = "--code", required = true, paramLabel = "<dimension/code>", description = "Le code à appliquer.")
  String code;

  @Option(names = "--coder", required = true, paramLabel = "<nom>", description = "Qui code.")
  String coder;

  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Option(names = "--span", paramLabel = "<début:fin>", description = "Un passage du segment (positions).")
  String span;

  @Override
  public Integer call() {
    Integer start = null;
    Integer end = null;
    if (span != null) {
      String[] parts = span.split(":");
      try {
        start = Integer.valueOf(parts[0].strip());
        end = Integer.valueOf(parts[1].strip());
      } catch (RuntimeException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--span attend début:fin, ex. 0:42");
      }
    }
    pipeline().tag(study(), codebook, segment, code, coder, start, end);
    out().printf("Segment %d codé %s par %s.%n", segment, code, coder);
    return ExitCodes.OK;
  }
}
