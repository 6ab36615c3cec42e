package fr.parole.cli;

import fr.parole.pipeline.Pipeline;
import fr.parole.report.ReportOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Construit l'étude de démonstration livrée (corpora/demo : entretiens tirés d'un mémoire de "
        + "directeur des soins, commentaires libres construits, résultats e-Satis 2019 de la HAS, réponses "
        + "construites à la check-list du partenariat de la HAS), le code (parole run) et écrit son rapport dans "
        + "reports/demo/index.html.",
    footerHeading = "%nExemples :%n",
    footer = {"  ./parole demo", "  ./parole demo --lang en      (rapport en anglais)",
        "  ./parole search corpora/demo 'partenaire*'"})
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "<dossier>",
      description = "Dossier de l'étude de démonstration (défaut : corpora/demo du dépôt Parole).")
  Path corpus;

  @Mixin
  ReportsFolder reports;

  @Override
  public Integer call() {
    ReportOptions options = ReportOptions.DEFAULT.in(reports.language());
    Path study = corpus != null ? corpus : defaultCorpus();
    ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), System.console() != null, false);
    Path index = new Pipeline(progress).demo(study, reports.out, options);
    spec.commandLine().getOut().println("Étude de démonstration construite : " + study);
    spec.commandLine().getOut().println("Rapport écrit : " + index);
    return ExitCodes.OK;
  }

  /** corpora/demo beside the launcher (parole.home), else under the current directory. */
  private static Path defaultCorpus() {
    String home = System.getProperty("parole.home");
    Path fromHome = home == null ? null : Path.of(home, "corpora", "demo");
    return fromHome != null && Files.isDirectory(fromHome) ? fromHome : Path.of("corpora", "demo");
  }
}
