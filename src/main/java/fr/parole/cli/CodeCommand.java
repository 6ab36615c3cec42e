package fr.parole.cli;

import fr.parole.coding.Shard;
import fr.parole.pipeline.CodingRun;
import fr.parole.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "code", mixinStandardHelpOptions = true,
    description = {"Code tous les segments des participants, chacun avec le livre de codes de sa source (ou celui "
        + "de --codebook) : les règles du livre de codes et le modèle appris (celui de l'étude après parole train, "
        + "sinon celui livré) donnent des suggestions avec leur confiance (origine « rule », « model » ou "
        + "« rule+model »). Les suggestions précédentes de la machine sont remplacées ; les décisions humaines "
        + "(codages, suggestions acceptées ou rejetées) ne sont jamais modifiées. Seules les sources pas encore "
        + "codées avec ce livre de codes, ce modèle et ces attributs le sont (--tout : toutes).",
        "Avec --shard k/N : ne code que les sources dont le numéro, modulo N, vaut k-1 (des sources entières, pas "
        + "des segments) ; N processus ou machines lancés avec 1/N … N/N se partagent le codage d'une étude, "
        + "chacun attend que l'autre ait fini d'écrire.",
        "Avec --segment, --code et --coder : code un segment à la main (ou un passage, --span début:fin). Les "
        + "numéros de segment : parole search … --format tsv. Un tour de l'enquêteur est refusé, sauf avec "
        + "--allow-interviewer ; un passage doit tenir dans le segment."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole code corpora/demo", "  parole code mon-etude --codebook esatis",
        "  parole code mon-etude --rapide          (tri rapide, sans étiquetage)",
        "  parole code corpora/demo --segment 12 --code type/levier --coder alice",
        "  parole code corpora/demo --segment 12 --code niveau/institutionnel --coder alice --span 0:42"})
final class CodeCommand extends StudyCommand {
  @Option(names = "--codebook", paramLabel = "<nom|fichier>",
      description = "partenariat, esatis, ou un fichier .yaml / .qdc pour tous les segments (défaut : pour "
          + "chaque source, le « codebook » de son entrée dans study.yaml, sinon celui de l'étude).")
  String codebook;

  @Option(names = "--segment", paramLabel = "<n>", description = "Code ce segment à la main.")
  Long segment;

  @Option(names = "--code", paramLabel = "<dimension/code>", description = "Le code à appliquer (avec --segment).")
  String code;

  @Option(names = "--coder", paramLabel = "<nom>", description = "Qui code (avec --segment).")
  String coder;

  @Option(names = "--span", paramLabel = "<début:fin>",
      description = "Un passage du segment : positions en caractères, 0 au début du segment (comme start et end de "
          + "parole search --format tsv) ; le passage doit tenir dans le segment.")
  String span;

  @Option(names = "--allow-interviewer", description = "Code aussi un tour de l'enquêteur (refusé sinon : ce que dit "
      + "l'enquêteur n'est ni codé ni compté).")
  boolean allowInterviewer;

  @Option(names = "--tout", description = "Code toutes les sources, même celles déjà codées avec ce livre de codes "
      + "et ce modèle (sinon, seules les nouvelles ou celles dont le livre, le modèle ou les attributs ont changé).")
  boolean all;

  @Option(names = "--shard", paramLabel = "<k/N>", description = "Ne code que la part k sur N des sources : celles "
      + "dont le numéro modulo N vaut k-1, ex. --shard 3/8.")
  String shard;

  @Mixin
  FastCoding fast;

  @Override
  Pipeline pipeline() {
    return new Pipeline(progress(), fast.path());
  }

  @Override
  public Integer call() {
    if ((segment != null || code != null) && fast.rapide) {
      throw new ParameterException(spec.commandLine(), "--rapide sert au codage automatique, pas à coder à la main "
          + "(--segment, --code).");
    }
    if (segment != null || code != null) {
      return byHand();
    }
    Shard slice = shard == null ? Shard.ALL : Shard.parse(shard).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--shard attend k/N avec 1 ≤ k ≤ N, ex. --shard 3/8, pas « " + shard + " »."));
    List<CodingRun> runs = codebook != null ? List.of(pipeline().code(study(), codebook, all, slice))
        : pipeline().codeBySource(study(), all, slice);
    runs.forEach(run -> print(out(), run));
    return ExitCodes.OK;
  }

  /** What a coding run did, and the study's codings of that codebook by code and status. */
  static void print(PrintWriter out, CodingRun run) {
    out.printf("Livre de codes « %s » : %d segment(s) codé(s), %d suggestion(s) (%d remplacée(s), %d laissée(s) "
        + "à une décision humaine).%n", run.codebook(), run.result().segments(), run.result().suggestions(),
        run.result().replaced(), run.result().keptForPeople());
    CodeCountTable.print(out, run.counts(), run.codebook(), Map.of(run.codebook(), run.book()));
  }

  private int byHand() {
    if (segment == null || code == null || coder == null) {
      throw new ParameterException(spec.commandLine(), "Pour coder à la main : --segment, --code et --coder.");
    }
    Integer start = null;
    Integer end = null;
    if (span != null) {
      String[] parts = span.split(":", -1);
      try {
        if (parts.length != 2) {
          throw new NumberFormatException(span);
        }
        start = Integer.valueOf(parts[0].strip());
        end = Integer.valueOf(parts[1].strip());
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(), "--span attend début:fin, ex. 0:42, pas « " + span + " ».");
      }
    }
    pipeline().codeByHand(study(), codebook, segment, code, coder, start, end, allowInterviewer);
    out().printf("Segment %d codé %s par %s.%n", segment, code, coder);
    return ExitCodes.OK;
  }
}
