package fr.parole.cli;

import fr.parole.pipeline.BlindCoding;
import fr.parole.study.Assignments.Assignment;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

@Command(name = "assign", mixinStandardHelpOptions = true,
    description = {"Codage en aveugle : affecte des segments (ceux d'une source, les résultats d'une recherche, ou un "
        + "échantillon aléatoire) à deux codeurs ou plus, personnes de l'étude (chercheurs, ou co-chercheurs "
        + "autorisés à relire). Tant que l'affectation est en cours, chacun code ces segments dans l'atelier (page "
        + "« Codage en aveugle ») sans voir les codages des autres ni les suggestions de la machine.",
        "Ensuite : parole agreement <étude> --assignment <n> (accord et désaccords), --resolve pour trancher un "
        + "désaccord (la décision devient le codage de référence, avec qui l'a prise et quand ; les codages des "
        + "codeurs restent), --close pour clore l'affectation."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole assign corpora/demo --coders alice,bruno --source entretiens/DQ2.md --par claire",
        "  parole assign corpora/demo --coders alice,bruno --sample 20 --seed 7 --par claire",
        "  parole assign corpora/demo --coders alice,bruno --query 'formation AND patient*' --par claire",
        "  parole assign corpora/demo --list",
        "  parole assign corpora/demo --resolve 1 --segment 42 --dimension type --codes type/levier --par claire",
        "  parole assign corpora/demo --close 1 --par claire"})
final class AssignCommand extends StudyCommand {
  @Option(names = "--coders", paramLabel = "<nom1,nom2,…>", description = "Les codeurs, séparés par des virgules.")
  String coders;

  @Option(names = "--source", paramLabel = "<chemin>", description = "Les segments de cette source (ex. entretiens/P1.md).")
  String source;

  @Option(names = "--query", paramLabel = "<requête>", description = "Les segments que trouve cette recherche.")
  String query;

  @Option(names = "--sample", paramLabel = "<n>", description = "Un échantillon aléatoire de n segments.")
  Integer sample;

  @Option(names = "--seed", paramLabel = "<n>", defaultValue = "1",
      description = "Graine de l'échantillon (défaut : ${DEFAULT-VALUE}) : la même graine donne le même échantillon.")
  long seed;

  @Option(names = "--codebook", paramLabel = "<nom|fichier>", description = "Défaut : « codebook » de study.yaml.")
  String codebook;

  @Option(names = "--par", paramLabel = "<nom>", description = "Qui affecte, tranche ou clôt (journal de l'étude)."
      + " Défaut : l'utilisateur du système.")
  String person;

  @Option(names = "--list", description = "Liste les affectations.")
  boolean list;

  @Option(names = "--resolve", paramLabel = "<n>", description = "Tranche un désaccord de l'affectation n (avec "
      + "--segment, --dimension, --codes).")
  Long resolve;

  @Option(names = "--segment", paramLabel = "<n>", description = "Le segment du désaccord tranché.")
  Long segment;

  @Option(names = "--dimension", paramLabel = "<id>", description = "La dimension du désaccord tranché.")
  String dimension;

  @Option(names = "--codes", paramLabel = "<dimension/code,…>", description = "Les codes retenus (vide : aucun).")
  String codes;

  @Option(names = "--close", paramLabel = "<n>", description = "Clôt l'affectation n : ses codeurs voient à nouveau "
      + "tous les codages.")
  Long close;

  @Override
  public Integer call() {
    BlindCoding blind = new BlindCoding(pipeline());
    PrintWriter out = out();
    String who = personOr(person);
    if (list) {
      List<Assignment> all = blind.assignments(study());
      all.forEach(a -> out.println(describe(a)));
      if (all.isEmpty()) {
        out.println("Aucune affectation.");
      }
      return ExitCodes.OK;
    }
    if (resolve != null) {
      if (segment == null || dimension == null || codes == null) {
        throw new ParameterException(spec.commandLine(), "--resolve demande --segment, --dimension et --codes "
            + "(--codes '' pour n'en retenir aucun).");
      }
      List<String> retained = names(codes);
      blind.resolve(study(), resolve, segment, dimension, retained, who);
      out.printf("Désaccord tranché par %s : segment %d, dimension %s : %s.%n", who, segment, dimension,
          retained.isEmpty() ? "aucun code" : String.join(", ", retained));
      return ExitCodes.OK;
    }
    if (close != null) {
      out.println(blind.close(study(), close, who) ? "Affectation n° " + close + " close : ses codeurs voient à nouveau"
          + " tous les codages." : "L'affectation n° " + close + " était déjà close.");
      return ExitCodes.OK;
    }
    if (coders == null) {
      throw new ParameterException(spec.commandLine(), "Donnez --coders <nom1,nom2> et une sélection (--source, "
          + "--query ou --sample), ou --list, --resolve, --close.");
    }
    Assignment a = blind.assign(study(), who, codebook, names(coders),
        new BlindCoding.Selection(source, query, sample, seed));
    out.println("Créée : " + describe(a));
    return ExitCodes.OK;
  }

  private static List<String> names(String list) {
    return List.of(list.split(",", -1)).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String describe(Assignment a) {
    return "affectation n° " + a.id() + " (" + (a.open() ? "en cours" : "close") + ") : " + a.segments()
        + " segment(s), " + a.selection() + ", livre « " + a.codebook() + " », codeurs " + String.join(", ", a.coders())
        + " ; par " + a.createdBy() + " le " + a.createdAt().substring(0, 10) + ".";
  }
}
