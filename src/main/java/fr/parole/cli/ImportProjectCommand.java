package fr.parole.cli;

import fr.parole.pipeline.Pipeline;
import fr.parole.pipeline.ProjectImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import-project", mixinStandardHelpOptions = true,
    description = {"Crée une étude à partir d'un projet REFI-QDA (.qdpx) exporté par NVivo, ATLAS.ti, MAXQDA, "
        + "QualCoder ou Parole : les sources en texte (un PDF ou un document Word par sa représentation en texte) "
        + "dans <nouvelle-étude>/textes/, le livre de codes (livre-de-codes.yaml), les variables des cas (cas.csv), "
        + "puis l'import, les codages (codages humains, au nom de leurs codeurs, jamais de la machine) et les notes "
        + "(mémos).",
        "Un codage qui couvre un segment entier le code entier ; une partie d'un segment, ce passage ; plusieurs "
        + "segments, chacun pour sa part. Ce qui ne peut pas être repris (images, audio, vidéo, ensembles, cartes, "
        + "codages d'une source entière…) est listé.",
        "Tout ou rien : une erreur ne laisse aucun dossier ni rien d'importé."},
    footerHeading = "%nExemples :%n",
    footer = {"  parole import-project projet.qdpx mon-etude",
        "  parole import-project export-nvivo.qdpx these --par alice"})
final class ImportProjectCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<projet.qdpx>", description = "Le projet REFI-QDA à importer.")
  Path project;

  @Parameters(index = "1", paramLabel = "<nouvelle-étude>", description = "Le dossier de l'étude à créer (nouveau ou "
      + "vide).")
  Path folder;

  @Option(names = "--par", paramLabel = "<nom>", description = "Qui importe (journal de l'étude ; auteur des notes "
      + "sans auteur). Défaut : l'utilisateur du système.")
  String person;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20",
      description = "Éléments non repris montrés (défaut : ${DEFAULT-VALUE} ; 0 = tous).")
  int limit;

  @Option(names = {"-q", "--quiet"}, description = "N'affiche pas la progression.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = new Pipeline(new ConsoleProgress(err, System.console() != null, quiet));
    ProjectImport.Summary s = new ProjectImport(pipeline).importProject(project, folder,
        StudyCommand.personOr(person));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Étude créée dans %s : %d source(s), %d segment(s), %d code(s), %d codage(s), %d mémo(s), %d "
        + "attribut(s).%n", s.folder(), s.sources(), s.segments(), s.codes(), s.codings(), s.memos(), s.attributes());
    if (!s.notCarried().isEmpty()) {
      out.printf("%nNon repris de %s : %d%n", project, s.notCarried().size());
      int shown = limit <= 0 ? s.notCarried().size() : Math.min(limit, s.notCarried().size());
      s.notCarried().subList(0, shown).forEach(line -> out.println("  - " + line));
      if (shown < s.notCarried().size()) {
        out.printf("  … et %d autre(s) : --limit 0 pour tout voir.%n", s.notCarried().size() - shown);
      }
    }
    return ExitCodes.OK;
  }
}
